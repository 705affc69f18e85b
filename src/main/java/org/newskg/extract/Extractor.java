package org.newskg.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newskg.corpus.Article;
import org.newskg.nlp.AnnotatedText;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;
import org.newskg.time.TemporalExpression;
import org.newskg.time.TemporalTagger;

/**
 * Article + its NLP annotation → actors and statements (plain records). Thread-safe and
 * stateless between calls: all per-article state lives in the call.
 */
public final class Extractor {
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    private final Lexicon lexicon;
    private final Gazetteer gazetteer;
    private final TemporalTagger tagger = new TemporalTagger();
    private final AttributionFinder finder;
    private final SpeakerPhrases speakers;
    private final TurnStatements turnStatements;
    private final EventExtractor events;
    private final UnitExtractor units;
    private final AgreementExtractor agreements;

    public Extractor(Lexicon lexicon, Gazetteer gazetteer) {
        this.lexicon = lexicon;
        this.gazetteer = gazetteer;
        this.finder = new AttributionFinder(lexicon);
        this.speakers = new SpeakerPhrases(gazetteer, lexicon);
        this.turnStatements = new TurnStatements(lexicon, gazetteer);
        this.events = new EventExtractor(gazetteer);
        this.units = new UnitExtractor(gazetteer);
        this.agreements = new AgreementExtractor(gazetteer);
    }

    /** An extractor with the bundled lexicons and gazetteer. */
    public static Extractor standard() {
        return new Extractor(Lexicon.load(), Gazetteer.load());
    }

    public ArticleExtraction extract(Article article, AnnotatedText nlp) {
        String text = article.text();
        List<TemporalExpression> times = tagger.tag(text, article.meta().published());
        QuoteSpans quotes = QuoteSpans.of(text);
        List<Sentence> body = bodySentences(text, nlp.sentences());
        ActorRegistry registry = new ActorRegistry(article.id());
        findNamedMentions(registry, body);

        SpeakerTurns turns = SpeakerTurns.of(text, article.meta().publisher(), lexicon);
        List<Draft> drafts = new ArrayList<>();
        for (Sentence s : body) {
            SpeakerTurns.Paragraph turn = turns.at(s.begin());
            if (turn != null && turn.role() == SpeakerTurns.Role.QUESTION) {
                continue; // a journalist's question attributes nothing
            }
            List<TemporalExpression> local = within(times, s.begin(), s.end());
            for (Attribution found : finder.find(s, quotes, local)) {
                if (turn != null && found.cueToken() >= 0 && s.token(found.cueToken()).begin() < turn.begin()) {
                    continue; // "SENIOR STATE DEPARTMENT OFFICIAL:": a label's words are no reporting verb
                }
                for (Attribution a : jointSources(s, found)) {
                    Draft d = draft(registry, s, a, drafts, article.meta().publisher());
                    if (d != null) {
                        drafts.add(d);
                    }
                }
            }
        }
        for (int k = 0; k + 1 < body.size(); k++) {
            Attribution colon = finder.colonBlock(body.get(k));
            int[] next = colon == null ? null : nextParagraph(body, k);
            if (next != null) {
                Draft d = draft(registry, body.get(k), colon.withContent(next[0], next[1]), drafts, article.meta().publisher());
                if (d != null) {
                    d.ownWords = true;
                    drafts.add(d);
                }
            }
        }
        for (int k = 0; k < body.size(); k++) {
            Draft d = colonThenQuote(registry, body, k, quotes, drafts, article.meta().publisher());
            if (d != null) {
                drafts.add(d);
            }
        }
        drafts.addAll(commentsFrom(registry, body, quotes, drafts, text));
        if (!turns.isTranscript()) {
            drafts.addAll(firstPersonParagraphs(drafts, body, quotes, text)); // a transcript's turns are its speakers' own
        }
        for (int k = 0; k + 1 < body.size(); k++) {
            Draft d = issuedThenQuoted(registry, body, k, quotes, drafts, article.meta().publisher());
            if (d != null) {
                drafts.add(d);
            }
        }
        if (turns.isTranscript()) {
            drafts.addAll(turnStatements.drafts(turns, body, registry));
        }
        drafts.sort(java.util.Comparator.comparingInt(Draft::begin));
        List<Draft> merged = QuoteContinuations.merge(drafts, quotes, body, text);
        List<Statement> statements = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Draft d : merged) {
            String speakerKey = registry.currentKey(d.speaker.key);
            String content = ContentText.clean(d.text(text));
            if (SPACES.split(content).length < 3 || !seen.add(speakerKey + "\u0000" + content)) {
                continue;
            }
            Evidence evidence = evidence(body, d.begin(), d.end(), d.sentence, text);
            // Dates inside any claim of the sentence belong to that claim, not to this attribution.
            List<Draft> sameSentence = merged.stream().filter(o -> o.sentence == d.sentence && !(o == d && d.verbInContent)).toList();
            StatementDate date = d.transcript ? StatementDates.ofTranscript(article.meta().published()) : StatementDates.of(text, evidence.begin(), evidence.end(),
                    offset -> offset < d.clauseBegin || sameSentence.stream().anyMatch(o -> o.covers(offset)), times,
                    article.meta().published());
            if (date.rule().equals("publication") && !d.transcript) {
                StatementDate current = date;
                Sentence before = previous(body, d.sentence);
                // a previous sentence that reports a claim ("X stated Y left on September 24") dates what
                // it says, not this statement; one whose claim is an act ("criticised … on Monday") may
                boolean claimBefore = merged.stream().anyMatch(o -> o.sentence == before && !o.verbInContent);
                date = (claimBefore ? Optional.<StatementDate>empty()
                        : StatementDates.fromPreviousSentence(before, registry.get(speakerKey).names, times, article.meta().published()))
                        .or(() -> StatementDates.fromOccasion(text, d.sentence, d::covers, times, quotes, article.meta().published()))
                        .or(() -> StatementDates.afterAct(d.sentence, before, d::covers, times, article.meta().published()))
                        .orElse(current);
            }
            Statement.Mode mode = d.ownWords ? Statement.Mode.DIRECT : ContentText.mode(d.raw(text));
            statements.add(new Statement(statements.size() + 1, speakerKey, content, mode,
                    d.cue, date, evidence, d.reportedBy == null ? null : registry.currentKey(d.reportedBy.key),
                    about(registry, body, d, speakerKey)));
        }
        UnitExtractor.Result forces = units.extract(registry, body);
        List<Event> eventList = events.extract(registry, body, times, statements, text, article.meta().published());
        List<AgreementFact> agreementList = agreements.extract(registry, body, times);
        // A later pass may meet the full name of a person first seen by surname, which takes the surname's node over.
        statements = statements.stream().map(st -> withCurrentKeys(st, registry)).toList();
        return new ArticleExtraction(article, registry.actors(), statements, eventList, forces.deployments(), agreementList,
                forces.mentions(), registry.relations(), nlp.sentences().size(), nlp.tokenCount());
    }

    private static Statement withCurrentKeys(Statement st, ActorRegistry registry) {
        return new Statement(st.number(), registry.currentKey(st.speaker()), st.text(), st.mode(), st.reportingVerb(), st.date(),
                st.evidence(), st.reportedBy() == null ? null : registry.currentKey(st.reportedBy()),
                st.about().stream().map(registry::currentKey).distinct().toList());
    }

    /** An attribution with its speaker resolved, before quote continuations are merged. */
    static final class Draft {
        final ActorRegistry.Draft speaker;
        final String cue;
        final Sentence sentence;
        /** Content pieces as character spans, in text order: a quote may continue after its attribution. */
        final List<int[]> segments = new ArrayList<>();
        ActorRegistry.Draft reportedBy;
        /** The claim begins with its own verb ("condemned the attack on Sunday"): its dates date the speech act. */
        boolean verbInContent;
        /**
         * Where the attribution's own clause begins when a clause coordinated before it holds other
         * times ("The broadcasts began on August 10 | and South Korea says …"), else 0.
         */
        int clauseBegin;
        /** A speaker's turn in a transcript: the speaker's own words, said on the transcript's day. */
        boolean transcript;
        /** The speaker's own words without quote marks (a transcript's turn, "X said:" and the next paragraph). */
        boolean ownWords;

        Draft(ActorRegistry.Draft speaker, String cue, Sentence sentence, int contentBegin, int contentEnd,
                ActorRegistry.Draft reportedBy) {
            this.speaker = speaker;
            this.cue = cue;
            this.sentence = sentence;
            this.segments.add(new int[] {contentBegin, contentEnd});
            this.reportedBy = reportedBy;
        }

        int begin() {
            return segments.get(0)[0];
        }

        int end() {
            return segments.get(segments.size() - 1)[1];
        }

        boolean covers(int offset) {
            return segments.stream().anyMatch(g -> offset >= g[0] && offset < g[1]);
        }

        String text(String article) {
            StringBuilder b = new StringBuilder();
            for (int[] g : segments) {
                // pieces of one quote around its attribution: "A," she said. "B." → "A … B."
                b.append(b.length() == 0 ? "" : " \u2026 ").append(ContentText.clean(article.substring(g[0], g[1])));
            }
            return b.toString();
        }

        /** The content as written, quote marks included (for the mode). */
        String raw(String article) {
            StringBuilder b = new StringBuilder();
            segments.forEach(g -> b.append(article, g[0], g[1]).append(' '));
            return b.toString();
        }
    }

    /**
     * "The ministry and the central bank said …", "Both the school district and the police have
     * asserted …": joint sources, one attribution each. Only a subject without commas is split
     * (so "X, president and chief executive of Y, said" stays one), at an "and" between a noun and
     * the start of another noun phrase, and not inside a known name ("Food and Drug Administration").
     */
    private List<Attribution> jointSources(Sentence s, Attribution a) {
        if (!a.hasSpeakerPhrase()) {
            return List.of(a);
        }
        List<Attribution> out = new ArrayList<>(listBefore(s, a, a.speakerFrom()));
        out.addAll(jointSubject(s, a));
        return out;
    }

    /** "Both X and Y said": one attribution per conjunct of the subject the finder found. */
    private List<Attribution> jointSubject(Sentence s, Attribution a) {
        if (a.speakerTo() - a.speakerFrom() < 2) {
            return List.of(a);
        }
        int from = a.speakerFrom();
        if (s.token(from).lower().equals("both")) {
            from++;
        }
        List<Integer> ands = new ArrayList<>();
        for (int i = from; i <= a.speakerTo(); i++) {
            Token t = s.token(i);
            if (t.text().equals(",")) {
                return List.of(a);
            }
            if (t.text().equals("and") && i > from && i < a.speakerTo()) {
                Token left = s.token(i - 1);
                Token right = s.token(i + 1);
                boolean nounLeft = left.pos().startsWith("NOUN") || left.pos().startsWith("PROPN");
                boolean phraseRight = right.isPos("DET") || right.pos().startsWith("PROPN") || right.isPos("ADJ")
                        || right.pos().startsWith("NOUN");
                // "Procter and Gamble" is one name; "Ana Ruiz and Tom Berg" are two people: each side opens with a given name
                boolean twoPeople = lexicon.gender(right.text()) != 0 && i - 2 >= from && lexicon.gender(s.token(from).text()) != 0
                        && SpeakerPhrases.isCapitalised(s.token(i - 2));
                boolean insideName = SpeakerPhrases.isCapitalised(left) && SpeakerPhrases.isCapitalised(right) && !twoPeople;
                if (nounLeft && phraseRight && !insideName) {
                    ands.add(i);
                }
            }
        }
        if (ands.isEmpty() || gazetteer.byName(s.span(from, a.speakerTo())).isPresent()) {
            return List.of(a);
        }
        List<Attribution> out = new ArrayList<>();
        int start = from;
        for (int and : ands) {
            out.add(a.withSpeaker(start, and - 1));
            start = and + 1;
        }
        out.add(a.withSpeaker(start, a.speakerTo()));
        return out;
    }

    /**
     * "the U.S. government, President Sandu, the security services, and other partners have
     * warned": the named sources listed with commas before the subject the finder found, one
     * attribution each, in text order; none unless every listed phrase holds a name (an apposition
     * such as "Ana Ruiz, the mayor, said" lists nobody) and the list opens its clause.
     */
    private static List<Attribution> listBefore(Sentence s, Attribution a, int from) {
        int k = from - 1;
        if (s.token(from).pos().startsWith("PRON")) {
            return List.of(); // "…, and he added": a new clause, no list
        }
        boolean joined = s.span(from, a.speakerTo()).contains(" and ");
        if (k >= 1 && s.token(k).lower().equals("and") && !s.token(k - 1).text().equals(",") && isListWord(s.token(k - 1))) {
            // "…, and other allies and partners have warned": the finder took only the last conjunct
            k--;
            while (k >= 0 && isListWord(s.token(k))) {
                k--;
            }
            joined = true;
        }
        boolean serial = k >= 1 && s.token(k).lower().equals("and") && s.token(k - 1).text().equals(",");
        if (serial) {
            k--; // the serial comma
        } else if (k < 0 || !s.token(k).text().equals(",") || !joined) {
            return List.of(); // "A, B and C said": the list must end with "and"
        }
        List<Attribution> list = new ArrayList<>();
        while (k >= 1 && s.token(k).text().equals(",")) {
            int end = k - 1;
            int start = end;
            while (start >= 0 && isListWord(s.token(start))) {
                start--;
            }
            start++;
            boolean named = false;
            for (int i = start + 1; i <= end; i++) {
                named |= SpeakerPhrases.isCapitalised(s.token(i)) && !s.token(i).isPos("DET");
            }
            named |= start == end && SpeakerPhrases.isCapitalised(s.token(start));
            if (start > end || !named) {
                if (list.size() >= 2 && start <= end) {
                    break; // "In recent months, A, B, and C": the comma closed an opening adjunct
                }
                return List.of();
            }
            list.add(0, a.withSpeaker(start, end));
            k = start - 1;
        }
        // the list opens the sentence or follows an opening adjunct's comma ("In recent months, …")
        boolean opens = k < 0 || s.token(k).text().equals(",");
        // three sources at least: "A, B, and C" or "A, B and C"
        return list.size() + (serial ? 1 : 2) >= 3 && opens ? list : List.of();
    }

    private static boolean isListWord(Token t) {
        return t.pos().startsWith("NOUN") || t.pos().startsWith("PROPN") || t.isPos("ADJ") || t.isPos("DET") || t.isPos("NUM")
                || t.text().equals("'s") || t.text().equals("’s");
    }

    /** "Wikinews has learned", "Wikinews observed": the publisher of the article reports, no source speaks. */
    private static boolean isOwnOutlet(ActorRegistry.Draft speaker, String publisher) {
        if (publisher == null || speaker.label.length() < 3 || speaker.anonymous) {
            return false;
        }
        String p = publisher.toLowerCase(java.util.Locale.ROOT);
        String name = speaker.label.toLowerCase(java.util.Locale.ROOT);
        return p.equals(name) || p.startsWith(name + " ") || p.startsWith(name + ",");
    }

    private Draft draft(ActorRegistry registry, Sentence s, Attribution a, List<Draft> earlier, String publisher) {
        Evidence ev = new Evidence(s.index(), s.begin(), s.end(), s.text());
        ActorRegistry.Draft speaker;
        if (a.hasSpeakerPhrase()) {
            // "“A. B,” he said": a pronoun continues from before the claim, not from the claim's own sentences
            int discourseBegin = Math.min(s.begin(), registry.sentenceBeginAt(a.contentBegin()));
            speaker = speakers.resolve(registry, s, a.speakerFrom(), a.speakerTo(), ev, discourseBegin);
        } else {
            speaker = earlier.stream().filter(d -> d.sentence == s).map(d -> d.speaker).reduce((x, y) -> y).orElse(null);
        }
        if (speaker == null || isOwnOutlet(speaker, publisher)) {
            return null;
        }
        ActorRegistry.Draft reportedBy = null;
        if (a.addresseeFrom() >= 0) {
            ActorRegistry.Draft listener = speakers.resolve(registry, s, a.addresseeFrom(), a.addresseeTo(), ev);
            if (listener != null && listener.type == ActorType.NEWS_OUTLET) {
                reportedBy = listener;
            }
        }
        // "X condemned …, according to the BBC": the outlet reported the sentence's other attributions.
        if (speaker.type == ActorType.NEWS_OUTLET && a.cueToken() < 0) {
            List<Draft> same = earlier.stream().filter(d -> d.sentence == s).toList();
            same.forEach(d -> d.reportedBy = speaker);
            if (!same.isEmpty()) {
                return null;
            }
        }
        // "According to the Gazette, Professor X … said …": the source phrase frames an attribution
        // of its own; the inner speaker is the source.
        if (a.cueToken() < 0 && earlier.stream().anyMatch(d -> d.sentence == s && d.begin() >= a.contentBegin()
                && d.end() <= a.contentEnd())) {
            return null;
        }
        registry.spoke(speaker, a.contentBegin());
        Draft d = new Draft(speaker, a.cue(), s, a.contentBegin(), a.contentEnd(), reportedBy);
        if (a.cueToken() > 0 && a.hasSpeakerPhrase() && a.cueToken() < a.speakerFrom() && s.token(a.cueToken()).begin() > a.contentBegin()
                && a.speakerTo() + 2 < s.size() && s.token(a.speakerTo() + 2).begin() < a.contentEnd()) {
            // "Small ports, said Lena Marsh, are required …": the claim without its parenthetical attribution
            d.segments.clear();
            d.segments.add(new int[] {a.contentBegin(), s.token(a.cueToken() - 1).begin()});
            d.segments.add(new int[] {s.token(a.speakerTo() + 2).begin(), a.contentEnd()});
        }
        d.verbInContent = a.cueToken() >= 0 && s.token(a.cueToken()).begin() == a.contentBegin();
        d.clauseBegin = coordinatedClauseBegin(s, a);
        return d;
    }

    /**
     * A document's words set off by a colon without quote marks ("Jobs's email, which reads: Team,
     * at my request …", "X said:" and a paragraph) go on while the next paragraphs keep speaking
     * in the first person, unquoted and unattributed: each is the same speaker's claim.
     */
    private static List<Draft> firstPersonParagraphs(List<Draft> drafts, List<Sentence> body, QuoteSpans quotes, String text) {
        List<Draft> out = new ArrayList<>();
        for (Draft d : drafts) {
            int colon = d.begin() - 1;
            while (colon >= 0 && Character.isWhitespace(text.charAt(colon))) {
                colon--;
            }
            Sentence last = sentenceAt(body, d.end() - 1);
            if (colon < 0 || text.charAt(colon) != ':' || last == null || !firstPerson(text.substring(d.begin(), d.end()))) {
                continue;
            }
            d.ownWords = true; // first-person words after a colon are the document's own, verbatim
            int k = body.indexOf(last);
            // the content must close its paragraph
            if (k + 1 >= body.size() || body.get(k + 1).paragraph() == last.paragraph()) {
                continue;
            }
            for (int p = k + 1; p < body.size(); ) {
                int paragraph = body.get(p).paragraph();
                int q = p;
                while (q + 1 < body.size() && body.get(q + 1).paragraph() == paragraph) {
                    q++;
                }
                int begin = body.get(p).begin();
                int end = body.get(q).end();
                String words = text.substring(begin, end);
                boolean taken = drafts.stream().anyMatch(x -> x.begin() < end && x.end() > begin) || quotes.at(begin) != null;
                if (taken || !firstPerson(words)) {
                    break;
                }
                Draft more = new Draft(d.speaker, d.cue, body.get(p), begin, end, d.reportedBy);
                more.ownWords = true;
                out.add(more);
                p = q + 1;
            }
        }
        return out;
    }

    private static final java.util.regex.Pattern FIRST_PERSON = java.util.regex.Pattern.compile("\\b(I|me|my|we|us|our)\\b");

    private static boolean firstPerson(String words) {
        return FIRST_PERSON.matcher(words).find();
    }

    /** The body sentence holding {@code offset}, or null. */
    static Sentence sentenceAt(List<Sentence> body, int offset) {
        for (Sentence s : body) {
            if (s.begin() <= offset && offset < s.end()) {
                return s;
            }
        }
        return null;
    }

    private static final Set<String> COMMENT_NOUNS = Set.of("comments", "quotes", "remarks", "reaction", "reactions");

    /**
     * "BERLIN - Comments from Lonah Salpeter after winning gold …": a text that opens by presenting
     * one person's comments; its quotes that no attribution claims are that person's.
     */
    private List<Draft> commentsFrom(ActorRegistry registry, List<Sentence> body, QuoteSpans quotes, List<Draft> drafts, String text) {
        for (Sentence s : body.subList(0, Math.min(4, body.size()))) {
            for (int i = 0; i + 2 < s.size() && i <= 2; i++) {
                if (!COMMENT_NOUNS.contains(s.token(i).lower()) || !SpeakerPhrases.isCapitalised(s.token(i))
                        || !(s.token(i + 1).lower().equals("from") || s.token(i + 1).lower().equals("by"))) {
                    continue;
                }
                int end = i + 2;
                while (end + 1 < s.size() && s.token(end + 1).isPos("PROPN")) {
                    end++;
                }
                Evidence ev = new Evidence(s.index(), s.begin(), s.end(), s.text());
                ActorRegistry.Draft speaker = speakers.resolve(registry, s, i + 2, end, ev);
                if (speaker == null || speaker.type != ActorType.PERSON) {
                    return List.of();
                }
                List<Draft> out = new ArrayList<>();
                for (QuoteSpans.Span q : quotes.all()) {
                    Sentence at = sentenceAt(body, q.begin());
                    boolean claimed = drafts.stream().anyMatch(d -> d.begin() < q.end() && d.end() > q.begin());
                    if (at == null || claimed || q.begin() < s.end() || SPACES.split(text.substring(q.begin(), q.end()).strip()).length < 3) {
                        continue;
                    }
                    Draft d = new Draft(speaker, "comment", at, q.begin(), q.end(), null);
                    out.add(d);
                }
                return out;
            }
        }
        return List.of();
    }

    /**
     * The offset of the "and"/"but" that opens the attribution's clause when the words before it
     * are a clause of their own (they hold a finite verb): "The broadcasts began on August 10 and
     * South Korea says …"; 0 when the attribution's clause opens the sentence or its subject is a
     * coordination ("Ana Ruiz and Tom Berg said"), or the clause before reports speech too.
     */
    private int coordinatedClauseBegin(Sentence s, Attribution a) {
        if (!a.hasSpeakerPhrase() || a.cueToken() < a.speakerFrom()) {
            return 0;
        }
        for (int k = a.speakerFrom() - 1; k > 0; k--) {
            Token t = s.token(k);
            if (!(t.lower().equals("and") || t.lower().equals("but"))) {
                continue;
            }
            boolean clause = false;
            for (int v = 0; v < k; v++) {
                Token w = s.token(v);
                if (lexicon.reportingVerb(w) != null) {
                    return 0; // "X reiterated on Tuesday that …, and he added …": one occasion, its time dates both
                }
                clause |= (w.pos().startsWith("VERB") || w.pos().startsWith("AUX")) && !w.lower().endsWith("ing");
            }
            return clause ? t.begin() : 0;
        }
        return 0;
    }

    /**
     * A colon that introduces a quote no reporting verb claims: the quote right after it in the
     * sentence, or the quote opening the next paragraph when the colon closes its own.
     */
    private Draft colonThenQuote(ActorRegistry registry, List<Sentence> body, int k, QuoteSpans quotes, List<Draft> drafts,
            String publisher) {
        Sentence s = body.get(k);
        for (int c = 1; c < s.size(); c++) {
            if (!s.token(c).text().equals(":")) {
                continue;
            }
            QuoteSpans.Span q = null;
            if (c + 1 < s.size()) {
                QuoteSpans.Span after = quotes.at(s.token(c + 1).begin());
                q = after != null && after.begin() == s.token(c + 1).begin() ? after : null;
            } else if (k + 1 < body.size() && body.get(k + 1).paragraph() != s.paragraph() && body.get(k + 1).size() > 0) {
                QuoteSpans.Span next = quotes.at(body.get(k + 1).token(0).begin());
                q = next != null && next.begin() == body.get(k + 1).token(0).begin() ? next : null;
            }
            final QuoteSpans.Span quote = q;
            if (quote == null || drafts.stream().anyMatch(d -> d.begin() < quote.end() && d.end() > quote.begin())) {
                return null;
            }
            Attribution a = finder.colonQuote(s, c, quotes);
            return a == null ? null : draft(registry, s, a.withContent(quote.begin(), quote.end()), drafts, publisher);
        }
        return null;
    }

    /**
     * "Senator Ada Quint issued a statement on the closure. “I am disappointed …”": a quote that
     * opens the next sentence of the paragraph, with no attribution of its own, is the document's
     * words, its issuer the speaker.
     */
    private Draft issuedThenQuoted(ActorRegistry registry, List<Sentence> body, int k, QuoteSpans quotes, List<Draft> drafts,
            String publisher) {
        Sentence s = body.get(k);
        Sentence next = body.get(k + 1);
        if (next.paragraph() != s.paragraph() || next.size() == 0) {
            return null;
        }
        QuoteSpans.Span q = quotes.at(next.token(0).begin());
        if (q == null || q.begin() != next.token(0).begin() || drafts.stream().anyMatch(d -> d.begin() < q.end() && d.end() > q.begin())
                || drafts.stream().anyMatch(d -> d.sentence == s)) {
            return null;
        }
        Attribution issued = finder.issuedDocument(s);
        if (issued == null) {
            return null;
        }
        return draft(registry, s, issued.withContent(q.begin(), q.end()), drafts, publisher);
    }

    /**
     * The span of the paragraph after sentence {@code k} when that sentence ends its own paragraph
     * ("… said:" then the statement), or null.
     */
    private static int[] nextParagraph(List<Sentence> body, int k) {
        Sentence s = body.get(k);
        if (body.get(k + 1).paragraph() == s.paragraph()) {
            return null;
        }
        int paragraph = body.get(k + 1).paragraph();
        int end = body.get(k + 1).end();
        for (int i = k + 2; i < body.size() && body.get(i).paragraph() == paragraph; i++) {
            end = body.get(i).end();
        }
        return new int[] {body.get(k + 1).begin(), end};
    }

    /**
     * The article body: sentences of lines that are page furniture ("CLICK HERE…") are dropped,
     * and so is everything after a line that ends the body ("You might also like", "Related").
     */
    private List<Sentence> bodySentences(String text, List<Sentence> sentences) {
        List<Sentence> body = new ArrayList<>();
        int lineStart = -1;
        boolean skipped = false;
        for (Sentence s : sentences) {
            // Sentences of one line share its verdict: the line is read once.
            int start = text.lastIndexOf('\n', s.begin() - 1) + 1;
            if (start != lineStart) {
                String line = lineOf(text, s.begin());
                if (lexicon.endsBody(line)) {
                    break;
                }
                skipped = lexicon.isSkippedLine(line);
                lineStart = start;
            }
            if (!skipped) {
                body.add(s);
            }
        }
        return body;
    }

    private static String lineOf(String text, int offset) {
        int start = text.lastIndexOf('\n', offset - 1) + 1;
        int end = text.indexOf('\n', offset);
        return text.substring(start, end < 0 ? text.length() : end);
    }

    /**
     * Registers named people introduced with a title ("Iraqi Prime Minister Mohammed Shia’
     * Al-Sudani") wherever they appear, so that a later bare surname or pronoun finds them.
     */
    private void findNamedMentions(ActorRegistry registry, List<Sentence> body) {
        for (Sentence s : body) {
            Evidence ev = new Evidence(s.index(), s.begin(), s.end(), s.text());
            knownNames(registry, s, ev);
            int i = 0;
            while (i < s.size()) {
                if (!lexicon.isTitleWord(s.token(i))) {
                    i++;
                    continue;
                }
                boolean capitalTitle = SpeakerPhrases.isCapitalised(s.token(i));
                int j = i;
                while (j + 1 < s.size() && (SpeakerPhrases.isCapitalised(s.token(j + 1))
                        || isNameJoiner(s.token(j + 1).text()) && s.token(j + 1).begin() == s.token(j).end()
                        || s.token(j + 1).lower().equals("al") || s.token(j + 1).lower().equals("of"))) {
                    j++;
                }
                // "President Biden", "Pentagon Press Secretary Pat Ryder"; after a lower-case title a full
                // name of two words at least: "England captain Harry Kane", "political reporter Ana Ruiz"
                boolean named = capitalTitle ? j > i && s.token(j).pos().startsWith("PROPN")
                        : j > i + 1 && (s.token(j).pos().startsWith("PROPN") || s.token(j - 1).pos().startsWith("PROPN"));
                if (named && !lexicon.isTitleWord(s.token(j))) {
                    speakers.resolve(registry, s, i, j, ev);
                }
                i = j + 1;
            }
            givenNames(registry, s, ev);
            knownSurnames(registry, s, ev);
            documentsIssued(registry, s, ev);
            registry.topic(s.begin(), knownPersonOpening(registry, s, ev));
        }
    }

    /**
     * Registers people named by a given name and a surname ("named Mary Barra as its chief"),
     * so that a later "she" or bare surname finds them. The given name tells the gender.
     */
    /** "The government updated the toll in a statement": who put out the document, for "the statement" later. */
    private void documentsIssued(ActorRegistry registry, Sentence s, Evidence ev) {
        for (int k = 2; k < s.size(); k++) {
            int[] issued = finder.documentIssued(s, k);
            if (issued != null) {
                ActorRegistry.Draft issuer = speakers.resolve(registry, s, issued[1], issued[2], ev);
                if (issuer != null) {
                    registry.issued(s.token(k).lower(), issuer, s.token(k).begin());
                }
            }
        }
    }

    /** "IBM sued Papermaster": a lone surname of a person met before is a mention of that person (for pronouns). */
    private static void knownSurnames(ActorRegistry registry, Sentence s, Evidence ev) {
        for (int i = 0; i < s.size(); i++) {
            Token t = s.token(i);
            boolean alone = (i == 0 || !SpeakerPhrases.isCapitalised(s.token(i - 1)) || s.token(i - 1).isPos("PUNCT"))
                    && (i + 1 >= s.size() || !s.token(i + 1).isPos("PROPN"));
            if (!alone || !t.isPos("PROPN") || !SpeakerPhrases.isCapitalised(t) || SpeakerPhrases.isAcronym(t)) {
                continue;
            }
            ActorRegistry.Draft person = registry.knownPerson(t.text());
            if (person != null && person.mentionBefore(t.begin() + 1) != t.begin()) {
                registry.mentioned(person, t.text(), ev, t.begin());
            }
        }
    }

    private void givenNames(ActorRegistry registry, Sentence s, Evidence ev) {
        for (int i = 0; i + 1 < s.size(); i++) {
            Token first = s.token(i);
            if (!first.isPos("PROPN") || lexicon.gender(first.text()) == 0 || !SpeakerPhrases.isCapitalised(first)
                    || i > 0 && SpeakerPhrases.isCapitalised(s.token(i - 1)) && !s.token(i - 1).isPos("PUNCT")) {
                continue;
            }
            int j = i + 1;
            while (j < s.size() && j - i < 4 && s.token(j).isPos("PROPN") && SpeakerPhrases.isCapitalised(s.token(j))) {
                j++;
            }
            if (j - i >= 2 && registry.knownPerson(s.span(i, j - 1)) == null) {
                speakers.resolve(registry, s, i, j - 1, ev);
            }
            i = j - 1;
        }
    }

    /**
     * The person already met in the article whom the sentence names in its first words ("Harry
     * Kane won the award.", "For Kevin Allton, …"): the sentence's topic, which a "he" or "she"
     * in the next sentence continues. Null when the sentence opens otherwise.
     */
    private static ActorRegistry.Draft knownPersonOpening(ActorRegistry registry, Sentence s, Evidence ev) {
        for (int i = 0; i < Math.min(3, s.size()); i++) {
            Token t = s.token(i);
            if (!t.pos().startsWith("PROPN")) {
                continue;
            }
            int j = i;
            while (j + 1 < s.size() && s.token(j + 1).pos().startsWith("PROPN")) {
                j++;
            }
            // the whole run, or its last words after a title ("Coach Marta Silva")
            for (int from = i; from <= j; from++) {
                ActorRegistry.Draft known = registry.knownPerson(s.span(from, j));
                if (known != null) {
                    return registry.mentioned(known, null, ev, s.token(from).begin());
                }
            }
            return null;
        }
        return null;
    }

    /** A hyphen or apostrophe token inside a name ("Al-Sudani", "O’Brien"). */
    private static boolean isNameJoiner(String token) {
        return token.length() == 1 && (token.charAt(0) == '-' || token.charAt(0) == '\u2019' || token.charAt(0) == '\'');
    }

    /** Every country named in the sentence, so that "there" and "the country" can find it later. */
    private void knownNames(ActorRegistry registry, Sentence s, Evidence ev) {
        for (int i = 0; i < s.size(); i++) {
            if (!SpeakerPhrases.isCapitalised(s.token(i))) {
                continue;
            }
            int designator = companyDesignatorAfter(s, i);
            if (designator > i) {
                // "Apple Inc.", "Andino Copper Ltd": a name with its company designator is a company
                registry.organization(s.span(i, designator), null, null, ev, s.token(i).begin());
                i = designator;
                continue;
            }
            int body = bodyOfName(s, i);
            if (body > i) {
                // "Church of Scientology", "Kaiser Family Foundation": a named body, for "the Church" later
                // (resolved as a speaker phrase would be, so that "Defense Department" is the known department)
                speakers.resolve(registry, s, i, body, ev);
                i = body;
                continue;
            }
            var country = gazetteer.longestNameAt(s, i, 4, e -> e.type() == ActorType.COUNTRY);
            if (country.isPresent()) {
                int len = country.get().length();
                registry.known(country.get().entry(), s.span(i, i + len - 1), ev, s.token(i).begin());
                i += len - 1;
            }
        }
    }

    /**
     * The last token of a body's name starting at {@code i}: a capitalised organisation head with
     * an "of" name ("Church of Scientology", "Bank of England"), or names closed by a capitalised
     * head ("Kaiser Family Foundation"); -1 when none starts here.
     */
    private int bodyOfName(Sentence s, int i) {
        if (i > 0 && SpeakerPhrases.isCapitalised(s.token(i - 1)) && !s.token(i - 1).isPos("PUNCT") && i - 1 != 0) {
            return -1; // not the start of the name
        }
        Token first = s.token(i);
        if (lexicon.isOrganisationHead(first.lower()) && i + 2 < s.size() && s.token(i + 1).lower().equals("of")) {
            int j = i + 2;
            while (j < s.size() && SpeakerPhrases.isCapitalised(s.token(j))
                    && (s.token(j).pos().startsWith("PROPN") || s.token(j).pos().startsWith("NOUN"))) {
                j++;
            }
            return j > i + 2 ? j - 1 : -1;
        }
        int j = i;
        while (j < s.size() && j - i < 5 && SpeakerPhrases.isCapitalised(s.token(j))
                && (s.token(j).pos().startsWith("PROPN") || s.token(j).pos().startsWith("NOUN"))) {
            j++;
        }
        return j - i >= 2 && lexicon.isOrganisationHead(s.token(j - 1).lower()) && (j >= s.size() || !s.token(j).lower().equals("of"))
                ? j - 1 : -1;
    }

    /** The index of the company designator closing a run of proper names that starts at {@code i} ("Apple Inc."), or -1. */
    private int companyDesignatorAfter(Sentence s, int i) {
        if (i > 0 && s.token(i - 1).pos().startsWith("PROPN") && SpeakerPhrases.isCapitalised(s.token(i - 1))) {
            return -1; // not the start of the name
        }
        int j = i;
        while (j < s.size() && j - i < 5 && s.token(j).pos().startsWith("PROPN") && SpeakerPhrases.isCapitalised(s.token(j))) {
            if (j > i && lexicon.isCompanyDesignator(s.token(j).text())) {
                return j;
            }
            j++;
        }
        return -1;
    }

    private List<String> about(ActorRegistry registry, List<Sentence> body, Draft d, String speakerKey) {
        Set<String> keys = new LinkedHashSet<>();
        for (Sentence s : body) {
            if (s.end() <= d.begin() || s.begin() >= d.end()) {
                continue;
            }
            List<Token> tokens = s.tokens();
            for (int i = 0; i < tokens.size(); i++) {
                if (!d.covers(tokens.get(i).begin()) || !SpeakerPhrases.isCapitalised(tokens.get(i))) {
                    continue;
                }
                var known = gazetteer.longestNameAt(s, i, 5, e -> true);
                if (known.isPresent()) {
                    int len = known.get().length();
                    keys.add(registry.known(known.get().entry(), SpeakerPhrases.text(tokens.subList(i, i + len)), null, -1).key);
                    i += len - 1;
                }
            }
        }
        keys.remove(speakerKey);
        return List.copyOf(keys);
    }

    private static Evidence evidence(List<Sentence> body, int begin, int end, Sentence first, String text) {
        int from = first.begin();
        int to = first.end();
        for (Sentence s : body) {
            if (s.begin() < end && s.end() > begin) {
                from = Math.min(from, s.begin());
                to = Math.max(to, s.end());
            }
        }
        return new Evidence(first.index(), from, to, text.substring(from, to));
    }

    private static Sentence previous(List<Sentence> body, Sentence s) {
        int i = 0;
        while (i < body.size() && body.get(i) != s) { // by identity: record equality compares every token
            i++;
        }
        return i > 0 && i < body.size() ? body.get(i - 1) : null;
    }

    private static List<TemporalExpression> within(List<TemporalExpression> times, int begin, int end) {
        return times.stream().filter(e -> e.begin() >= begin && e.end() <= end).toList();
    }
}
