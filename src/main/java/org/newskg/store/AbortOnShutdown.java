package org.newskg.store;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.QueryExecution;

/**
 * While a query runs, a JVM shutdown (Ctrl-C, SIGTERM) aborts it and waits until it has closed.
 * A large ORDER BY or DISTINCT spills sorted runs to {@code java.io.tmpdir} ({@code DataBag-*.tmp},
 * tens of MB each; see {@link KgStore#QUERY_SPILL_ROWS}); ARQ deletes them when the query is closed
 * but does not mark them delete-on-exit, so a query interrupted without closing left them behind.
 * A SIGKILL still cannot be caught.
 */
final class AbortOnShutdown implements AutoCloseable {

    /** How long the shutdown waits for the aborted query to close before the JVM exits anyway. */
    private static final long CLOSE_WAIT_SECONDS = 10;

    private final QueryExecution exec;
    private final CountDownLatch closed = new CountDownLatch(1);
    private final Thread hook;

    AbortOnShutdown(QueryExecution exec) {
        this.exec = exec;
        this.hook = new Thread(this::abortAndAwaitClose, "newskg-query-abort");
        try {
            Runtime.getRuntime().addShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // A query started while the JVM shuts down runs unguarded rather than not at all.
        }
    }

    QueryExecution execution() {
        return exec;
    }

    private void abortAndAwaitClose() {
        try {
            exec.abort();
        } catch (RuntimeException raced) {
            // ARQ's cancel closes a sort's spill bag from this thread while the query's thread may be
            // spilling to it (a ConcurrentModificationException in Jena 5.6); the query's own close,
            // awaited below, then deletes what is left.
        }
        try {
            closed.await(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Closes the query (deleting its spill files) and withdraws the hook; the guard owns the query. */
    @Override
    public void close() {
        try {
            exec.close();
        } finally {
            closed.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // The hook is running (or about to): it has just been released by the count-down.
            }
        }
    }
}
