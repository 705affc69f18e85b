package org.newskg.serve;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.sparql.exec.QueryExec;

/**
 * The queries the SPARQL endpoint is running, so that stopping the server (Ctrl-C, SIGTERM) can
 * abort them and wait until Fuseki has closed them. Closing is what deletes a large sort's spill
 * files ({@code DataBag-*.tmp} in {@code java.io.tmpdir}, tens of MB each): a server stopped
 * under a running query left them behind. Queries run through {@code KgStore.query} (the named
 * queries) have their own guard there.
 */
final class RunningQueries {

    private final Set<QueryExec> running = ConcurrentHashMap.newKeySet();

    /** Registers a query about to run (and forgets those closed since); Fuseki closes it when it is answered. */
    QueryExec track(QueryExec exec) {
        running.removeIf(QueryExec::isClosed);
        running.add(exec);
        return exec;
    }

    /** Aborts every query still open and waits, at most {@code wait}, for each to be closed. */
    void abortAll(Duration wait) {
        for (QueryExec exec : running) {
            try {
                exec.abort();
            } catch (RuntimeException raced) {
                // ARQ's cancel can race with a sort spilling on the query's thread (see AbortOnShutdown);
                // the query's own close, awaited below, deletes what is left.
            }
        }
        long deadline = System.nanoTime() + wait.toNanos();
        while (running.stream().anyMatch(exec -> !exec.isClosed()) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
