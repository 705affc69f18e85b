package org.newskg.corpus;

/** An input that cannot be read as an article; the message is the one-line reason. */
public final class BadInputException extends Exception {
    private static final long serialVersionUID = 1L;

    public BadInputException(String reason) {
        super(reason);
    }
}
