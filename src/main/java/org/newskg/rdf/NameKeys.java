package org.newskg.rdf;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The look-up keys of an actor's names ({@code nkg:nameKey}): every run of one to
 * {@value #MAX_WORDS} consecutive words of each name, lower-cased. They let a query find the
 * actors known by a name, or by part of one in whole words ("Ryder", "Patrick Ryder",
 * "Gen. Patrick"), through the store's index instead of scanning every label: the bundled
 * queries look up the first {@value #MAX_WORDS} words of what was asked and then check the
 * whole phrase against the candidates' names. Words are split on white space and lower-cased
 * as SPARQL's {@code LCASE} does, so the query side can compute the same key.
 */
public final class NameKeys {

    /** Longest run of words that is a key; longer phrases are looked up by their first words. */
    public static final int MAX_WORDS = 2;

    private NameKeys() {
    }

    /** The keys of these names, sorted (so that the mapping stays deterministic). */
    public static Set<String> of(Collection<String> names) {
        Set<String> keys = new TreeSet<>();
        for (String name : names) {
            String[] words = name.strip().toLowerCase(Locale.ROOT).split("\\s+");
            for (int start = 0; start < words.length; start++) {
                StringBuilder run = new StringBuilder();
                for (int end = start; end < Math.min(words.length, start + MAX_WORDS); end++) {
                    if (words[end].isEmpty()) {
                        break;
                    }
                    if (end > start) {
                        run.append(' ');
                    }
                    run.append(words[end]);
                    keys.add(run.toString());
                }
            }
        }
        return keys;
    }
}
