package org.newskg.util;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Waiting for a task's result with the task's own exception, not a wrapped one. */
public final class Futures {

    private Futures() {
    }

    /**
     * The task's result; a task that failed rethrows its {@link RuntimeException} or {@link Error}
     * as it was thrown (so a one-line store error stays one line), an interrupted wait becomes an
     * {@link IllegalStateException} saying {@code what} was interrupted.
     */
    public static <T> T join(Future<T> f, String what) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(what + " interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
