package org.newskg.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Known actors ({@code ontology/gazetteer.tsv}, bundled as {@code newskg/ontology/gazetteer.tsv}):
 * countries with their demonyms, international and national bodies, news outlets, armed groups.
 * Looked up by surface form ("U.S.", "the Pentagon") and by adjective ("Iraqi" → Iraq).
 */
public final class Gazetteer {

    private static final java.util.regex.Pattern NAME_PARTICLE = java.util.regex.Pattern.compile("(al|el|ad|as|ash|at|az|an|ar)[-\\s]\\p{Lu}");
    private static final java.util.regex.Pattern POSSESSIVE = java.util.regex.Pattern.compile("['\u2019]s?$");

    /** One known actor. */
    public record Entry(String key, ActorType type, String label, String wikidata) {
    }

    private final Map<String, Entry> byAlias;
    private final Map<String, Entry> byAdjective;
    /** Every prefix of every folded alias ("u", "u.", "u.s", "u.s."): see {@link #mayBeginName}. */
    private final Set<String> aliasPrefixes;

    private Gazetteer(Map<String, Entry> byAlias, Map<String, Entry> byAdjective) {
        this.byAlias = Map.copyOf(byAlias);
        this.byAdjective = Map.copyOf(byAdjective);
        Set<String> prefixes = new HashSet<>();
        for (String alias : byAlias.keySet()) {
            for (int end = 1; end <= alias.length(); end++) {
                prefixes.add(alias.substring(0, end));
            }
        }
        this.aliasPrefixes = Set.copyOf(prefixes);
    }

    public static Gazetteer load() {
        return parse(Lexicon.lines(Gazetteer.class, "/newskg/ontology/gazetteer.tsv"));
    }

    static Gazetteer parse(List<String> lines) {
        Map<String, Entry> byAlias = new HashMap<>();
        Map<String, Entry> byAdjective = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split("\t", -1);
            Entry e = new Entry(c[0], ActorType.fromGazetteer(c[1]), c[2], c[5].isEmpty() ? null : c[5]);
            byAlias.putIfAbsent(fold(c[2]), e);
            for (String alias : c[3].split("\\|")) {
                if (!alias.isBlank()) {
                    byAlias.putIfAbsent(fold(alias), e);
                }
            }
            for (String adjective : c[4].split("\\|")) {
                if (!adjective.isBlank()) {
                    byAdjective.putIfAbsent(fold(adjective), e);
                }
            }
        }
        return new Gazetteer(byAlias, byAdjective);
    }

    /** The actor named exactly by this surface form (a leading "the" is ignored). */
    public Optional<Entry> byName(String surface) {
        String s = surface.replace('\u00A0', ' ').strip(); // "The\u00A0US": no-break spaces are spaces
        if (s.regionMatches(true, 0, "the ", 0, 4)) {
            s = s.substring(4);
        }
        // Names are capitalised ("al-Shabaab": after an article particle); this keeps the pronoun
        // "us" from meaning the United States.
        if (s.isEmpty() || !(Character.isUpperCase(s.charAt(0)) || mayBeParticle(s.charAt(0)) && NAME_PARTICLE.matcher(s).lookingAt())) {
            return Optional.empty();
        }
        Entry e = byAlias.get(fold(s));
        // The apostrophe test only saves running the pattern on names without one.
        if (e == null && (s.indexOf('\'') >= 0 || s.indexOf('\u2019') >= 0) && POSSESSIVE.matcher(s).find()) {
            e = byAlias.get(fold(POSSESSIVE.matcher(s).replaceFirst(""))); // "Israel's" as one token
        }
        return Optional.ofNullable(e);
    }

    /** A known name found in a sentence: its entry and how many tokens it spans. */
    public record Match(Entry entry, int length) {
    }

    /**
     * The longest known name that starts at token {@code from} and spans at most {@code maxTokens}
     * tokens, among the entries {@code accept} takes ("Joint Task Force – Operation Inherent
     * Resolve" before "Operation"), or empty.
     */
    public Optional<Match> longestNameAt(org.newskg.nlp.Sentence s, int from, int maxTokens,
            java.util.function.Predicate<Entry> accept) {
        int longest = Math.min(maxTokens, s.size() - from);
        if (longest < 1) {
            return Optional.empty();
        }
        String first = s.span(from, from);
        if (!mayBeginName(first)) {
            return Optional.empty();
        }
        longest = Math.min(longest, prefixTokens(s, from, first, longest));
        for (int len = longest; len >= 1; len--) {
            var e = byName(s.span(from, from + len - 1)).filter(accept);
            if (e.isPresent()) {
                return Optional.of(new Match(e.get(), len));
            }
        }
        return Optional.empty();
    }

    /**
     * How many tokens from {@code from} (at most {@code longest}) can still be the start of a known
     * name, so that {@link #longestNameAt} looks up only those spans instead of every length up to
     * its maximum ("Iraq," stops at one token: no alias starts with "iraq,"). The span grows a
     * token at a time while its folded form is a prefix of some alias. Decided only while the
     * tokens are plain (as in {@link #mayBeginName}) and separated by nothing or by spaces, where
     * the folded span is the lower-cased tokens joined as they stand; anything else gives no bound.
     */
    private int prefixTokens(org.newskg.nlp.Sentence s, int from, String first, int longest) {
        if (!plain(first) || mayStartThe(first)) {
            return longest;
        }
        StringBuilder folded = new StringBuilder(first.toLowerCase(Locale.ROOT));
        for (int k = 1; k < longest; k++) {
            String token = s.span(from + k, from + k);
            int gapBegin = s.token(from + k - 1).end() - s.begin();
            int gapEnd = s.token(from + k).begin() - s.begin();
            for (int i = gapBegin; i < gapEnd; i++) {
                if (s.text().charAt(i) != ' ') {
                    return longest;
                }
            }
            if (!plain(token)) {
                return longest;
            }
            if (gapEnd > gapBegin) {
                folded.append(' ');
            }
            folded.append(token.toLowerCase(Locale.ROOT));
            if (!aliasPrefixes.contains(folded.toString())) {
                return k;
            }
        }
        return longest;
    }

    /** Whether a leading "the", which {@link #byName} ignores, may start with this token. */
    private static boolean mayStartThe(String token) {
        return token.length() <= 3 && "the".regionMatches(true, 0, token, 0, token.length());
    }

    /** Printable ASCII without space, hyphen or apostrophe: folding only lower-cases it. */
    private static boolean plain(String token) {
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c <= ' ' || c > '~' || c == '-' || c == '\'') {
                return false;
            }
        }
        return true;
    }

    /**
     * False when no surface starting with this first token can be a known name, so that
     * {@link #longestNameAt} need not fold every span from it. Only decided for a token of
     * printable ASCII without hyphen or apostrophe that cannot start a leading "the ": such a token
     * is, lower-cased, the start of the folded surface (and of its form without a possessive),
     * so some alias must start with it. Any other token may begin a name.
     */
    private boolean mayBeginName(String token) {
        if (token.isEmpty() || mayStartThe(token) || !plain(token)) {
            return true;
        }
        return aliasPrefixes.contains(token.toLowerCase(Locale.ROOT));
    }

    /** The actor behind a demonym or adjective ("Iraqi", "American"). */
    public Optional<Entry> byAdjective(String word) {
        return Optional.ofNullable(byAdjective.get(fold(word)));
    }

    /** Whether {@link #NAME_PARTICLE} can match a name starting with this character. */
    private static boolean mayBeParticle(char first) {
        return first == 'a' || first == 'e';
    }

    /**
     * Case, apostrophe and hyphen folding used for every lookup; dots are kept ("U.S." ≠ "us").
     * After stripping: ’ → ', no-break space, hyphen and en dash → space, every run of regex
     * whitespace ({@code \s}: space, tab, newline, vertical tab, form feed, carriage return) → one
     * space, then lower case. One pass instead of a regex: this runs for every gazetteer lookup.
     */
    static String fold(String s) {
        String t = s.strip();
        char[] out = new char[t.length()];
        int n = 0;
        boolean ascii = true;
        boolean inSpace = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '\u2019') {
                c = '\'';
            } else if (c == '\u00A0' || c == '-' || c == '\u2013') {
                c = ' ';
            } else if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            } else if (c >= 0x80) {
                ascii = false;
            }
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            if (!space) {
                out[n++] = c;
            } else if (!inSpace) {
                out[n++] = ' ';
            }
            inSpace = space;
        }
        String folded = new String(out, 0, n);
        // ASCII letters are lowered above; anything else goes through the full (locale-neutral) rules.
        return ascii ? folded : folded.toLowerCase(Locale.ROOT);
    }
}
