package org.newskg.corpus;

/**
 * A bad input, reported as one line on stderr: where it is and what is wrong with it.
 * {@code fatal} problems make the run fail (exit 1; the input itself may still be ingested, as an
 * article whose manifest row has a malformed date is); the others are warnings about a repair.
 */
public record InputProblem(String where, String reason, boolean fatal) {

    public static InputProblem error(String where, String reason) {
        return new InputProblem(where, reason, true);
    }

    public static InputProblem warning(String where, String reason) {
        return new InputProblem(where, reason, false);
    }

    /** The one line printed for this problem (a warning says so). */
    public String line() {
        return oneLine(where + ": " + (fatal ? "" : "warning: ") + reason);
    }

    /** Control characters and line separators from the input shown escaped, so one problem stays one line. */
    private static String oneLine(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029 || c == 0x85) {
                b.append(String.format("\\u%04X", c));
            } else {
                b.appendCodePoint(c);
            }
        });
        return b.toString();
    }
}
