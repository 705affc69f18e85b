package org.newskg.corpus;

/**
 * A bad input, reported as one line on stderr: where it is and what is wrong with it.
 * {@code fatal} problems keep the input out of the store; the others are warnings (the input is
 * still ingested, e.g. an article whose manifest row has a malformed date).
 */
public record InputProblem(String where, String reason, boolean fatal) {

    public static InputProblem error(String where, String reason) {
        return new InputProblem(where, reason, true);
    }

    public static InputProblem warning(String where, String reason) {
        return new InputProblem(where, reason, false);
    }

    /** The one line printed for this problem. */
    public String line() {
        return where + ": " + reason;
    }
}
