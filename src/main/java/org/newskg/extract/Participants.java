package org.newskg.extract;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;

/**
 * Resolves the noun phrases around events and deployments to actors: known names (gazetteer),
 * a country's forces ("U.S. troops", "American service members", "the U.S. military"),
 * groups named by their backer ("Iranian-backed militias", "Iran-affiliated groups", "Iranian
 * proxy groups"), people already seen, "these groups" (the last armed group), and otherwise the
 * first known name inside the phrase ("three facilities used by Kataib Hezbollah").
 */
final class Participants {
    private static final Pattern PARTICLE = Pattern.compile("(al|el)(-.+)?");
    private static final Pattern PARTICLE_NAME = Pattern.compile("(al|el)-.+");
    private static final Pattern HYPHEN_BACKED = Pattern.compile(".+-(backed|supported|affiliated|aligned|sponsored|allied)");
    private static final Pattern BACKED_WORD = Pattern.compile("backed|supported|affiliated|aligned|sponsored|allied");
    private static final Pattern MAYBE_HYPHEN_BACKED = Pattern.compile("-?(backed|supported|affiliated|aligned|sponsored|allied)");
    private static final Pattern HYPHENATED_PARTICIPLE = Pattern.compile("\\p{L}+-\\p{L}+ed");

    private static final Set<String> FORCE_NOUNS = Set.of("troops", "forces", "military", "soldiers", "personnel",
            "servicemembers", "service", "members", "marines", "sailors", "airmen", "army", "navy", "base", "bases");
    private static final Set<String> GROUP_NOUNS = Set.of("groups", "group", "militias", "militia", "militants", "militant",
            "fighters", "proxies", "forces", "factions", "rebels", "insurgents", "separatists");
    /** "Iranian-backed", "Iran-affiliated", "Iranian proxy", "pro-Iran" + a group noun. */
    private static final Pattern BACKED = Pattern.compile(
            "(?i)\\b(?:pro-)?([A-Z][\\p{L}.]+)(?:\\s*-\\s*|\\s+)(?:backed|supported|affiliated|aligned|sponsored|proxy|allied)\\b"
                    + "|\\bpro-([A-Z][\\p{L}.]+)\\b");
    private static final int MAX_PHRASE = 14;

    private final Gazetteer gazetteer;

    Participants(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Only a known name (gazetteer) or a demonym for its country: for places, where a person is never meant. */
    ActorRegistry.Draft known(ActorRegistry registry, Sentence s, int from, int to, Evidence ev) {
        if (from < 0 || to < from || to >= s.size()) {
            return null;
        }
        List<Token> tokens = SpeakerPhrases.stripDeterminer(s.tokens().subList(from, to + 1));
        if (tokens.isEmpty()) {
            return null;
        }
        String text = SpeakerPhrases.text(tokens);
        var e = gazetteer.byName(text).or(() -> tokens.size() == 1 ? gazetteer.byAdjective(text) : java.util.Optional.empty());
        return e.map(entry -> registry.known(entry, text, ev, tokens.get(0).begin())).orElse(null);
    }

    /** The actor named by tokens {@code from..to} (inclusive), registered; null when none is found. */
    ActorRegistry.Draft resolve(ActorRegistry registry, Sentence s, int from, int to, Evidence ev) {
        if (from < 0 || to < from || to >= s.size()) {
            return null;
        }
        List<Token> tokens = SpeakerPhrases.stripDeterminer(s.tokens().subList(from, to + 1));
        if (tokens.isEmpty()) {
            return null;
        }
        int offset = tokens.get(0).begin();
        String text = SpeakerPhrases.text(tokens);
        var whole = gazetteer.byName(text);
        if (whole.isPresent()) {
            return registry.known(whole.get(), text, ev, offset);
        }
        boolean groupNoun = tokens.stream().anyMatch(t -> GROUP_NOUNS.contains(t.lower()));
        Matcher m = BACKED.matcher(text);
        if (groupNoun && m.find()) {
            String backer = m.group(1) != null ? m.group(1) : m.group(2);
            var country = gazetteer.byAdjective(backer).or(() -> gazetteer.byName(backer));
            if (country.isPresent() && country.get().type() == ActorType.COUNTRY) {
                return registry.backedGroups(country.get(), text, ev, offset);
            }
        }
        for (int i = 0; i + 1 < tokens.size(); i++) {
            var country = countryOf(tokens.get(i));
            if (country != null && FORCE_NOUNS.contains(tokens.get(i + 1).lower())) {
                return registry.armedForces(country, text, ev, offset);
            }
        }
        if (tokens.size() == 1) {
            var demonym = gazetteer.byAdjective(text); // "American airstrikes", "Houthi fighters"
            if (demonym.isPresent()) {
                return registry.known(demonym.get(), text, ev, offset);
            }
        }
        String first = tokens.get(0).lower();
        if ((first.equals("these") || first.equals("those") || first.equals("the")) && groupNoun && tokens.size() <= 3) {
            ActorRegistry.Draft group = registry.lastBefore(offset, d -> d.type == ActorType.ARMED_GROUP);
            if (group != null) {
                return registry.mentioned(group, null, ev, offset);
            }
        }
        for (int i = 0; i < tokens.size(); i++) {
            boolean particle = PARTICLE.matcher(tokens.get(i).lower()).matches() && i + 1 < tokens.size()
                    && (tokens.get(i + 1).text().equals("-") || SpeakerPhrases.isCapitalised(tokens.get(i + 1))); // "al-Shabaab"
            if (!SpeakerPhrases.isCapitalised(tokens.get(i)) && !PARTICLE_NAME.matcher(tokens.get(i).lower()).matches() && !particle
                    || isBacker(tokens, i)) {
                continue; // "Iran" in "the Iran-backed Houthis" names the backer, not the actor
            }
            for (int len = Math.min(6, tokens.size() - i); len >= 1; len--) {
                String name = SpeakerPhrases.text(tokens.subList(i, i + len));
                var entry = gazetteer.byName(name).or(() -> gazetteer.byAdjective(name).filter(e -> e.type() != ActorType.COUNTRY));
                if (entry.isPresent() && !(len == 1 && i + 1 < tokens.size() && isForceOrGroup(tokens.get(i + 1))
                        && entry.get().type() == ActorType.COUNTRY)) {
                    return registry.known(entry.get(), name, ev, offset);
                }
            }
        }
        int run = 0;
        for (Token t : tokens) {
            run = t.pos().startsWith("PROPN") && SpeakerPhrases.isCapitalised(t) ? run + 1 : 0;
        }
        if (run >= 2 && tokens.stream().allMatch(t -> t.pos().startsWith("PROPN") || t.text().equals("-"))) {
            return registry.person(text, ev, offset);
        }
        return null;
    }

    private static boolean isBacker(List<Token> tokens, int i) {
        String t = tokens.get(i).lower();
        String next = i + 1 < tokens.size() ? tokens.get(i + 1).lower() : "";
        String after = i + 2 < tokens.size() ? tokens.get(i + 2).lower() : "";
        return HYPHEN_BACKED.matcher(t).matches()
                || (next.equals("-") || t.endsWith("-")) && BACKED_WORD.matcher(after).matches()
                || MAYBE_HYPHEN_BACKED.matcher(next).matches();
    }

    private boolean isForceOrGroup(Token t) {
        return FORCE_NOUNS.contains(t.lower()) || GROUP_NOUNS.contains(t.lower());
    }

    private Gazetteer.Entry countryOf(Token t) {
        var e = gazetteer.byAdjective(t.text()).or(() -> gazetteer.byName(t.text()));
        return e.isPresent() && e.get().type() == ActorType.COUNTRY ? e.get() : null;
    }

    /** The noun phrase starting at {@code from} (inclusive end index), or -1: "the U.S. Al-Asad Air Base". */
    static int phraseEnd(Sentence s, int from) {
        int i = from;
        int end = -1;
        while (i < s.size() && i - from < MAX_PHRASE) {
            Token t = s.token(i);
            String pos = t.pos();
            String lower = t.lower();
            boolean np = pos.startsWith("NOUN") || pos.startsWith("PROPN") || pos.equals("ADJ") || pos.equals("DET")
                    || pos.equals("NUM") || lower.equals("'s") || lower.equals("’s")
                    || (t.text().equals("-") && i > from) || (pos.startsWith("PART") && lower.endsWith("s"));
            boolean joiner = (lower.equals("and") || lower.equals("of")) && i > from && i + 1 < s.size()
                    && !s.token(i + 1).pos().startsWith("VERB");
            boolean usedBy = pos.startsWith("VERB") && lower.endsWith("ed") && i + 1 < s.size() && s.token(i + 1).lower().equals("by");
            if (usedBy) {
                i += 2;
                continue;
            }
            if (!np && !joiner) {
                break;
            }
            if (np && !pos.equals("DET")) {
                end = i;
            }
            i++;
        }
        return end;
    }

    /** Where the noun phrase ending at {@code end} starts, walking left. */
    static int phraseStart(Sentence s, int end) {
        int i = end;
        while (i >= 0 && end - i < MAX_PHRASE) {
            Token t = s.token(i);
            String pos = t.pos();
            boolean np = pos.startsWith("NOUN") || pos.startsWith("PROPN") || pos.equals("ADJ") || pos.equals("DET")
                    || pos.equals("NUM") || t.text().equals("-") || t.lower().equals("'s") || t.lower().equals("’s")
                    || (pos.startsWith("PART") && t.lower().endsWith("s"))
                    || (pos.startsWith("VERB") && i > 0 && s.token(i - 1).text().endsWith("-")) // "Iranian-backed", "Iranian- backed"
                    || (pos.startsWith("VERB") && HYPHENATED_PARTICIPLE.matcher(t.text()).matches()) // "Russia-backed" as one token
                    || (pos.equals("ADV") && (t.lower().equals("most") || t.lower().equals("more")) && i < end)
                    // "U.S. and Iraqi officials": "and" inside a phrase only between names or their adjectives
                    || (t.lower().equals("and") && i < end && i > 0 && SpeakerPhrases.isCapitalised(s.token(i - 1))
                            && SpeakerPhrases.isCapitalised(s.token(i + 1)));
            if (!np) {
                break;
            }
            i--;
        }
        return i + 1;
    }

}
