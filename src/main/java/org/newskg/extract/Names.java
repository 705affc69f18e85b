package org.newskg.extract;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Name normalisation shared by actor keys and surname matching: accents, apostrophes, hyphens
 * and case do not distinguish names ("Shia’ Al-Sudani" = "Shia al Sudani").
 */
public final class Names {

    private Names() {
    }

    /** Lower-case words of a name, without accents, apostrophes or hyphens. */
    public static List<String> words(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        s = s.replaceAll("[\u2019\u2018'`\u00B4\u02BC\u02BB\u02BE\u02BF]", "").replaceAll("[-\u2010\u2011\u2013\u00A0]", " ");
        s = s.replaceAll("[^\\p{L}\\p{N} .]", " ").toLowerCase(Locale.ROOT).strip();
        return s.isEmpty() ? List.of() : Arrays.stream(s.split("\\s+")).map(w -> w.replace(".", "")).filter(w -> !w.isEmpty()).toList();
    }

    /** A readable, IRI-safe slug of a phrase ("Mohammed Shia’ Al-Sudani" → "mohammed-shia-al-sudani"). */
    public static String slug(String phrase) {
        String slug = String.join("-", words(phrase));
        return slug.isEmpty() ? "unnamed" : slug;
    }

    /** Whether {@code shorter} names the same person as {@code full} by its last words ("Ryder", "al-Sudani"). */
    public static boolean isSurnameOf(String shorter, String full) {
        List<String> s = words(shorter);
        List<String> f = words(full);
        return !s.isEmpty() && s.size() < f.size() && f.subList(f.size() - s.size(), f.size()).equals(s);
    }
}
