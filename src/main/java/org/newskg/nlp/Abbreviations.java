package org.newskg.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Abbreviations that end in a period inside a sentence, read from
 * {@code newskg/lexicon/abbreviations.txt}. Used to undo sentence splits and token splits the UD
 * models make after them.
 */
final class Abbreviations {

    private final Map<String, Boolean> alwaysContinues;

    private Abbreviations(Map<String, Boolean> alwaysContinues) {
        this.alwaysContinues = Map.copyOf(alwaysContinues);
    }

    static Abbreviations load() {
        Map<String, Boolean> map = new HashMap<>();
        try (InputStream in = Abbreviations.class.getResourceAsStream("/newskg/lexicon/abbreviations.txt")) {
            if (in == null) {
                throw new IOException("newskg/lexicon/abbreviations.txt is not on the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null;) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                map.put(cols[0], cols.length > 1 && cols[1].equals("always"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Abbreviations(map);
    }

    /** One capital letter and a period ("W."), as in names with a middle initial. */
    private static boolean isInitial(String word) {
        return word.length() == 2 && Character.isUpperCase(word.charAt(0)) && word.charAt(1) == '.';
    }

    boolean contains(String word) {
        return alwaysContinues.containsKey(word);
    }

    /**
     * Whether a sentence ending with {@code lastWord} should be joined with a following sentence
     * starting with {@code next}.
     */
    boolean joins(String lastWord, String next) {
        if (next.isEmpty()) {
            return false;
        }
        if (isInitial(lastWord) && Character.isUpperCase(next.charAt(0))) {
            return true; // a middle initial: "Lewis W. | Teperman said"
        }
        Boolean always = alwaysContinues.get(lastWord);
        if (always == null) {
            return false;
        }
        char first = next.charAt(0);
        return always || Character.isLowerCase(first) || Character.isDigit(first);
    }
}
