package org.newskg.extract;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newskg.nlp.Sentence;

/** Numbers and their qualifiers as news writes them: "2,500", "three", "more than 60", "at least 151". */
final class Quantities {
    private static final java.util.regex.Pattern DIGITS = java.util.regex.Pattern.compile("\\d{1,9}");

    private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("dozen", 12), Map.entry("twenty", 20), Map.entry("hundred", 100));
    private static final Set<String> ONE_WORD_QUALIFIERS = Set.of("over", "about", "approximately", "nearly", "almost",
            "roughly", "around", "some", "only", "just", "exactly");
    private static final Set<String> TWO_WORD_QUALIFIERS = Set.of("more than", "at least", "up to", "fewer than",
            "less than", "as many", "no fewer", "at most");

    private Quantities() {
    }

    /** The value of a number token ("2,500", "151", "three"), or null. */
    static Integer value(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace(",", "");
        if (DIGITS.matcher(w).matches()) {
            return Integer.parseInt(w);
        }
        return WORDS.get(w);
    }

    /** The qualifier in front of the number at {@code index} ("more than", "about"), or null. */
    static String qualifierBefore(Sentence s, int index) {
        if (index >= 2) {
            String two = s.token(index - 2).lower() + " " + s.token(index - 1).lower();
            if (TWO_WORD_QUALIFIERS.contains(two)) {
                return two;
            }
        }
        if (index >= 1 && ONE_WORD_QUALIFIERS.contains(s.token(index - 1).lower())) {
            return s.token(index - 1).lower();
        }
        return null;
    }
}
