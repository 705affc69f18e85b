package org.newskg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;

/**
 * The statements of a transcript: each paragraph of a speaker's turn is one claim in the
 * speaker's own words, without the sentences that only run the event (greetings, thanks,
 * hand-offs, questions back to the room, vocatives such as "Mayor Dean?"). Questions and the
 * host's turns make no statements of their own. The label names the speaker: "GOVERNOR
 * BREDESEN" is the governor introduced elsewhere as Phil Bredesen, "SENIOR ADMINISTRATION
 * OFFICIAL" an unnamed official of this article.
 */
final class TurnStatements {

    private final Lexicon lexicon;
    private final Gazetteer gazetteer;
    private final List<String> procedureStarts = new ArrayList<>();
    private final List<String> procedureContains = new ArrayList<>();

    TurnStatements(Lexicon lexicon, Gazetteer gazetteer) {
        this.lexicon = lexicon;
        this.gazetteer = gazetteer;
        List<String> current = procedureStarts;
        for (String line : Lexicon.lines("turn-procedure.txt")) {
            if (line.equals("[start]")) {
                current = procedureStarts;
            } else if (line.equals("[contains]")) {
                current = procedureContains;
            } else {
                current.add(line.strip().toLowerCase(Locale.ROOT));
            }
        }
    }

    /** One draft per paragraph of a speaker's turn that says something. */
    List<Extractor.Draft> drafts(SpeakerTurns turns, List<Sentence> body, ActorRegistry registry) {
        List<Extractor.Draft> out = new ArrayList<>();
        Map<String, ActorRegistry.Draft> speakers = new HashMap<>();
        int next = 0;
        for (SpeakerTurns.Paragraph p : turns.paragraphs()) {
            if (p.role() != SpeakerTurns.Role.SPEAKER && p.role() != SpeakerTurns.Role.PUBLISHER) {
                continue;
            }
            while (next < body.size() && body.get(next).end() <= p.begin()) {
                next++;
            }
            List<int[]> segments = new ArrayList<>();
            Sentence first = null;
            int lastKept = -2;
            for (int i = next; i < body.size() && body.get(i).begin() < p.end(); i++) {
                Sentence s = body.get(i);
                int from = Math.max(s.begin(), p.begin());
                int to = Math.min(s.end(), p.end());
                if (to <= from || !saysSomething(s, from, to)) {
                    continue;
                }
                if (first == null) {
                    first = s;
                }
                if (lastKept == i - 1) {
                    segments.get(segments.size() - 1)[1] = to; // consecutive claims: one segment
                } else {
                    segments.add(new int[] {from, to});
                }
                lastKept = i;
            }
            if (first == null) {
                continue;
            }
            Evidence ev = new Evidence(first.index(), first.begin(), first.end(), first.text());
            ActorRegistry.Draft speaker = speakers.containsKey(p.label()) ? speakers.get(p.label())
                    : p.role() == SpeakerTurns.Role.PUBLISHER ? publisher(registry, p.label(), ev, p.lineBegin())
                    : speaker(registry, p.label(), ev, p.lineBegin());
            speakers.put(p.label(), speaker);
            if (speaker == null) {
                continue;
            }
            registry.spoke(speaker, segments.get(0)[0]);
            Extractor.Draft d = new Extractor.Draft(speaker, "say", first, segments.get(0)[0], segments.get(0)[1], null);
            for (int[] g : segments.subList(1, segments.size())) {
                d.segments.add(new int[] {g[0], g[1]});
            }
            d.transcript = true;
            d.ownWords = true;
            out.add(d);
        }
        return out;
    }

    /** A sentence (the part inside the paragraph) that is a claim: a verb or five words, no question, no procedure. */
    private boolean saysSomething(Sentence s, int from, int to) {
        String text = s.text().substring(from - s.begin(), to - s.begin()).strip();
        if (text.endsWith("?") || text.endsWith("?\u201D") || text.endsWith("?\"")) {
            return false;
        }
        boolean verb = text.split("\\s+").length >= 5; // "This treaty strengthens …": taggers miss verbs; vocatives are short
        for (Token t : s.tokens()) {
            if (t.begin() >= from && t.end() <= to && (t.pos().startsWith("VERB") || t.pos().startsWith("AUX"))) {
                verb = true;
                break;
            }
        }
        return verb && !isProcedure(text.toLowerCase(Locale.ROOT));
    }

    private boolean isProcedure(String sentence) {
        for (String phrase : procedureContains) {
            if (sentence.contains(phrase)) {
                return true;
            }
        }
        for (String phrase : procedureStarts) {
            if (sentence.startsWith(phrase)) {
                int after = phrase.length();
                boolean punctuation = after >= sentence.length() || !Character.isLetterOrDigit(sentence.charAt(after))
                        && !Character.isWhitespace(sentence.charAt(after));
                if (punctuation || sentence.split("\\s+").length <= 6) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The organisation that publishes a release in the first person. */
    private ActorRegistry.Draft publisher(ActorRegistry registry, String name, Evidence ev, int offset) {
        var known = gazetteer.byName(name);
        return known.isPresent() ? registry.known(known.get(), name, ev, offset)
                : registry.organization(name, null, null, ev, offset);
    }

    /**
     * The actor a label names. "MR. CARROLL", "GOVERNOR BREDESEN": a surname after honorifics and
     * titles, the person of that surname already met in the article if any; "SENIOR
     * ADMINISTRATION OFFICIAL ONE": an unnamed source of this article; "THE SECRETARY": the last
     * person with that title, else the title's holder.
     */
    ActorRegistry.Draft speaker(ActorRegistry registry, String label, Evidence ev, int offset) {
        List<String> words = new ArrayList<>();
        boolean caps = isAllCaps(label);
        for (String w : label.split("[\\s\u00A0]+")) {
            if (!w.isEmpty()) {
                words.add(caps ? titleCase(w) : w);
            }
        }
        int first = 0;
        while (first < words.size() && (isHonorific(words.get(first)) || words.get(first).equalsIgnoreCase("the"))) {
            first++;
        }
        if (first >= words.size() || words.size() == 1 && words.get(0).length() == 1) {
            return null; // "A:" of an interview names no one by itself
        }
        List<String> rest = words.subList(first, words.size());
        String last = bare(rest.get(rest.size() - 1));
        boolean described = "ordinal".equals(lexicon.speakerLabelWord(last)) || isTitle(last) || lexicon.isAnonymousHead(last);
        String written = String.join(" ", words);
        if (described) {
            String head = null;
            for (String w : rest) {
                if (lexicon.isAnonymousHead(bare(w)) || isTitle(bare(w))) {
                    head = bare(w);
                }
            }
            if (head == null) {
                return null;
            }
            String description = String.join(" ", rest);
            if (lexicon.isAnonymousHead(head)) {
                return registry.anonymous(description, head, false, null, ev, offset);
            }
            ActorRegistry.Draft holder = registry.titleHolderBefore(offset, head);
            return holder != null ? registry.mentioned(holder, null, ev, offset)
                    : registry.roleHolder(description, head, null, ev, offset);
        }
        int nameStart = rest.size() - 1;
        while (nameStart > 0 && !isTitle(bare(rest.get(nameStart - 1))) && !isHonorific(rest.get(nameStart - 1))) {
            nameStart--;
        }
        String name = String.join(" ", rest.subList(nameStart, rest.size()));
        ActorRegistry.Draft person = registry.person(name, ev, offset);
        if (nameStart > 0) {
            person.roles.add(String.join(" ", rest.subList(0, nameStart)));
        }
        person.names.add(written);
        return person;
    }

    private boolean isTitle(String word) {
        return lexicon.isTitleWord(word) || lexicon.isTitleWord(word + ".");
    }

    private boolean isHonorific(String word) {
        return "honorific".equals(lexicon.speakerLabelWord(bare(word)));
    }

    /** Lower case, without a final period ("MR." → "mr"). */
    private static String bare(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
    }

    private static boolean isAllCaps(String w) {
        return w.chars().anyMatch(Character::isLetter) && w.equals(w.toUpperCase(Locale.ROOT));
    }

    /** "BREDESEN" → "Bredesen", "AL-SUDANI" → "Al-Sudani", "O'BRIEN" → "O'Brien". */
    static String titleCase(String w) {
        StringBuilder b = new StringBuilder(w.length());
        boolean start = true;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            b.append(start ? c : Character.toLowerCase(c));
            start = !Character.isLetter(c);
        }
        return b.toString();
    }
}
