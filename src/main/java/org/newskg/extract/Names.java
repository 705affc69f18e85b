package org.newskg.extract;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Name normalisation shared by actor keys and surname matching: accents, apostrophes, hyphens
 * and case do not distinguish names ("Shia’ Al-Sudani" = "Shia al Sudani").
 */
public final class Names {

    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern APOSTROPHES = Pattern.compile("[\u2019\u2018'`\u00B4\u02BC\u02BB\u02BE\u02BF]");
    private static final Pattern HYPHENS = Pattern.compile("[-\u2010\u2011\u2013\u00A0]");
    private static final Pattern OTHER = Pattern.compile("[^\\p{L}\\p{N} .]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Names() {
    }

    /** Lower-case words of a name, without accents, apostrophes or hyphens. */
    public static List<String> words(String name) {
        // ASCII has no accents to decompose: most names skip the normalizer.
        String s = isAscii(name) ? name : MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
        s = HYPHENS.matcher(APOSTROPHES.matcher(s).replaceAll("")).replaceAll(" ");
        s = OTHER.matcher(s).replaceAll(" ").toLowerCase(Locale.ROOT).strip();
        if (s.isEmpty()) {
            return List.of();
        }
        List<String> words = new ArrayList<>();
        for (String w : SPACES.split(s)) {
            w = w.replace(".", "");
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return Collections.unmodifiableList(words);
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** A readable, IRI-safe slug of a phrase ("Mohammed Shia’ Al-Sudani" → "mohammed-shia-al-sudani"). */
    public static String slug(String phrase) {
        String slug = String.join("-", words(phrase));
        return slug.isEmpty() ? "unnamed" : slug;
    }

    /** Whether {@code shorter} names the same person as {@code full} by its last words ("Ryder", "al-Sudani"). */
    public static boolean isSurnameOf(String shorter, String full) {
        return isSurnameOf(words(shorter), words(full));
    }

    /** {@link #isSurnameOf(String, String)} on names already split by {@link #words}. */
    static boolean isSurnameOf(List<String> shorter, List<String> full) {
        return !shorter.isEmpty() && shorter.size() < full.size()
                && full.subList(full.size() - shorter.size(), full.size()).equals(shorter);
    }
}
