package org.newskg.store;

/** A store that cannot be opened or written; the message is one line for the user. */
public final class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
