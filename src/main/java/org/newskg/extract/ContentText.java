package org.newskg.extract;

import java.util.regex.Pattern;

/** Tidies a statement's content for display and decides its mode. */
final class ContentText {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^[,;:\u2014\u2013-]+\\s*");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[,;:]+$");
    private static final Pattern COMMA_OR_DOT = Pattern.compile("[,.]");

    /** A news dateline before the first sentence: a place in capitals, an optional agency, a dash. */
    private static final Pattern DATELINE = Pattern.compile("^\\p{Lu}[\\p{Lu} .,'-]{2,40}(\\s*\\([\\p{L} ]+\\))?\\s*[\u2014\u2013-]+\\s+");
    private static final Pattern QUOTE = Pattern.compile("[\u201C\u201D\"]");
    /** Words inside quote marks that are more than a title-cased name ("Operation Inherent Resolve"). */
    private static final Pattern QUOTED_WORDS = Pattern.compile("[\u201C\"]([^\u201D\"]+)[\u201D\"]?");

    private ContentText() {
    }

    /** Drops outer quote marks and trailing commas of a quoted content; keeps inner quotes. */
    static String clean(String raw) {
        String s = SPACES.matcher(raw.strip()).replaceAll(" ");
        s = LEADING_PUNCTUATION.matcher(s).replaceAll("");
        s = DATELINE.matcher(s).replaceFirst(""); // "KARACHI — ", "LONDON (Reuters) - "
        boolean curly = s.startsWith("\u201C") && (s.endsWith("\u201D") || s.endsWith(",\u201D")) && s.indexOf('\u201C', 1) < 0;
        boolean straight = s.startsWith("\"") && s.endsWith("\"") && s.indexOf('"', 1) == s.length() - 1;
        if (curly || straight) {
            s = s.substring(1, s.length() - 1).strip();
        }
        s = TRAILING_PUNCTUATION.matcher(s).replaceAll("").strip();
        return s;
    }

    /** Direct when the content holds quoted words (also a partial quote), indirect otherwise. */
    static Statement.Mode mode(String content) {
        var m = QUOTED_WORDS.matcher(content);
        while (m.find()) {
            String quoted = m.group(1).strip();
            if (!isTitleCased(quoted)) {
                return Statement.Mode.DIRECT;
            }
        }
        return Statement.Mode.INDIRECT;
    }

    private static boolean isTitleCased(String s) {
        for (String w : SPACES.split(COMMA_OR_DOT.matcher(s).replaceAll(""))) {
            if (!w.isEmpty() && !Character.isUpperCase(w.charAt(0))) {
                return false;
            }
        }
        return true;
    }
}
