package org.newskg.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;
import org.newskg.time.TemporalExpression;

/**
 * What the words around an event trigger say about the event (event-cues.tsv): whether the
 * sentence tells it as having happened or been decided, or only speaks of it — negated ("did not
 * attack", "no talks"), hypothetical ("could withdraw", "any attack", "if talks fail"), wished
 * or demanded ("plans to withdraw", "calls for withdrawal"), as a topic ("questions about the
 * attack"), or in general ("such attacks") — and whether the mention refers back to an event
 * already told ("these attacks"). Looks at a few tokens left of the trigger within its clause,
 * so it costs a handful of comparisons per trigger, nothing per token.
 */
final class EventCues {

    /** How a mention stands to the event it names. */
    enum Reading {
        /** The event happened, happens or is planned: an event. */
        TOLD,
        /** Refers back to an event told before ("these attacks"): joins it, never stands alone. */
        ANAPHORIC,
        /** Negated, hypothetical, wished, a topic or generic: no event. */
        NONE
    }

    /** How far left of a trigger its clause is searched for negation and conditions. */
    private static final int CLAUSE_WINDOW = 12;

    private final Map<String, String> classes = new HashMap<>();

    EventCues() {
        for (String line : Lexicon.lines("event-cues.tsv")) {
            String[] c = line.split("\t");
            classes.put(c[0], c[1]);
        }
    }

    private boolean is(Token t, String cls) {
        return cls.equals(classes.get(t.lower()));
    }

    /**
     * The reading of the trigger at tokens {@code first..last}; {@code verb} says whether it is
     * used as a verb.
     */
    Reading read(Sentence s, int first, int last, boolean verb, List<TemporalExpression> times) {
        if (opensWithCondition(s)) {
            return Reading.NONE; // "If the talks fail, the union will call a strike."
        }
        if (countless(s, last)) {
            return Reading.NONE; // "spoke on the phone too many times to count": a habit, no event
        }
        int clauseStart = clauseStart(s, first);
        for (int k = first - 1; k >= clauseStart; k--) {
            Token t = s.token(k);
            if (is(t, "negation") || is(t, "condition") || is(t, "habitual") || !verb && is(t, "modal")) {
                return Reading.NONE;
            }
        }
        if (verb) {
            return verbReading(s, first, clauseStart);
        }
        if (modifiesNoun(s, first, last, times)) {
            return Reading.NONE; // "trial lawyers", "flood level", "conference call"
        }
        return nounReading(s, first, times);
    }

    /** "trial lawyers": a trigger noun followed by another common noun modifies it, unless that noun names the same event ("bankruptcy filing"). */
    private boolean modifiesNoun(Sentence s, int first, int last, List<TemporalExpression> times) {
        if (last + 1 >= s.size()) {
            return false;
        }
        Token next = s.token(last + 1);
        if (last > first && s.token(last).isPos("ADJ")) {
            return false; // "as its new president": a trigger ending in an adjective takes its noun
        }
        if (Character.isLowerCase(s.token(last).text().charAt(0)) && Character.isUpperCase(next.text().charAt(0))
                && (next.pos().startsWith("PROPN") || next.isPos("ADJ")) && last + 2 < s.size()
                && s.token(last + 2).pos().startsWith("PROPN") && Character.isUpperCase(s.token(last + 2).text().charAt(0))) {
            return true; // "the ruling Democratic Progressive Party": the trigger word qualifies a name
        }
        if (last + 2 < s.size() && s.token(last + 2).lower().equals("to") && s.token(last + 2).isPos("PART")) {
            return false; // "the first meeting set/NOUN to take place": a participle, whatever the tagger says
        }
        // a past form after the trigger is its verb, whatever the tagger says ("an earthquake struck/NOUN")
        return next.pos().startsWith("NOUN") && !inTime(next, times) && !is(next, "same-event")
                && Character.isLowerCase(next.text().charAt(0)) && !next.lower().endsWith("ed") && !is(next, "past");
    }

    /**
     * A capitalised trigger inside a name ("Klingon Assault Group", "Counter-Strike") names no
     * event, unless its class is one whose events have names ("the African Union Summit").
     */
    static boolean inName(Sentence s, int first, int last) {
        Token t = s.token(first);
        if (first == 0 || !Character.isUpperCase(t.text().charAt(0))) {
            return false;
        }
        Token before = s.token(first - 1);
        Token after = last + 1 < s.size() ? s.token(last + 1) : null;
        boolean nameBefore = before.text().equals("-") || before.pos().startsWith("PROPN") && Character.isUpperCase(before.text().charAt(0));
        boolean nameAfter = after != null && after.pos().startsWith("PROPN") && Character.isUpperCase(after.text().charAt(0));
        return nameBefore || nameAfter;
    }

    /**
     * Whether the mention sets itself apart from events told before: "another federal judge
     * sentenced him", "a separate attack" (in its noun phrase, or in a verb's clause before it).
     */
    boolean distinct(Sentence s, int first, boolean verb) {
        int from = verb ? clauseStart(s, first) : Math.max(0, first - 4);
        for (int k = first - 1; k >= from; k--) {
            Token t = s.token(k);
            if (is(t, "distinct")) {
                return true;
            }
            if (!verb && !(t.isPos("ADJ") || t.pos().startsWith("NOUN") || t.pos().startsWith("PROPN") || t.isPos("DET")
                    || t.isPos("NUM"))) {
                return false;
            }
        }
        return false;
    }

    private Reading verbReading(Sentence s, int first, int clauseStart) {
        int k = first - 1;
        while (k >= clauseStart && (s.token(k).pos().startsWith("AUX") || s.token(k).isPos("ADV")
                || s.token(k).isPos("PART") && !s.token(k).lower().equals("to") || is(s.token(k), "modal"))) {
            if (is(s.token(k), "modal")) {
                return Reading.NONE; // "could attack", "would withdraw"
            }
            k--;
        }
        if (k >= clauseStart && s.token(k).lower().equals("to") && k > 0 && irrealisBefore(s, k - 1)) {
            return Reading.NONE; // "plans to withdraw", "requests to withdraw", "look forward to working"
        }
        return Reading.TOLD;
    }

    /** "plans to", "calls for": an irrealis noun or verb, or any noun or adjective before "to" ("a decision to", "ready to"). */
    private boolean irrealisBefore(Sentence s, int k) {
        Token t = s.token(k);
        return is(t, "irrealis") || t.pos().startsWith("NOUN") || t.isPos("ADJ");
    }

    private Reading nounReading(Sentence s, int first, List<TemporalExpression> times) {
        // walk left over the noun phrase's modifiers: "the potential U.S. withdrawal", "these recent attacks"
        int k = first - 1;
        while (k >= 0) {
            Token t = s.token(k);
            if (inTime(t, times)) {
                k--;
                continue; // "this week's airstrikes": the determiner belongs to the time expression
            }
            if (is(t, "hypothetical") || is(t, "generic")) {
                return Reading.NONE;
            }
            if (is(t, "anaphoric") && t.isPos("DET")) {
                return Reading.ANAPHORIC;
            }
            boolean modifier = t.isPos("ADJ") || t.pos().startsWith("NOUN") || t.pos().startsWith("PROPN") || t.isPos("NUM")
                    || t.isPos("DET") || t.text().equals("-") || t.text().equals("'s") || t.text().equals("’s")
                    || t.text().equals("'") || t.isPos("ADV");
            if (!modifier) {
                break;
            }
            k--;
        }
        if (k < 0) {
            return Reading.TOLD;
        }
        Token before = s.token(k);
        if (k == first - 1 && s.token(first).lower().endsWith("ing") && before.lower().equals("to") && k > 0 && irrealisBefore(s, k - 1)) {
            return Reading.NONE; // "look forward to working with", "plans to meeting": a wish, no act
        }
        if (before.pos().startsWith("VERB") && k >= 2 && s.token(k - 1).lower().equals("to") && irrealisBefore(s, k - 2)) {
            return Reading.NONE; // "intends to hold two referendums", "plans to hold talks"
        }
        boolean quantity = k + 1 < first && s.token(k + 1).isPos("NUM");
        if (is(before, "topic") && !quantity) {
            return Reading.NONE; // "talks on withdrawal", "asked about the attack"
        }
        if (before.lower().equals("for") && k == first - 1 && s.token(first).lower().endsWith("s") && !verb(s, first)
                && (first + 1 >= s.size() || s.token(first + 1).isPos("PUNCT") || s.token(first + 1).isPos("CCONJ"))) {
            return Reading.NONE; // "a commission for talks, …": a bare purpose, not an event ("responsibility for strikes on X" names one)
        }
        if (before.lower().equals("for") && k > 0 && irrealisBeforeFor(s, k - 1)) {
            return Reading.NONE; // "calls for withdrawal", "a timeline for an American withdrawal"
        }
        return Reading.TOLD;
    }

    private static boolean verb(Sentence s, int k) {
        return s.token(k).pos().startsWith("VERB");
    }

    /** "calls for", "a schedule … for": the irrealis word right before "for", or ending the noun phrase before it. */
    private boolean irrealisBeforeFor(Sentence s, int k) {
        for (int j = k; j >= 0 && j >= k - 4; j--) {
            Token t = s.token(j);
            if (is(t, "irrealis")) {
                return true;
            }
            if (!(t.isPos("ADJ") || t.pos().startsWith("NOUN") || t.isPos("DET") || t.pos().startsWith("PROPN") || t.isPos("ADP"))) {
                return false;
            }
        }
        return false;
    }

    /** "many times", "countless times", "numerous times" after the trigger in its clause: a repetition without number. */
    private boolean countless(Sentence s, int last) {
        for (int k = last + 1; k + 1 < s.size() && k <= last + 8; k++) {
            Token t = s.token(k);
            if (t.text().equals(",") || t.text().equals(";")) {
                return false;
            }
            if (is(t, "countless") && s.token(k + 1).lower().equals("times")) {
                return true;
            }
        }
        return false;
    }

    /** A sentence that opens with "if" or "unless" (after an opening quote) is a condition and its consequence. */
    private boolean opensWithCondition(Sentence s) {
        for (int k = 0; k < s.size() && k < 2; k++) {
            Token t = s.token(k);
            if (is(t, "condition")) {
                return !t.lower().equals("whether");
            }
            if (!t.isPos("PUNCT")) {
                return false;
            }
        }
        return false;
    }

    /** The first token of the trigger's clause: after the nearest comma, semicolon, colon or dash, within the window. */
    private static int clauseStart(Sentence s, int first) {
        int from = Math.max(0, first - CLAUSE_WINDOW);
        for (int k = first - 1; k >= from; k--) {
            String w = s.token(k).text();
            if (w.equals(",") || w.equals(";") || w.equals(":") || w.equals("—") || w.equals("–") || w.equals("\"")
                    || w.equals("“") || w.equals("”")) {
                return k + 1;
            }
        }
        return from;
    }

    private static boolean inTime(Token t, List<TemporalExpression> times) {
        for (TemporalExpression e : times) {
            if (t.begin() >= e.begin() && t.end() <= e.end()) {
                return true;
            }
        }
        return false;
    }
}
