package org.newskg.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newskg.extract.Names;

/**
 * Folds a person's name to a comparison form: words without accents or punctuation, spelling
 * variants and short forms replaced by one canonical spelling (name-variants.tsv), Arabic
 * article particles ("al-", "el-"), single-letter initials and generational suffixes dropped.
 * "Mohammed Shia’ Al-Sudani", "Mohammad Shia al Sudani" → [muhammad, shia, sudani];
 * "Lloyd J. Austin III" → [lloyd, austin].
 */
final class NameFolding {

    private static final Set<String> DROPPED = Set.of("al", "el", "ul", "jr", "sr", "ii", "iii", "iv");

    private final Map<String, String> canonical;

    private NameFolding(Map<String, String> canonical) {
        this.canonical = Map.copyOf(canonical);
    }

    static NameFolding load() {
        Map<String, String> map = new HashMap<>();
        for (String line : org.newskg.extract.Lexicon.lines(NameFolding.class, "/newskg/lexicon/name-variants.tsv")) {
            String[] cols = line.strip().split("\t");
            for (String variant : cols) {
                map.put(variant, cols[0]);
            }
        }
        return new NameFolding(map);
    }

    List<String> fold(String name) {
        List<String> out = new ArrayList<>();
        for (String w : Names.words(name)) {
            if (w.length() == 1 || DROPPED.contains(w)) {
                continue;
            }
            out.add(canonical.getOrDefault(w, w));
        }
        return out;
    }
}
