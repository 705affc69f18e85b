package org.newskg.time;

import java.util.Locale;
import java.util.Set;

/** English month names as written in news copy: capitalized full names and AP-style abbreviations. */
final class MonthNames {

    /**
     * A capitalized month name or abbreviation, with or without the dot ("Jan.", "Jan", "January",
     * "Sept.", "Sep"). Full names never swallow a following dot (that is sentence punctuation).
     * Callers must check that no letter follows.
     */
    static final String REGEX = "(?:Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May"
            + "|Jun(?:e|\\.)?|Jul(?:y|\\.)?|Aug(?:ust|\\.)?|Sep(?:t(?:ember|\\.)?|\\.)?|Oct(?:ober|\\.)?"
            + "|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)";

    private static final Set<String> FULL = Set.of("January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December");

    /** Names that are usually not months when they stand alone: the modal verb and the verb/noun. */
    private static final Set<String> AMBIGUOUS = Set.of("May", "March");

    private MonthNames() {
    }

    /** The month for a token matched by {@link #REGEX}. */
    static java.time.Month parse(String token) {
        return switch (token.substring(0, 3).toLowerCase(Locale.ROOT)) {
            case "jan" -> java.time.Month.JANUARY;
            case "feb" -> java.time.Month.FEBRUARY;
            case "mar" -> java.time.Month.MARCH;
            case "apr" -> java.time.Month.APRIL;
            case "may" -> java.time.Month.MAY;
            case "jun" -> java.time.Month.JUNE;
            case "jul" -> java.time.Month.JULY;
            case "aug" -> java.time.Month.AUGUST;
            case "sep" -> java.time.Month.SEPTEMBER;
            case "oct" -> java.time.Month.OCTOBER;
            case "nov" -> java.time.Month.NOVEMBER;
            case "dec" -> java.time.Month.DECEMBER;
            default -> throw new IllegalArgumentException("not a month: " + token);
        };
    }

    /**
     * Whether the token is recognisably a month even with no surrounding context: a full name other than
     * "May"/"March", or a dotted abbreviation. Undotted abbreviations ("Jan", "Dec") are often names.
     */
    static boolean standsAlone(String token) {
        return token.endsWith(".") || (FULL.contains(token) && !AMBIGUOUS.contains(token));
    }
}
