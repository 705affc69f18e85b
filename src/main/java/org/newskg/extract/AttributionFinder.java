package org.newskg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;
import org.newskg.time.TemporalExpression;

/**
 * Finds attributions in one sentence from its tokens and POS tags. Patterns (each a class of
 * English news sentences):
 * <ul>
 *   <li>subject + reporting verb + content: "X said (that) …", "X told reporters that …",
 *       "X, however, reiterated on Tuesday that …", "X said in an interview this month that …";</li>
 *   <li>content + subject + verb: "…, X said (on Tuesday)." and quotes "“…,” X told the outlet.";</li>
 *   <li>content + verb + subject: "“…,” said Austin, who …";</li>
 *   <li>coordinated verbs sharing a subject: "X dodged questions and said …", "X said A and
 *       expressed B" (two claims);</li>
 *   <li>repeated complementisers: "X said that A and that B" (two claims);</li>
 *   <li>source phrases: "…, according to X", "According to X, …", "…, as stated by/in X".</li>
 * </ul>
 * Content spans may run past the sentence when a quote continues into the next sentences.
 */
final class AttributionFinder {

    /** Verbs whose first object is the listener, not the content: "told reporters that …". */
    private static final Set<String> ADDRESSEE_VERBS = Set.of("tell", "assure", "inform", "brief", "remind", "warn");
    private static final Set<String> PERSONAL_PRONOUNS = Set.of("he", "she", "they", "it", "we", "i");
    private static final Set<String> POSSESSIVES = Set.of("his", "her", "its", "their", "our");
    private static final Set<String> SOURCE_PREPOSITIONS = Set.of("by", "in");
    /** Prepositions of where a named source works: "Lydia Moss for the agency", "Ana Ruiz of Oxfam". */
    private static final Set<String> NAME_COMPLEMENTS = Set.of("for", "of", "at", "from", "with");
    private static final int MAX_SUBJECT_TOKENS = 16;

    private final Lexicon lexicon;

    AttributionFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    List<Attribution> find(Sentence s, QuoteSpans quotes, List<TemporalExpression> times) {
        List<Attribution> found = new ArrayList<>();
        for (int v = 0; v < s.size(); v++) {
            Attribution a = atVerb(s, v, quotes, times, found);
            if (a != null) {
                found.add(a);
            }
        }
        for (int i = 1; i + 2 < s.size(); i++) {
            final int participle = i;
            Attribution a = documentShowing(s, i, quotes);
            if (a != null && found.stream().noneMatch(f -> f.cueToken() != participle
                    && f.contentBegin() <= a.contentBegin() && a.contentBegin() < f.contentEnd())) {
                // unless a reporting verb before it already holds the claim ("said a study showing that …");
                // "a report finding that": the report's issuer speaks, not the report
                found.removeIf(f -> f.cueToken() == participle);
                found.add(a);
            }
        }
        for (int i = 0; i + 2 < s.size(); i++) {
            Attribution a = sourcePhrase(s, i, quotes, times);
            if (a != null) {
                found.add(a);
            }
        }
        return cut(s, found, quotes);
    }

    // ---------------------------------------------------------------- reporting verbs

    private Attribution atVerb(Sentence s, int v, QuoteSpans quotes, List<TemporalExpression> times, List<Attribution> earlier) {
        Token verb = s.token(v);
        if (QUOTED.contains(verb.lower()) && quotes.at(verb.begin()) == null) {
            return quotedAsSaying(s, v, quotes, times);
        }
        Lexicon.ReportingVerb reporting = lexicon.reportingVerb(verb);
        int copula = reporting == null ? stanceCopula(s, v) : -1;
        boolean stance = copula >= 0;
        if (stance) {
            reporting = new Lexicon.ReportingVerb(verb.lower(), Lexicon.ReportingVerb.Kind.CLAUSE);
        }
        if (reporting == null || quotes.at(verb.begin()) != null
                || !(stance || verb.pos().startsWith("VERB") || coordinatedAdjective(s, v) || verbTakenForNoun(s, v))) {
            return null;
        }
        String lemma = reporting.lemma();
        if (!stance && isPassive(s, v)) {
            return null; // "the ambassador had been recalled": no one reports anything
        }
        int head = stance ? copula : v; // the verb whose subject speaks
        int before = skipLeftAdverbs(s, head - 1);
        if (before >= 2 && s.token(before).lower().equals("to") && s.token(before - 1).lower().equals("on")
                && "go".equals(s.token(before - 2).lemma())) {
            head = before - 2; // "he went on to say that …": the subject of "went on"
            before = skipLeftAdverbs(s, head - 1);
        } else if (before >= 0 && (s.token(before).lower().equals("to") || s.token(before).isPos("DET"))) {
            return null; // "declined to say", "the claims"
        }
        int[] participleSubject = null;
        if (before >= 0 && s.token(before).text().equals(",") && verb.text().endsWith("ing")) {
            if (!earlier.isEmpty() || reporting.takesObject()) {
                return null; // "condemned X, saying …": the participle continues the main claim
            }
            // "He resigned on Friday, saying he was exhausted": the main clause's subject reports
            participleSubject = subjectOfEarlierVerb(s, before);
            if (participleSubject == null) {
                return null;
            }
        }
        if (before >= 0 && s.token(before).text().equals("as")) {
            return null; // "as stated by X" is a source phrase
        }
        Attribution shared = null;
        int[] subject = null;
        if (before >= 0 && (s.token(before).lower().equals("and") || s.token(before).lower().equals("but"))) {
            shared = coordinatedWith(s, before, earlier);
            if (shared == null) {
                subject = subjectOfEarlierVerb(s, before);
            }
            if (shared == null && subject == null) {
                subject = verblessOpening(s, before); // "Secretary Blinken in Chicago today and says …"
            }
        } else if (participleSubject != null) {
            subject = participleSubject;
        } else {
            subject = leftSubject(s, skipTimeLeft(s, head, times));
            subject = antecedentInFirstClause(s, subject, earlier);
        }
        if (shared == null && subject == null && v == firstWord(s) && verb.text().endsWith("ing") && !stance) {
            return openingParticiple(s, v, reporting);
        }
        boolean inverted = false;
        if (shared == null && subject == null) {
            if (before >= 0 && isQuoteOrComma(s.token(before))) {
                subject = rightSubject(s, v + 1);
                inverted = subject != null;
            }
            if (subject == null) {
                return null;
            }
        }
        int afterVerb = inverted ? subject[1] + 1 : v + 1;
        int[] addressee = ADDRESSEE_VERBS.contains(lemma) ? listener(s, afterVerb) : null;
        int from = addressee != null ? addressee[1] + 1 : afterVerb;
        int contentStart = inverted ? s.size() : contentStart(s, from, times);
        boolean clausal = contentStart < s.size() && contentStart > from && s.token(contentStart - 1).lower().equals("that")
                || contentStart < s.size() && (isQuoteMark(s.token(contentStart)) || s.token(contentStart - 1).text().equals(":")
                        || bareClause(s, contentStart));
        if (contentStart < s.size() && insideOpeningAdjunct(s, v, contentStart)) {
            return null; // "After a toll announced on Monday, the government updated …": the main clause is no content
        }
        if (reporting.kind() == Lexicon.ReportingVerb.Kind.CLAUSE && contentStart < s.size() && !clausal) {
            return null; // "responded to these attacks": no speech reported
        }
        boolean directive = reporting.kind() == Lexicon.ReportingVerb.Kind.DIRECTIVE && s.token(Math.max(0, contentStart - 1)).lower().equals("that");
        if (reporting.takesObject() && contentStart < s.size() && !clausal && !inverted && s.token(s.size() - 1).text().equals(":")) {
            return null; // "the Church denied these allegations:": the words after the colon are the claim
        }
        if (reporting.takesObject() && contentStart < s.size() && (!clausal || directive) && !inverted) {
            contentStart = v; // "expressed a desire to …": the verb belongs to the claim, with its tense ("has announced")
            while (contentStart > 0 && s.token(contentStart - 1).pos().startsWith("AUX") && contentStart - 1 > (subject == null ? -1 : subject[1])) {
                contentStart--;
            }
        }
        int subjFrom = subject == null ? -1 : subject[0];
        int subjTo = subject == null ? -1 : subject[1];
        int aFrom = addressee == null ? -1 : addressee[0];
        int aTo = addressee == null ? -1 : addressee[1];
        if (contentStart < s.size()) {
            int begin = s.token(contentStart).begin();
            return new Attribution(lemma, v, subjFrom, subjTo, begin, sentenceEnd(s), shared, aFrom, aTo);
        }
        // Nothing after the verb: the content precedes the attribution ("…, X said.").
        int attributionStart = inverted ? v : (subject != null ? subject[0] : v);
        if (attributionStart > 0 && !separatesAttribution(s.token(attributionStart - 1))) {
            return null; // "he is alarmed by what they found.": no comma or quote sets the claim off
        }
        int[] content = contentBefore(s, attributionStart, quotes);
        if (content == null) {
            return null;
        }
        if (inverted && parenthetical(s, subjTo) && quotes.at(content[0]) == null) {
            // "Small ports, said Lena Marsh, are required to …": the claim goes on after the parenthetical
            // attribution; the caller cuts the attribution out of the content
            return new Attribution(lemma, v, subjFrom, subjTo, content[0], sentenceEnd(s), shared, aFrom, aTo);
        }
        return new Attribution(lemma, v, subjFrom, subjTo, content[0], content[1], shared, aFrom, aTo);
    }

    /**
     * "Describing the problem as one “decades in the making,” Obama explained …", "Saying he was
     * exhausted, Smith resigned": a reporting participle opening the sentence speaks for the main
     * clause's subject; the claim is the participle's clause (with its verb, for a verb whose object
     * is the claim).
     */
    private Attribution openingParticiple(Sentence s, int v, Lexicon.ReportingVerb reporting) {
        int comma = v + 1;
        while (comma < s.size() && !s.token(comma).text().equals(",")) {
            comma++;
        }
        int k = comma + 1;
        while (k < s.size() && isQuoteMark(s.token(k))) {
            k++; // the comma inside a closing quote: "… in the making," Obama
        }
        if (comma >= s.size() - 1 || comma - v < 3 || k >= s.size()) {
            return null;
        }
        int[] subject = rightNounPhrase(s, k);
        if (subject == null || subject[1] + 1 >= s.size()) {
            return null;
        }
        Token main = s.token(subject[1] + 1);
        if (!(main.pos().startsWith("VERB") || main.pos().startsWith("AUX")) || main.text().endsWith("ing")) {
            return null;
        }
        int from = reporting.kind() == Lexicon.ReportingVerb.Kind.SAY ? v + 1 : v;
        if (reporting.kind() == Lexicon.ReportingVerb.Kind.CLAUSE && !s.token(v + 1).lower().equals("that")) {
            return null;
        }
        int end = k - 1; // the closing quote, when the comma sits inside it
        return new Attribution(reporting.lemma(), v, subject[0], subject[1], s.token(from).begin(), s.token(end).end(), null, -1, -1);
    }

    /**
     * "The foundation came out with a new study showing that premiums rose", "the ministry released
     * a report finding that …": a document put out by the subject, and what it shows; the subject
     * is the source. {@code i} is the participle after the document noun.
     */
    private Attribution documentShowing(Sentence s, int i, QuoteSpans quotes) {
        if (!SHOWING.contains(s.token(i).lower()) || !lexicon.isAttributionNoun(s.token(i - 1))
                || !s.token(i + 1).lower().equals("that") || quotes.at(s.token(i).begin()) != null) {
            return null;
        }
        int k = i - 2;
        while (k >= 0 && (s.token(k).isPos("ADJ") || s.token(k).isPos("DET") || s.token(k).isPos("NUM"))) {
            k--;
        }
        if (k < 0) {
            return null;
        }
        int verb = k;
        if (k >= 2 && s.token(k).lower().equals("with") && s.token(k - 1).lower().equals("out")
                && (s.token(k - 2).lower().equals("came") || s.token(k - 2).lower().equals("comes"))) {
            verb = k - 2; // "came out with a study"
        } else if (!ISSUING_VERBS.contains(s.token(k).lower())) {
            return null; // "read a study showing that …": the reader is no source
        }
        int[] subject = leftSubject(s, verb);
        int c = i + 2;
        while (c < s.size() && s.token(c).text().equals(",")) {
            c++;
        }
        if (subject == null || c >= s.size() - 1) {
            return null;
        }
        return new Attribution("report", verb, subject[0], subject[1], s.token(c).begin(), sentenceEnd(s), null, -1, -1);
    }

    private static final Set<String> SHOWING = Set.of("showing", "finding", "suggesting", "concluding", "saying");
    private static final Set<String> QUOTED = Set.of("quoted", "quotes");
    /** Verbs by which a speaker puts out a document ("issued a statement", "released a letter"). */
    private static final Set<String> ISSUING_VERBS = Set.of("issued", "issues", "released", "releases", "published", "publishes", "posted");

    /**
     * "Detik.com quoted Djamal as saying …", "“…,” the paper quoted Djamal as saying.", "Djamal was
     * quoted (by Reuters) as saying …": the person quoted speaks; the one quoting is the listener,
     * which becomes the outlet the statement was reported through when it is one.
     */
    private Attribution quotedAsSaying(Sentence s, int v, QuoteSpans quotes, List<TemporalExpression> times) {
        int as = -1;
        for (int k = v + 1; k + 1 < s.size() && k <= v + 10; k++) {
            if (s.token(k).lower().equals("as") && s.token(k + 1).lower().equals("saying")) {
                as = k;
                break;
            }
        }
        if (as < 0) {
            return null;
        }
        int[] speaker;
        int[] quoting;
        if (isPassive(s, v)) {
            speaker = leftSubject(s, v);
            int by = v + 1 < as && s.token(v + 1).lower().equals("by") ? v + 2 : -1;
            quoting = by > 0 && by < as ? new int[] {by, as - 1} : null;
        } else {
            speaker = as - 1 >= v + 1 ? new int[] {v + 1, as - 1} : null;
            quoting = leftSubject(s, v);
        }
        if (speaker == null) {
            return null;
        }
        int qFrom = quoting == null ? -1 : quoting[0];
        int qTo = quoting == null ? -1 : quoting[1];
        int contentStart = contentStart(s, as + 2, times);
        if (contentStart < s.size()) {
            return new Attribution("say", v, speaker[0], speaker[1], s.token(contentStart).begin(), sentenceEnd(s), null, qFrom, qTo);
        }
        int attributionStart = Math.min(speaker[0], quoting == null ? v : quoting[0]);
        if (attributionStart > 0 && !separatesAttribution(s.token(attributionStart - 1))) {
            return null;
        }
        int[] content = contentBefore(s, attributionStart, quotes);
        return content == null ? null
                : new Attribution("say", v, speaker[0], speaker[1], content[0], content[1], null, qFrom, qTo);
    }

    /** "Russia on Tuesday announced …": the verb's subject stands before a time adjunct; returns where to look left from. */
    private static int skipTimeLeft(Sentence s, int v, List<TemporalExpression> times) {
        int i = v - 1;
        while (i >= 0 && inTime(s.token(i), times)) {
            i--;
        }
        if (i < v - 1 && i >= 0 && s.token(i).lower().equals("on")) {
            i--;
        }
        return i < v - 1 ? i + 1 : v;
    }

    /**
     * "The World Health Organisation (WHO) recommends that …", "Paris claims she …", "many doctors
     * report that …": a reporting verb that the tagger took for a noun, after its subject and
     * before the start of a clause.
     */
    private static boolean verbTakenForNoun(Sentence s, int v) {
        Token t = s.token(v);
        boolean properForm = t.pos().startsWith("PROPN") && Character.isLowerCase(t.text().charAt(0)); // "website states/PROPN:"
        if (!(t.pos().startsWith("NOUN") || properForm) || v == 0 || v + 1 >= s.size()) {
            return false;
        }
        Token prev = s.token(v - 1);
        Token next = s.token(v + 1);
        if (!t.lower().endsWith("s")) {
            // "many doctors report that …": a plural subject, the bare verb, a complementiser
            return prev.pos().startsWith("NOUN") && prev.lower().endsWith("s") && next.lower().equals("that");
        }
        // "the union estimates that figure is …": a singular noun subject; not "the estimates that were published"
        boolean singularNoun = prev.pos().startsWith("NOUN") && !prev.lower().endsWith("s") && !relativeAfter(s, v + 1);
        boolean subjectBefore = prev.pos().startsWith("PROPN") || prev.text().equals(")") || prev.pos().startsWith("PRON") || singularNoun;
        boolean clauseAfter = next.lower().equals("that") || isQuoteMark(next) || next.text().equals(":")
                || next.text().equals(",") && v + 2 < s.size() && isQuoteMark(s.token(v + 2))
                || next.pos().startsWith("PRON") && !next.lower().equals("it");
        return subjectBefore && clauseAfter;
    }

    /** "that were published", "that rose": a relative "that" right before its verb, not a complementiser. */
    private static boolean relativeAfter(Sentence s, int k) {
        if (k + 1 >= s.size() || !s.token(k).lower().equals("that")) {
            return false;
        }
        Token next = s.token(k + 1);
        boolean verb = next.pos().startsWith("AUX") || next.pos().startsWith("VERB");
        // "that figure/VERB is": a noun the tagger took for a verb, followed by the clause's own verb
        return verb && !(k + 2 < s.size() && s.token(k + 2).pos().startsWith("AUX") && next.pos().startsWith("VERB"));
    }

    /**
     * A clause without "that" after the verb: a subject noun phrase and its finite verb ("found
     * only a third of residents favoured …", "determined Olafsen had lied"), not an object and
     * its adjunct ("found the report in a drawer").
     */
    private static boolean bareClause(Sentence s, int from) {
        int k = from;
        while (k < s.size() && k - from < 10 && isSubjectToken(s.token(k))) {
            k++;
        }
        if (k == from || k >= s.size()) {
            return false;
        }
        String lastPos = s.token(k - 1).pos();
        return isFinite(s.token(k)) && !byAgent(s, k + 1) && (lastPos.startsWith("NOUN") || lastPos.startsWith("PROPN") || s.token(k - 1).isPos("PRON") && k - 1 == from);
    }

    /** Whether a finite verb stands in {@code from+1 .. to-1}, not first (a clause: a subject, then its verb). */
    private static boolean finiteVerbBefore(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (isFinite(s.token(k))) {
                return k > from;
            }
        }
        return false;
    }

    /** An auxiliary, or a verb that is no participle in -ing: what heads a clause. */
    private static boolean isFinite(Token t) {
        return t.pos().startsWith("AUX") || t.pos().startsWith("VERB") && !t.lower().endsWith("ing");
    }

    private static boolean misTaggedName(Token t) {
        String pos = t.pos();
        return SpeakerPhrases.isCapitalised(t) && t.text().length() > 1 && Character.isLetter(t.text().charAt(1))
                && (pos.equals("ADV") || pos.equals("SCONJ") || pos.startsWith("VERB") || pos.equals("ADJ"));
    }

    /**
     * Whether the verb stands in a sentence-opening prepositional adjunct ("After a toll announced on
     * Monday, …") and the content would start after the comma that closes it.
     */
    private static boolean insideOpeningAdjunct(Sentence s, int v, int contentStart) {
        int first = firstWord(s);
        if (!s.token(first).pos().startsWith("ADP")) {
            return false;
        }
        for (int k = first + 1; k < contentStart; k++) {
            if (s.token(k).text().equals(",")) {
                return k > v;
            }
        }
        return false;
    }

    /** After a short quoted name ("on “Morning Report”", "on “The Countdown”"), the index past its closing mark; else -1. */
    private static int quotedNameEnd(Sentence s, int open) {
        if (open + 1 >= s.size() || !SpeakerPhrases.isCapitalised(s.token(open + 1))) {
            return -1;
        }
        for (int k = open + 2; k < s.size() && k < open + 8; k++) {
            if (isQuoteMark(s.token(k))) {
                return k + 1;
            }
            if (!SpeakerPhrases.isCapitalised(s.token(k)) && !s.token(k).isPos("DET") && !s.token(k).isPos("ADP")) {
                return -1;
            }
        }
        return -1;
    }

    /** "by the council": a passive agent (a reduced relative, "the plans submitted by …"), not "by 10 percent". */
    private static boolean byAgent(Sentence s, int i) {
        return i + 1 < s.size() && s.token(i).lower().equals("by") && !s.token(i + 1).isPos("NUM");
    }

    private static boolean isSubjectToken(Token t) {
        String pos = t.pos();
        return pos.startsWith("NOUN") || pos.startsWith("PROPN") || pos.equals("DET") || pos.equals("ADJ") || pos.equals("NUM")
                || t.lower().equals("of") || t.lower().equals("only") || t.isPos("PRON") && PERSONAL_PRONOUNS.contains(t.lower());
    }

    /**
     * "X is concerned that …": for a stance adjective after a copula and before a that-clause, the
     * copula ("is", "remains" in "remains convinced that"); else -1.
     */
    private int stanceCopula(Sentence s, int v) {
        if (v == 0 || v + 1 >= s.size() || !lexicon.isStanceAdjective(s.token(v)) || !s.token(v + 1).lower().equals("that")) {
            return -1;
        }
        int i = v - 1;
        while (i >= 0 && s.token(i).isPos("ADV")) {
            i--;
        }
        return i >= 0 && (BE.contains(s.token(i).lower()) || "remain".equals(s.token(i).lemma())) ? i : -1;
    }

    /** "… and expressed hope that …": the tagger sometimes takes a coordinated past form for an adjective. */
    private static boolean coordinatedAdjective(Sentence s, int v) {
        return s.token(v).isPos("ADJ") && s.token(v).lower().endsWith("ed") && v > 0 && s.token(v - 1).lower().equals("and");
    }

    private static final java.util.Set<String> BE = java.util.Set.of("be", "been", "being", "is", "are", "was", "were");

    private static boolean isPassive(Sentence s, int v) {
        int i = v - 1;
        while (i >= 0 && s.token(i).isPos("ADV")) {
            i--;
        }
        return i >= 0 && BE.contains(s.token(i).lower());
    }

    /** The attribution of the reporting verb a coordinated verb joins ("X said A and added B"). */
    private static Attribution coordinatedWith(Sentence s, int andIndex, List<Attribution> earlier) {
        for (int i = earlier.size() - 1; i >= 0; i--) {
            Attribution a = earlier.get(i);
            if (a.cueToken() < andIndex && a.cueToken() >= 0) {
                return a;
            }
        }
        return null;
    }

    /**
     * "Secretary of State Antony Blinken in Chicago today and says …" (broadcast style): with no
     * verb before the "and", the noun phrase opening the sentence (after a speaker label's colon)
     * is the subject; it must hold a name.
     */
    private int[] verblessOpening(Sentence s, int andIndex) {
        int start = firstWord(s);
        for (int k = start; k < andIndex; k++) {
            if (s.token(k).text().equals(":")) {
                start = k + 1;
            }
        }
        for (int k = start; k < andIndex; k++) {
            if (s.token(k).pos().startsWith("VERB") || s.token(k).pos().startsWith("AUX") || s.token(k).isPos("PRON")) {
                return null;
            }
        }
        int[] np = start < andIndex ? rightNounPhrase(s, start) : null;
        while (np != null && np[1] + 2 < andIndex && s.token(np[1] + 1).lower().equals("of")
                && SpeakerPhrases.isCapitalised(s.token(np[1] + 2))) {
            np = new int[] {np[0], rightNounPhraseEnd(s, np[1] + 2)}; // "Secretary of State Antony Blinken"
        }
        return np != null && np[1] < andIndex && s.token(np[1]).pos().startsWith("PROPN") ? np : null;
    }

    /**
     * "The minister toured the flooded streets, and she added that …": a personal pronoun right
     * after ", and" stands for the subject of the sentence's first clause when that subject names a
     * person (a name or a word for a person) and no attribution came before; else the pronoun.
     */
    private int[] antecedentInFirstClause(Sentence s, int[] subject, List<Attribution> earlier) {
        if (subject == null || subject[0] != subject[1] || !earlier.isEmpty() || subject[0] < 2
                || !PERSONAL_PRONOUNS.contains(s.token(subject[0]).lower()) || !s.token(subject[0] - 1).lower().equals("and")
                || !s.token(subject[0] - 2).text().equals(",")) {
            return subject;
        }
        int[] first = null;
        for (int u = firstWord(s) + 1; u < subject[0] - 2 && first == null; u++) {
            if (s.token(u).pos().startsWith("VERB") && !s.token(u).text().endsWith("ing")) {
                first = leftSubject(s, u);
            }
        }
        if (first == null || first[0] != firstWord(s)) {
            return subject;
        }
        Token head = s.token(first[1]);
        boolean person = head.pos().startsWith("PROPN") && SpeakerPhrases.isCapitalised(head)
                || head.pos().startsWith("NOUN") && (lexicon.isTitleWord(head) || lexicon.isListedPersonNoun(head.lower()));
        String pronoun = s.token(subject[0]).lower();
        return person && (pronoun.equals("he") || pronoun.equals("she")) ? first : subject;
    }

    /** "Pentagon officials dodged questions … and said …": the subject of the earlier finite verb. */
    private int[] subjectOfEarlierVerb(Sentence s, int andIndex) {
        for (int u = andIndex - 1; u >= 0; u--) {
            if (s.token(u).pos().startsWith("VERB") && !s.token(u).text().endsWith("ing")) {
                return leftSubject(s, u);
            }
        }
        return null;
    }

    /** The subject noun phrase ending just before the verb (after adverbs and auxiliaries), or null. */
    private int[] leftSubject(Sentence s, int v) {
        if (v >= 1 && v - 1 == firstWord(s) && misTaggedName(s.token(v - 1))) {
            return new int[] {v - 1, v - 1}; // "Whitmore/ADV stated …": a sentence-initial name the tagger took for something else
        }
        int i = skipLeftAdverbs(s, v - 1);
        // "Ryder, however, reiterated": skip a parenthetical adverb between commas.
        if (i >= 2 && s.token(i).text().equals(",") && s.token(i - 1).isPos("ADV") && s.token(i - 2).text().equals(",")) {
            i = skipLeftAdverbs(s, i - 3);
        }
        if (i < 0) {
            return null;
        }
        int shortForm = -1;
        if (s.token(i).text().equals(")") && i >= 3 && s.token(i - 2).text().equals("(")) {
            shortForm = i; // "The World Health Organisation (WHO) recommends": the name, then its short form
            i -= 3;
        }
        if (s.token(i).text().equals(",")) {
            int open = clauseBetweenCommas(s, i);
            if (open < 0) {
                int[] titled = apposition(s, i);
                return titled != null ? titled : namedApposition(s, i);
            }
            i = open - 1;
        }
        Token last = s.token(i);
        if (last.lower().equals("which") && i >= 2 && s.token(i - 1).text().equals(",")) {
            i -= 2; // "Jobs's email, which reads: …": the document the relative clause is about
            last = s.token(i);
        }
        if (last.pos().startsWith("PRON") && !SpeakerPhrases.isAcronym(last)) { // "WHO say": an acronym, not "who"
            return PERSONAL_PRONOUNS.contains(last.lower()) ? new int[] {i, i} : null;
        }
        int start = npStartLeft(s, i);
        return start > i ? null : new int[] {start, Math.max(i, shortForm)};
    }

    /**
     * "X, speaking on condition of anonymity, said" / "X, who …, said": the opening comma of a
     * participle or relative clause that ends at {@code comma}, or -1.
     */
    private static int clauseBetweenCommas(Sentence s, int comma) {
        for (int k = comma - 1; k >= 1 && k > comma - 20; k--) {
            if (s.token(k).text().equals(",")) {
                Token first = s.token(k + 1);
                boolean participle = first.pos().startsWith("VERB") && (first.lower().endsWith("ing") || first.lower().endsWith("ed"));
                boolean relative = first.lower().equals("who") || first.lower().equals("which");
                // "X, in remarks to Y television, said", "X, of the University of Z, said"
                boolean adjunct = first.pos().startsWith("ADP") && k >= 1 && s.token(k - 1).pos().startsWith("PROPN");
                return participle || relative || adjunct ? k : -1;
            }
        }
        return -1;
    }

    /** "Sabrina Singh, deputy Pentagon spokeswoman, said": name and role around commas. */
    private int[] apposition(Sentence s, int comma) {
        int roleEnd = comma - 1;
        if (roleEnd < 0) {
            return null;
        }
        int roleStart = npStartLeft(s, roleEnd);
        if (roleStart > roleEnd || roleStart < 2 || !s.token(roleStart - 1).text().equals(",")) {
            return null;
        }
        int nameEnd = roleStart - 2;
        int nameStart = npStartLeft(s, nameEnd);
        if (nameStart > nameEnd) {
            return null;
        }
        boolean roleIsTitle = hasTitleWord(s, roleStart, roleEnd);
        boolean nameIsTitle = hasTitleWord(s, nameStart, nameEnd);
        // "The harbour master, Per Lund, said": a description of a person, then the name
        Token described = s.token(descriptionHead(s, nameStart, nameEnd));
        boolean describedThenNamed = lexicon.isPersonNoun(described.text()) && !SpeakerPhrases.isCapitalised(described)
                && roleEnd > roleStart && allProperNouns(s, roleStart, roleEnd);
        if (!roleIsTitle && !nameIsTitle && !describedThenNamed) {
            return null;
        }
        if (nameStart > 0 && !isBoundary(s.token(nameStart - 1))) {
            return null;
        }
        return new int[] {nameStart, roleEnd};
    }

    /** The head of a description: the word before its first preposition ("bishop" in "the bishop of Arles"). */
    private static int descriptionHead(Sentence s, int from, int to) {
        for (int i = from + 1; i <= to; i++) {
            if (s.token(i).pos().startsWith("ADP")) {
                return i - 1;
            }
        }
        return to;
    }

    private static boolean allProperNouns(Sentence s, int from, int to) {
        for (int i = from; i <= to; i++) {
            if (!s.token(i).isPos("PROPN") || !SpeakerPhrases.isCapitalised(s.token(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Cynthia Moss, curator of prints at the University of Arkansas, Fayetteville, said": a name
     * opening the clause, then a description between commas (which may hold commas of its own)
     * with no verb, up to the comma before the reporting verb. The span runs from the name to
     * the description's end; the name is the speaker, the description its role.
     */
    private int[] namedApposition(Sentence s, int comma) {
        for (int c = comma - 2; c >= 1 && c > comma - 30; c--) {
            Token t = s.token(c);
            if (t.pos().startsWith("VERB") && !SpeakerPhrases.isCapitalised(t) || t.lower().equals("who") || t.lower().equals("which")) {
                return null; // a verb ends the description; a capitalised one is part of a title ("Emerging Infection")
            }
            if (!t.text().equals(",")) {
                continue;
            }
            int nameEnd = c - 1;
            int nameStart = nameEnd;
            while (nameStart >= 0 && nameEnd - nameStart < 6 && (s.token(nameStart).pos().startsWith("PROPN")
                    || nameStart > firstWord(s) && s.token(nameStart).pos().startsWith("NOUN") && SpeakerPhrases.isCapitalised(s.token(nameStart))
                    || SpeakerPhrases.isCapitalised(s.token(nameStart)) && s.token(nameStart).text().endsWith(".")
                    || gluedJoiner(s, nameStart))) {
                nameStart--;
            }
            nameStart++;
            // one capitalised word names only when it opens the sentence: "Airbus, Europe's biggest planemaker, said"
            Token described = s.token(comma - 1);
            boolean oneWord = nameEnd == firstWord(s) && nameStart >= nameEnd
                    && (described.pos().startsWith("NOUN") || lexicon.isPersonNoun(described.text()))
                    && (s.token(nameEnd).isPos("PROPN") || s.token(nameEnd).isPos("NOUN"));
            if (oneWord) {
                nameStart = nameEnd;
            }
            boolean named = nameStart <= nameEnd && (nameEnd - nameStart >= 1 || oneWord) && SpeakerPhrases.isCapitalised(s.token(nameStart));
            if (named && (nameStart == firstWord(s) || isBoundary(s.token(nameStart - 1)) && !s.token(nameStart - 1).text().equals(",")
                    || afterIntroduction(s, nameStart - 1))) {
                return new int[] {nameStart, comma - 1};
            }
        }
        return nameWithComplement(s, comma);
    }

    /**
     * Whether the comma at {@code comma} closes a sentence-opening adjunct ("According to the
     * Herald,", "After the match,", "Speaking in their defence,"), so that the clause proper
     * starts after it.
     */
    private static boolean afterIntroduction(Sentence s, int comma) {
        if (comma < 1 || !s.token(comma).text().equals(",")) {
            return false;
        }
        int first = firstWord(s);
        for (int k = first; k < comma; k++) {
            if (s.token(k).text().equals(",")) {
                return false;
            }
        }
        Token t = s.token(first);
        return t.pos().startsWith("ADP") || t.isPos("SCONJ") || t.lower().equals("according")
                || t.pos().startsWith("VERB") && t.lower().endsWith("ing");
    }

    /**
     * "Lydia Moss for the Food Standards Agency, says …": a name opening the sentence, a
     * prepositional complement naming where the person works, and the comma before the verb.
     */
    private static int[] nameWithComplement(Sentence s, int comma) {
        int i = firstWord(s);
        int nameEnd = i;
        while (nameEnd < comma && s.token(nameEnd).pos().startsWith("PROPN")) {
            nameEnd++;
        }
        if (nameEnd - i < 2 || nameEnd >= comma || !NAME_COMPLEMENTS.contains(s.token(nameEnd).lower())) {
            return null;
        }
        for (int k = nameEnd + 1; k < comma; k++) {
            if (s.token(k).pos().startsWith("VERB") || s.token(k).text().equals(",")) {
                return null;
            }
        }
        return new int[] {i, comma - 1};
    }

    /** A hyphen or apostrophe glued between two name parts ("Al-Maeena", "O'Neill"). */
    private static boolean gluedJoiner(Sentence s, int i) {
        Token t = s.token(i);
        return i > 0 && i + 1 < s.size() && (t.text().equals("-") || t.text().equals("'") || t.text().equals("\u2019"))
                && t.begin() == s.token(i - 1).end() && t.end() == s.token(i + 1).begin();
    }

    private boolean hasTitleWord(Sentence s, int from, int to) {
        for (int i = from; i <= to; i++) {
            if (lexicon.isTitleWord(s.token(i)) || lexicon.isAnonymousHead(s.token(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBoundary(Token t) {
        return t.isPos("PUNCT") || t.isPos("SCONJ") || t.isPos("CCONJ") || t.isPos("ADV") || t.pos().startsWith("ADP");
    }

    /** Where a noun phrase ending at {@code end} starts, walking left over noun-phrase tokens. */
    private int npStartLeft(Sentence s, int end) {
        int i = end;
        int count = 0;
        while (i >= 0 && count < MAX_SUBJECT_TOKENS && inNounPhrase(s, i, end)) {
            i--;
            count++;
        }
        int start = i + 1;
        // A phrase must end on a noun ("officials", "Ryder"), not on a stray adjective or determiner.
        if (start > end || !(isNounLike(s.token(end)) || s.token(end).text().endsWith("."))) {
            return end + 1;
        }
        return start;
    }

    /** A noun, or a source word the tagger took for an adjective ("the official/ADJ added"). */
    private boolean isNounLike(Token t) {
        return t.pos().startsWith("NOUN") || t.pos().startsWith("PROPN") || SpeakerPhrases.isAcronym(t)
                || t.isPos("ADJ") && (lexicon.isAnonymousHead(t) || lexicon.isTitleWord(t));
    }

    private boolean inNounPhrase(Sentence s, int i, int end) {
        Token t = s.token(i);
        String pos = t.pos();
        String lower = t.lower();
        if (pos.startsWith("VERB") && lexicon.isAnonymousHead(t) && (i == 0 || s.token(i - 1).isPos("DET")
                || s.token(i - 1).isPos("ADJ") || s.token(i - 1).isPos("PUNCT"))) {
            return true; // "Sources familiar with the matter said": sentence-initial "Sources" tagged VERB
        }
        if (pos.startsWith("NOUN") || pos.startsWith("PROPN") || pos.equals("ADJ") || pos.equals("NUM") || pos.equals("DET")
                || pos.startsWith("PART") && (lower.equals("'s") || lower.equals("’s"))) {
            return !(pos.equals("DET") && i < end && lower.equals("that"));
        }
        if (pos.startsWith("PRON")) {
            return i < end && POSSESSIVES.contains(lower) || SpeakerPhrases.isAcronym(t);
        }
        boolean inside = i > 0 && i < end;
        if (!inside) {
            return false;
        }
        Token prev = s.token(i - 1);
        Token next = s.token(i + 1);
        if (SpeakerPhrases.isCapitalised(t) && next.pos().startsWith("PROPN") && i > firstWord(s) && !lower.equals("i")) {
            return true; // "researcher Mu/ADP Li", "The Straits/ADV Times": a name word the tagger took for another part
        }
        boolean nounLeft = prev.pos().startsWith("NOUN") || prev.pos().startsWith("PROPN") || prev.isPos("ADJ");
        if (pos.equals("PUNCT")) {
            // "Al-Sudani", "U.S.-Iraq", "Iraq’s" as tokens glued without spaces
            return (t.text().equals("-") || t.text().equals("’") || t.text().equals("'")) && t.begin() == prev.end()
                    || SpeakerPhrases.initialPeriod(s.tokens(), i);
        }
        if (lower.equals("and")) {
            // "U.S. and Iraqi officials", "the Food and Drug Administration", joint sources "the ministry and the bank"
            boolean nounPrev = prev.pos().startsWith("NOUN") || prev.pos().startsWith("PROPN");
            return (prev.pos().startsWith("PROPN") || prev.isPos("ADJ")) && (next.pos().startsWith("PROPN") || next.isPos("ADJ"))
                    || SpeakerPhrases.isCapitalised(prev) && SpeakerPhrases.isCapitalised(next) && nounPrev
                    || nounPrev && next.isPos("DET") && i + 2 <= end;
        }
        if (lower.equals("of")) {
            // "the office of the president", "a survey of residents"
            return nounLeft && (next.pos().startsWith("PROPN") || next.isPos("DET") || next.isPos("ADJ") || next.pos().startsWith("NOUN"));
        }
        if (lower.equals("with")) {
            return prev.lower().equals("familiar"); // "sources familiar with the matter"
        }
        if (lower.equals("for") || lower.equals("at") || lower.equals("in")) {
            // "a spokeswoman for the interior ministry", "an official at the embassy", "officials in Kyiv"
            // ", the Defence Ministry in Kyiv said"
            return (prev.pos().startsWith("NOUN") || prev.pos().startsWith("PROPN") || prev.isPos("ADJ"))
                    && (lexicon.isTitleWord(prev) || lexicon.isAnonymousHead(prev) || lexicon.isOrganisationHead(prev))
                    && (next.isPos("DET") || next.pos().startsWith("PROPN") || next.isPos("ADJ"));
        }
        return false;
    }

    /**
     * The noun phrase after an inverted verb ("…,” said Austin, who …"), or null; a description
     * ending in a title takes the name set off after it ("…,” said the company's chief executive,
     * Lars Olsen.").
     */
    private int[] rightSubject(Sentence s, int from) {
        int[] np = rightNounPhrase(s, from);
        if (np == null) {
            int end = rightNounPhraseEnd(s, from);
            if (end < from || !lexicon.isTitleWord(s.token(end))) {
                return null;
            }
            np = new int[] {from, end};
        }
        int name = nameAfterTitle(s, np[1]);
        if (name > 0 && (name + 1 == s.size() || s.token(name + 1).isPos("PUNCT"))) {
            return new int[] {from, name};
        }
        return np;
    }

    /** The last token of the noun-phrase-like run starting at {@code from}; {@code from - 1} when there is none. */
    private static int rightNounPhraseEnd(Sentence s, int from) {
        int i = from;
        while (i < s.size() && i - from < MAX_SUBJECT_TOKENS && isRightNounPhraseToken(s, i, from)) {
            i++;
        }
        return i - 1;
    }

    private static boolean isRightNounPhraseToken(Sentence s, int i, int from) {
        Token t = s.token(i);
        String pos = t.pos();
        if (pos.equals("DET") && i > from && SpeakerPhrases.isCapitalised(s.token(i - 1))) {
            return false; // "According to Rathbun | the property …": a determiner after a name starts the next phrase
        }
        return pos.startsWith("NOUN") || pos.startsWith("PROPN") || pos.equals("ADJ") || pos.equals("DET")
                || pos.equals("NUM") || (pos.equals("PUNCT") && t.text().equals("-") && i > from)
                || i == from && SpeakerPhrases.isCapitalised(t) && !pos.equals("PRON"); // "Rathbun/VERB": a name mis-tagged
    }

    private static int[] rightNounPhrase(Sentence s, int from) {
        int end = rightNounPhraseEnd(s, from);
        if (end < from) {
            return null;
        }
        String pos = s.token(end).pos();
        return pos.startsWith("NOUN") || pos.startsWith("PROPN") ? new int[] {from, end} : null;
    }

    /** "told the outlet", "told reporters": the listener phrase right after the verb, or null. */
    private static int[] listener(Sentence s, int from) {
        int[] np = rightNounPhrase(s, from);
        for (int k = np == null ? -1 : from + 1; np != null && k <= np[1]; k++) {
            if (s.token(k).isPos("DET") && !s.token(k - 1).isPos("DET")) {
                np = new int[] {from, k - 1}; // "told CBC News | the department will …": the content's subject
                break;
            }
        }
        if (np != null && np[1] > np[0] && np[1] + 1 < s.size() && s.token(np[1] + 1).pos().startsWith("AUX")
                && s.token(np[1]).isPos("NOUN") && (s.token(np[1] - 1).isPos("NOUN") || s.token(np[1] - 1).isPos("PROPN"))) {
            np = new int[] {np[0], np[1] - 1}; // "told the paper | prices had doubled": the last noun is the content's subject
        }
        if (np == null && from < s.size() && s.token(from).pos().startsWith("PRON") && !s.token(from).lower().equals("that")) {
            return new int[] {from, from};
        }
        return np;
    }

    /**
     * Where the content starts after the verb: after a complementiser "that" within reach, else at
     * the first token that is not an adverb, a comma, a date or a prepositional adjunct; the size
     * of the sentence when nothing but adjuncts follows ("…, X said on Tuesday at a briefing.").
     */
    private static int contentStart(Sentence s, int from, List<TemporalExpression> times) {
        int that = complementiser(s, from, times);
        if (that >= 0) {
            return that + 1;
        }
        int j = from;
        while (j < s.size()) {
            Token t = s.token(j);
            if (relativeClauseFollows(s, j) || t.lower().equals("who") || t.lower().equals("whose")) {
                return s.size();
            }
            if (j > from && s.token(j - 1).text().equals(",") && t.pos().startsWith("VERB") && t.lower().endsWith("ing")
                    && !isQuoteMark(t)) {
                return s.size(); // "…, an official said, speaking on condition of anonymity."
            }
            if (t.isPos("CCONJ") && j + 1 < s.size() && (s.token(j + 1).pos().startsWith("VERB")
                    || s.token(j + 1).isPos("ADV") && j + 2 < s.size() && s.token(j + 2).pos().startsWith("VERB"))) {
                return s.size(); // "“…,” she said, but refused to give details.": a second predicate, no content
            }
            if (inTime(t, times) || t.isPos("ADV") || t.text().equals(",") || t.text().equals(":")) {
                j++;
            } else if (isPreposition(t)) {
                int k = skipAdjunct(s, j + 1);
                if (k == j + 1 && k < s.size() && s.token(k).pos().startsWith("VERB") && s.token(k).lower().endsWith("ing")) {
                    k = skipToClauseEnd(s, k); // "… Graham said after winning.": a gerund adjunct, no content
                }
                if (k >= s.size() || endsClause(s.token(k)) || s.token(k).text().equals(":")) {
                    j = k; // "said in a statement: …
                } else {
                    break;
                }
            } else if (t.text().equals(",") || endsClause(t)) {
                j++;
            } else {
                break;
            }
        }
        if (j >= s.size() || isFinalPunct(s, j) || relativeClauseFollows(s, j)) {
            return s.size();
        }
        return j;
    }

    /**
     * The complementiser "that" after the verb and its adjuncts ("said on Tuesday that",
     * "said in a statement that", "told reporters on Friday that"), whatever its tag; or -1.
     */
    private static int complementiser(Sentence s, int from, List<TemporalExpression> times) {
        int j = from;
        while (j < s.size() && j < from + 25) {
            Token t = s.token(j);
            if (t.lower().equals("that")) {
                return j;
            }
            if (inTime(t, times) || t.isPos("ADV") || t.text().equals(",")) {
                j++;
            } else if (isPreposition(t) || toSomeone(s, j)) {
                j = skipAdjunct(s, j + 1);
            } else if (t.lower().equals("to") && j + 1 < s.size() && MAKE.contains(s.token(j + 1).lower())
                    && j + 2 < s.size() && CLEAR.contains(s.token(j + 2).lower())) {
                j += 3; // "wrote to Minister Gallant to make clear that …"
            } else {
                return -1;
            }
        }
        return -1;
    }

    /** A preposition, also "on" tagged as a conjunction before a quoted name ("says on “The Countdown”"). */
    private static boolean isPreposition(Token t) {
        return t.pos().startsWith("ADP") && !isQuoteMark(t) || t.isPos("SCONJ") && t.lower().equals("on");
    }

    /** "to Minister Gallant", "to the board": "to" before a noun phrase, whatever its tag. */
    private static boolean toSomeone(Sentence s, int j) {
        if (!s.token(j).lower().equals("to") || j + 1 >= s.size()) {
            return false;
        }
        String next = s.token(j + 1).pos();
        return next.startsWith("PROPN") || next.equals("DET") || next.startsWith("NOUN") || SpeakerPhrases.isCapitalised(s.token(j + 1));
    }

    private static final Set<String> MAKE = Set.of("make", "makes", "made", "making");
    private static final Set<String> CLEAR = Set.of("clear", "plain");

    /** Skips a prepositional adjunct's noun phrase ("at the Pentagon", "in a statement"). */
    private static int skipAdjunct(Sentence s, int from) {
        int k = from;
        while (k < s.size()) {
            String pos = s.token(k).pos();
            if (pos.startsWith("NOUN") || pos.startsWith("PROPN") || pos.equals("DET") || pos.equals("ADJ") || pos.equals("NUM")
                    || SpeakerPhrases.isCapitalised(s.token(k))) { // "to Commissioner/VERB Vidal/ADJ": a name, whatever its tags
                k++;
            } else if (k == from && isQuoteMark(s.token(k)) && quotedNameEnd(s, k) > 0) {
                k = quotedNameEnd(s, k); // "on “Morning Report”": a programme or page named in quotes
            } else {
                break;
            }
        }
        return k;
    }

    private static int skipToClauseEnd(Sentence s, int from) {
        int k = from;
        while (k < s.size() && !endsClause(s.token(k)) && !isQuoteMark(s.token(k))) {
            k++;
        }
        return k;
    }

    private static boolean endsClause(Token t) {
        return t.text().equals(".") || t.text().equals(",") || t.text().equals("!") || t.text().equals("?");
    }

    private static boolean isFinalPunct(Sentence s, int j) {
        for (int k = j; k < s.size(); k++) {
            if (!s.token(k).isPos("PUNCT")) {
                return false;
            }
        }
        return true;
    }

    /** ", who continues to …" after the attribution: no content there. */
    private static boolean relativeClauseFollows(Sentence s, int j) {
        return j + 1 < s.size() && s.token(j).text().equals(",") && s.token(j + 1).pos().startsWith("PRON");
    }

    /**
     * The content before an attribution starting at token {@code attributionStart}: from the
     * sentence start (or the start of a quote that began in an earlier sentence) to the last
     * word before the separating comma or closing quote.
     */
    /** An inverted attribution set off by commas inside its clause: more words follow the comma after the speaker. */
    private static boolean parenthetical(Sentence s, int speakerTo) {
        int comma = speakerTo + 1;
        return comma + 2 < s.size() && s.token(comma).text().equals(",")
                && Character.isLowerCase(s.token(comma + 1).text().charAt(0)) && !s.token(comma + 1).isPos("PRON");
    }

    private static int[] contentBefore(Sentence s, int attributionStart, QuoteSpans quotes) {
        int end = attributionStart - 1;
        while (end >= 0 && (s.token(end).text().equals(",") || s.token(end).text().equals("—"))) {
            end--;
        }
        if (end < 0 || attributionStart == 0) {
            return null;
        }
        int begin = s.begin();
        QuoteSpans.Span open = quotes.at(s.begin());
        if (open != null && open.begin() < s.begin()) {
            begin = open.begin();
        }
        int contentEnd = s.token(end).end();
        return contentEnd > begin ? new int[] {begin, contentEnd} : null;
    }

    /**
     * "Dr Ana Ruiz, director of the agency, said:" closing its paragraph: the statement is the
     * paragraph that follows (press releases set quotes off so, without quote marks). Returns the
     * attribution with an empty content for the caller to fill, or null.
     */
    Attribution colonBlock(Sentence s) {
        int last = s.size() - 1;
        if (last < 2 || !s.token(last).text().equals(":")) {
            return null;
        }
        int v = colonVerb(s, last);
        if (v < 0) {
            return null;
        }
        Lexicon.ReportingVerb reporting = lexicon.reportingVerb(s.token(v));
        int[] subject = leftSubject(s, v);
        return subject == null ? null
                : new Attribution(reporting.lemma(), v, subject[0], subject[1], s.end(), s.end(), null, -1, -1);
    }

    /**
     * "The government updated the toll in a statement on Wednesday", "Senator Quint issued a
     * statement": the token of a document noun put out by the clause's subject, with that subject's
     * token span ({@code [noun, from, to]}), or null.
     */
    int[] documentIssued(Sentence s, int noun) {
        int det = articleBefore(s, noun);
        if (det < 1 || !lexicon.isAttributionNoun(s.token(noun)) || s.token(det).lower().equals("the")) {
            return null; // "a statement", not "the statement": a document put out here
        }
        int verb = issuingVerb(s, noun);
        if (verb < 0 && s.token(det - 1).lower().equals("in")) {
            // the main clause's verb: after an opening adjunct ("After a toll announced on Monday, the
            // government updated … in a statement"), not a participle inside it or after it
            int start = firstWord(s);
            if (s.token(start).isPos("ADP") || s.token(start).isPos("SCONJ")) {
                while (start < noun && !s.token(start).text().equals(",")) {
                    start++;
                }
            }
            for (int v = start; v < det - 1 && verb < 0; v++) {
                Token t = s.token(v);
                if (t.pos().startsWith("VERB") && !t.text().endsWith("ing") && !isPassive(s, v)) {
                    verb = v;
                }
            }
        }
        if (verb < 0) {
            return null;
        }
        int[] subject = leftSubject(s, verb);
        return subject == null ? null : new int[] {noun, subject[0], subject[1]};
    }

    /**
     * "Gates responded with a statement on his blog: “The world rarely sees …”", "X has called the
     * ruling “dangerous”:" and a quoted paragraph: a clause whose subject introduces a quote with a
     * colon, whatever its verb. {@code colon} is the colon's token; returns the attribution with an
     * empty content for the caller to fill with the quote, or null.
     */
    Attribution colonQuote(Sentence s, int colon, QuoteSpans quotes) {
        if (quotes.at(s.token(colon).begin()) != null) {
            return null;
        }
        for (int v = 0; v < colon; v++) {
            Token t = s.token(v);
            if (!t.pos().startsWith("VERB") || t.text().endsWith("ing") || quotes.at(t.begin()) != null || isPassive(s, v)) {
                continue;
            }
            int[] subject = leftSubject(s, v);
            if (subject == null) {
                return null; // the first verb has no subject of its own: an opening participle or adjunct
            }
            return new Attribution(t.lemma() == null ? t.lower() : t.lemma(), v, subject[0], subject[1], s.end(), s.end(), null, -1, -1);
        }
        return null;
    }

    /**
     * "Senator Ada Quint issued a statement regarding the closure." followed by a quote: the
     * subject issued a document whose words the next sentence quotes. Returns the attribution
     * with an empty content for the caller to fill with that quote, or null.
     */
    Attribution issuedDocument(Sentence s) {
        for (int k = 3; k < s.size(); k++) {
            int v = lexicon.isAttributionNoun(s.token(k)) ? issuingVerb(s, k) : -1;
            if (v >= 1) {
                int[] subject = leftSubject(s, v);
                return subject == null ? null : new Attribution("issue", v, subject[0], subject[1], s.end(), s.end(), null, -1, -1);
            }
        }
        return null;
    }

    /** "issued a (brief) statement": the issuing verb before the document noun at {@code noun}, or -1. */
    private int issuingVerb(Sentence s, int noun) {
        int det = articleBefore(s, noun);
        if (det < 1) {
            return -1;
        }
        Token v = s.token(det - 1);
        return v.pos().startsWith("VERB") && ISSUING_VERBS.contains(v.lower()) && !isPassive(s, det - 1) ? det - 1 : -1;
    }

    /** The determiner of the noun at {@code noun}, adjectives between ("a brief statement"), or -1. */
    private static int articleBefore(Sentence s, int noun) {
        int k = noun - 1;
        while (k >= 0 && s.token(k).isPos("ADJ")) {
            k--;
        }
        return k >= 0 && s.token(k).isPos("DET") ? k : -1;
    }

    /**
     * The reporting verb a closing colon belongs to: right before it ("X said:"), or before
     * adjuncts only ("X tweeted using his account:", "X wrote in a letter to staff on Monday:"),
     * or -1.
     */
    private int colonVerb(Sentence s, int colon) {
        for (int v = colon - 1; v >= 0 && v >= colon - 12; v--) {
            Token t = s.token(v);
            if (lexicon.reportingVerb(t) != null && t.pos().startsWith("VERB") && quotesNothing(s, v + 1, colon)) {
                return v;
            }
            boolean adjunct = t.pos().startsWith("ADP") || t.isPos("DET") || t.pos().startsWith("NOUN") || t.pos().startsWith("PROPN")
                    || t.isPos("ADJ") || t.isPos("NUM") || t.isPos("ADV") || t.text().equals(",")
                    || t.isPos("PRON") && POSSESSIVES.contains(t.lower())
                    || t.pos().startsWith("VERB") && t.lower().endsWith("ing") && v > 0 && !s.token(v - 1).isPos("AUX");
            if (!adjunct || t.lower().equals("that")) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean quotesNothing(Sentence s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (isQuoteMark(s.token(i))) {
                return false;
            }
        }
        return true;
    }

    // ---------------------------------------------------------------- source phrases

    /** "according to X" and "as stated by/in X": the content is the rest of the sentence. */
    private Attribution sourcePhrase(Sentence s, int i, QuoteSpans quotes, List<TemporalExpression> times) {
        Token t = s.token(i);
        int phraseStart;
        String cue;
        if (t.lower().equals("according") && s.token(i + 1).lower().equals("to")) {
            phraseStart = i + 2;
            cue = "according to";
        } else if (t.lower().equals("in") && i + 4 < s.size() && s.token(i + 1).lower().equals("the")
                && s.token(i + 2).lower().equals("words") && s.token(i + 3).lower().equals("of")) {
            phraseStart = i + 4; // "in the words of the prosecutor, …"
            cue = "according to";
        } else if (t.lower().equals("as") && lexicon.reportingVerb(s.token(i + 1)) != null
                && SOURCE_PREPOSITIONS.contains(s.token(i + 2).lower()) && i + 3 < s.size()) {
            phraseStart = i + 3;
            cue = lexicon.reportingVerb(s.token(i + 1)).lemma();
        } else {
            return null;
        }
        if (quotes.at(t.begin()) != null) {
            return null;
        }
        int phraseEnd = phraseStart;
        while (phraseEnd + 1 < s.size() && !(s.token(phraseEnd + 1).text().equals(",") && !inTime(s.token(phraseEnd + 1), times))
                && !isFinalPunct(s, phraseEnd + 1)) {
            phraseEnd++;
        }
        phraseEnd = namedAfterRole(s, phraseEnd);
        int first = firstWord(s);
        boolean words = t.lower().equals("in"); // "…, and in the words of X, “…”": the words follow the source
        if (i <= first || words) {
            // "According to X, content."
            int np = rightNounPhraseEnd(s, phraseStart);
            if (np >= phraseStart && np < phraseEnd && (s.token(np).pos().startsWith("PROPN") || s.token(np).pos().startsWith("NOUN")
                    || SpeakerPhrases.isCapitalised(s.token(np)))
                    && finiteVerbBefore(s, np + 1, phraseEnd + 1)) {
                // "According to the Saudi Interior Ministry over 345 pilgrims have died near Mecca, Saudi Arabia.":
                // no comma after the source; the content is the clause after its noun phrase
                return new Attribution(cue, -1, phraseStart, np, s.token(np + 1).begin(), sentenceEnd(s), null, -1, -1);
            }
            int c = phraseEnd + 1;
            while (c < s.size() && s.token(c).text().equals(",")) {
                c++;
            }
            if (c < s.size() && !isFinalPunct(s, c)) {
                return new Attribution(cue, -1, phraseStart, phraseEnd, s.token(c).begin(), sentenceEnd(s), null, -1, -1);
            }
            if (i <= first) {
                return null;
            }
        }
        int[] content = contentBefore(s, i, quotes);
        if (content == null) {
            return null;
        }
        return new Attribution(cue, -1, phraseStart, phraseEnd, content[0], content[1], null, -1, -1);
    }

    /**
     * "according to the harbour master, Tom Reyes, …": a role, then the name of its holder set off
     * by commas, is one source; returns the end of the name (or {@code end} when none follows).
     */
    private int namedAfterRole(Sentence s, int end) {
        int name = nameAfterTitle(s, end);
        return name > 0 && name + 1 < s.size() && s.token(name + 1).text().equals(",") ? name : end;
    }

    /**
     * "the port spokesman, Tom Reyes": when {@code title} ends in a title word and a comma and a
     * name of two or more capitalised proper nouns follow, the name's last token; else -1.
     */
    private int nameAfterTitle(Sentence s, int title) {
        int comma = title + 1;
        if (comma + 2 >= s.size() || !s.token(comma).text().equals(",") || !lexicon.isTitleWord(s.token(title))) {
            return -1;
        }
        int k = comma + 1;
        while (k < s.size() && s.token(k).isPos("PROPN") && SpeakerPhrases.isCapitalised(s.token(k))) {
            k++;
        }
        return k - comma - 1 >= 2 ? k - 1 : -1;
    }

    private static int firstWord(Sentence s) {
        int i = 0;
        while (i < s.size() && s.token(i).isPos("PUNCT")) {
            i++;
        }
        return i;
    }

    // ---------------------------------------------------------------- content boundaries

    /**
     * Ends each content where the next attribution of the sentence begins ("… , and he added",
     * "… and expressed …", "…, according to X"), splits "that A and that B", and extends a content
     * that stops inside a quote to the quote's end.
     */
    private List<Attribution> cut(Sentence s, List<Attribution> found, QuoteSpans quotes) {
        List<Attribution> out = new ArrayList<>();
        for (Attribution a : found) {
            if (reportsOwnView(s, a, found)) {
                continue;
            }
            int end = a.contentEnd();
            for (Attribution b : found) {
                if (b == a) {
                    continue;
                }
                int bStart = attributionStart(s, b);
                if (bStart > a.contentBegin() && bStart < end) {
                    end = trimRight(s, bStart);
                }
            }
            QuoteSpans.Span q = quotes.at(Math.max(a.contentBegin(), end - 1));
            if (q != null && q.end() > end && q.begin() >= a.contentBegin() - 1) {
                end = q.end();
            }
            if (end <= a.contentBegin()) {
                continue;
            }
            out.addAll(splitRepeatedThat(s, a.withContent(a.contentBegin(), end), quotes));
        }
        return out;
    }

    /**
     * "Djamal told reporters that he felt the best option was …": a view reported with a pronoun
     * subject at the very start of another attribution's content is part of that claim, not a
     * claim of its own.
     */
    private static boolean reportsOwnView(Sentence s, Attribution b, List<Attribution> found) {
        if (!b.hasSpeakerPhrase() || b.speakerFrom() != b.speakerTo() || !s.token(b.speakerFrom()).isPos("PRON")) {
            return false;
        }
        int start = attributionStart(s, b);
        return found.stream().anyMatch(a -> a != b && a.contentBegin() == start
                && a.cueToken() >= 0 && s.token(a.cueToken()).begin() < start);
    }

    /** Character offset where an attribution's own words begin (its subject, its "and", its cue). */
    private static int attributionStart(Sentence s, Attribution b) {
        if (b.cueToken() < 0) {
            int cueIndex = b.speakerFrom() - 2;
            if (cueIndex > 0 && s.token(cueIndex - 1).lower().equals("as")) {
                cueIndex--;
            }
            return s.token(Math.max(0, cueIndex)).begin();
        }
        int start = b.cueToken();
        if (b.hasSpeakerPhrase() && b.speakerFrom() < start) {
            start = b.speakerFrom();
        }
        int i = skipLeftAdverbs(s, start - 1);
        if (i >= 0 && (s.token(i).lower().equals("and") || s.token(i).lower().equals("but"))) {
            start = i;
        }
        return s.token(start).begin();
    }

    /** The end offset of the last word before {@code offset}, skipping commas and conjunctions. */
    private static int trimRight(Sentence s, int offset) {
        int lo = 0;
        int hi = s.size() - 1;
        int k = -1; // the last token starting before offset (tokens are in text order: binary search)
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (s.token(mid).begin() < offset) {
                k = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        while (k >= 0 && (s.token(k).text().equals(",") || s.token(k).lower().equals("and") || s.token(k).lower().equals("but"))) {
            k--;
        }
        return k >= 0 ? s.token(k).end() : offset;
    }

    /** "said that A and that B" → two contents, A and B. */
    private static List<Attribution> splitRepeatedThat(Sentence s, Attribution a, QuoteSpans quotes) {
        List<Attribution> parts = new ArrayList<>();
        int begin = a.contentBegin();
        for (int i = 1; i + 1 < s.size(); i++) {
            Token t = s.token(i);
            if (t.begin() <= begin || t.end() > a.contentEnd()) {
                continue;
            }
            if (t.lower().equals("and") && s.token(i + 1).lower().equals("that") && s.token(i + 1).isPos("SCONJ")
                    && quotes.at(t.begin()) == null) {
                int end = trimRight(s, t.begin());
                if (end > begin) {
                    parts.add(a.withContent(begin, end));
                }
                begin = s.token(i + 1).end() + 1;
            }
        }
        if (parts.isEmpty()) {
            return List.of(a);
        }
        if (a.contentEnd() > begin) {
            parts.add(a.withContent(begin, a.contentEnd()));
        }
        return parts;
    }

    // ---------------------------------------------------------------- helpers

    private static int skipLeftAdverbs(Sentence s, int i) {
        while (i >= 0) {
            Token t = s.token(i);
            if (t.isPos("ADV") || t.pos().startsWith("AUX") || (t.lower().equals("have") || t.lower().equals("has") || t.lower().equals("had"))) {
                i--;
            } else {
                break;
            }
        }
        return i;
    }

    /** What stands between a claim and an attribution after it: "…, X said", "…” X said", "… — X said". */
    private static boolean separatesAttribution(Token t) {
        String x = t.text();
        return isQuoteOrComma(t) || x.equals("\u2014") || x.equals("\u2013") || x.equals("-") || x.equals(":")
                || x.equals(";") || x.endsWith("\u201D") || x.endsWith("\"") || x.equals("and") || x.equals("but");
    }

    private static boolean isQuoteOrComma(Token t) {
        return t.text().equals(",") || isQuoteMark(t);
    }

    private static boolean isQuoteMark(Token t) {
        String x = t.text();
        return x.equals("\u201C") || x.equals("\u201D") || x.equals("\"") || x.equals(",\u201D") || x.equals("''") || x.equals("``");
    }

    private static boolean inTime(Token t, List<TemporalExpression> times) {
        for (TemporalExpression e : times) {
            if (t.begin() >= e.begin() && t.end() <= e.end()) {
                return true;
            }
        }
        return false;
    }

    /** End of the sentence's text without its final period (quotes kept). */
    private static int sentenceEnd(Sentence s) {
        int k = s.size() - 1;
        while (k > 0 && (s.token(k).text().equals(".") || s.token(k).text().equals(","))) {
            k--;
        }
        return s.token(k).end();
    }
}
