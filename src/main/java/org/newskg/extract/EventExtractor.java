package org.newskg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;
import org.newskg.time.Day;
import org.newskg.time.Month;
import org.newskg.time.Relation;
import org.newskg.time.TemporalExpression;

/**
 * Events from trigger words (event-triggers.tsv) and their surroundings, for the classes of news
 * sentences that report them:
 * <ul>
 *   <li>agent: the modifier of a trigger noun ("U.S. airstrikes", "Hamas’s attack"), "by X"
 *       ("attacks … by Iranian proxy groups"), the subject of a light verb ("X has conducted
 *       airstrikes", "X launched attacks") or of a trigger verb ("militants who have been
 *       attacking"); passives swap agent and target;</li>
 *   <li>target: "against/on/targeting/of X" after the trigger, or a trigger verb's object;
 *       place: "in X";</li>
 *   <li>date: the nearest day or month expression in the sentence; "since X" marks the start of
 *       a counted span;</li>
 *   <li>counts: "more than 60 attacks", "attacked at least 151 times", the number of targets of
 *       a strike ("targeted three facilities"), an elided second count ("60 in Iraq and over 90
 *       in Syria"), and sub-events after "including" ("airstrikes …, including two headquarters
 *       on Tuesday");</li>
 *   <li>announcements: a dated briefing or statement ("in a statement on Monday"), or an
 *       announcement whose object is the news ("announced the start of a process"); its speaker
 *       is its agent. A reporting verb alone makes no event.</li>
 * </ul>
 * Mentions that are negated, hypothetical, wished for or generic make no event ({@link EventCues});
 * the mentions of one event in an article are folded into one ({@link EventCoreference}), and a
 * headline's mentions only join events the body tells.
 */
final class EventExtractor {
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    private static final java.util.regex.Pattern NUMBER_COMMA = java.util.regex.Pattern.compile("(?<=\\d),(?=\\d{3})");
    private static final java.util.regex.Pattern COMMA_INCLUDING = java.util.regex.Pattern.compile(",\\s*including\\b");
    /** What lies between a trigger and a later date when a relative clause on the trigger holds the date. */
    /** What lies between a time expression and a trigger in a when-clause on that time. */
    private static final java.util.regex.Pattern WHEN_CLAUSE = java.util.regex.Pattern.compile("(?s)\\s*,\\s*when\\b[^,]*");
    private static final java.util.regex.Pattern RELATIVE_CLAUSE = java.util.regex.Pattern.compile("(?s)\\S*\\s*,\\s*(which|that)\\b[^,]*");

    /** A lexicon entry: its words, event type, required part of speech and condition (see event-triggers.tsv). */
    private record Trigger(List<String> words, String type, String pos, String needs) {
    }

    private static final Set<String> LIGHT_VERBS = Set.of("conduct", "conducted", "conducting", "launch", "launched",
            "launching", "carry", "carried", "carrying", "mount", "mounted", "stage", "staged", "hold", "held", "begin",
            "began", "begun", "engage", "continue", "make", "made", "start", "started", "resume", "resumed", "step",
            "intensify", "intensified", "have", "had", "has");
    private static final Set<String> TARGET_WORDS = Set.of("against", "on", "targeting", "targeted", "of", "at", "targets");
    private static final Set<String> BE = Set.of("be", "been", "being", "is", "are", "was", "were");
    /** A time expression further than this (characters) from a trigger does not date it; also bounds the work per trigger. */
    private static final int MAX_DATE_DISTANCE = 300;
    private static final Set<String> RELATIVE = Set.of("who", "that", "which");
    /** Classes whose events bear names, so a capitalised trigger in a name still reports one ("the G20 Summit"). */
    private static final Set<String> NAMED = Set.of("Talks", "Meeting", "Competition", "Ceremony", "Election");

    private final Map<String, List<Trigger>> byFirstWord = new HashMap<>();
    private final List<String> idioms = Lexicon.lines("event-idioms.txt").stream().map(String::strip).toList();
    private final Map<String, Set<String>> objectClasses = new HashMap<>();
    private final Participants participants;
    private final EventCues cues = new EventCues();

    EventExtractor(Gazetteer gazetteer) {
        this.participants = new Participants(gazetteer);
        for (String line : Lexicon.lines("event-triggers.tsv")) {
            String[] c = line.split("\t");
            List<String> words = List.of(c[0].split(" "));
            byFirstWord.computeIfAbsent(words.get(0), k -> new ArrayList<>())
                    .add(new Trigger(words, c[1], c[2], c.length > 3 ? c[3] : "-"));
        }
        byFirstWord.values().forEach(l -> l.sort((a, b) -> b.words().size() - a.words().size()));
        for (String line : Lexicon.lines("event-objects.tsv")) {
            String[] c = line.split("\t");
            objectClasses.computeIfAbsent(c[1].strip(), k -> new java.util.HashSet<>()).add(c[0].strip());
        }
    }

    /** A mutable event mention under construction; {@link EventCoreference} folds mentions of one event. */
    static final class Draft {
        EventType type;
        String trigger;
        ActorRegistry.Draft agent;
        ActorRegistry.Draft target;
        ActorRegistry.Draft place;
        StatementDate date = StatementDate.UNKNOWN;
        StatementDate since = StatementDate.UNKNOWN;
        Integer count;
        String qualifier;
        Integer killed;
        Integer injured;
        ActorRegistry.Draft victim;
        Sentence sentence;
        /** The mention stands in a headline or heading: it only names an event the body tells. */
        boolean heading;
        /** "these attacks", "this strike": refers back to an event told before. */
        boolean anaphoric;
        /** "the attack", "the Sunday attack": a definite mention, which may refer back. */
        boolean definite;
        /** The year of a time expression in the mention's clause (a day, a month or a bare year), else null. */
        Integer year;
        /** The lower-cased phrase the event is about or aimed at, resolved to an actor or not ("chief executive"). */
        String theme;
        /** The figure of a market move ("6.39 percent"), which tells one move from another. */
        String figure;
        /** "another judge sentenced him": the mention sets itself apart from events told before. */
        boolean distinct;
        /** The trigger is used as a verb ("struck"): it has no determiner to say whether it refers back. */
        boolean verb;
        /** The trigger is or opens with a verb ("won the championship"): the mention tells the act, not only names it. */
        boolean told;
        /** A verb trigger's subject when it holds a proper name ("president reagan"): two named subjects tell two acts apart. */
        String subject;
        /** The day the article's context gives an undated mention (see {@link EventExtractor#contextDate}); used only when no mention of the event has a time. */
        StatementDate context = StatementDate.UNKNOWN;
    }

    List<Event> extract(ActorRegistry registry, List<Sentence> body, List<TemporalExpression> times,
            List<Statement> statements, String text, java.time.LocalDate published) {
        List<Draft> drafts = new ArrayList<>();
        for (int si = 0; si < body.size(); si++) {
            Sentence s = body.get(si);
            Evidence ev = new Evidence(s.index(), s.begin(), s.end(), s.text());
            List<TemporalExpression> local = times.stream().filter(e -> e.begin() >= s.begin() && e.end() <= s.end()).toList();
            boolean heading = isHeading(s, text);
            int i = 0;
            while (i < s.size()) {
                Trigger t = match(s, i);
                if (t == null || inIdiom(s, i)) {
                    i++;
                    continue;
                }
                if (t.needs().startsWith("object=") || !condition(t, s, i + t.words().size() - 1, local)) {
                    // "released the album" (Launch) or "released the hostages" (Release); "lost its court case" (not a market's loss)
                    Trigger f = framed(s, i);
                    if (f != null) {
                        t = f;
                    } else if (t.needs().startsWith("object=")) {
                        i++;
                        continue;
                    }
                }
                int last = i + t.words().size() - 1;
                boolean verb = s.token(last).pos().startsWith("VERB") || t.pos().equals("verb");
                boolean verbUse = verb && !t.pos().equals("noun");
                EventCues.Reading reading = cues.read(s, i, last, verbUse, local);
                if (reading == EventCues.Reading.NONE || !condition(t, s, last, local)
                        || !heading && EventCues.inName(s, i, last) && !NAMED.contains(t.type())) {
                    i++;
                    continue;
                }
                Draft d = event(registry, s, i, last, t, local, ev);
                if (t.needs().equals("date") && !ownTime(s, i, last, local)) {
                    i = last + 1;
                    continue; // "said in a statement": where something was said, not a dated announcement
                }
                List<Draft> members = including(registry, s, last, d, local, ev);
                if (!verbUse && members.isEmpty() && genericPlural(s, i, last, d)) {
                    i = last + 1;
                    continue; // "we dealt with tornadoes": a kind of event, none in particular
                }
                if (!verbUse && phaseOf(s, last)) {
                    i = last + 1;
                    continue; // "the outbreak of the conflict": the conflict is the event
                }
                if (!d.date.known() && !d.since.known() && !(d.count != null && d.type.isA(EventType.ATTACK)) && published != null
                        && toldAsNews(s, i, last)) {
                    d.date = new StatementDate(new Day(published), "publication", "publication " + published);
                }
                if (!d.date.known() && !d.since.known() && !heading && !datedClause(s, i, local)) {
                    d.context = contextDate(body, si, times, published, s, i, last);
                }
                d.distinct = cues.distinct(s, i, verbUse);
                d.verb = verbUse;
                d.told = verbUse || s.token(i).pos().startsWith("VERB") || s.token(i).pos().startsWith("AUX");
                d.heading = heading;
                d.anaphoric = reading == EventCues.Reading.ANAPHORIC;
                d.definite = definite(s, i);
                d.year = year(s, i, local);
                if (t.needs().equals("figure")) {
                    d.figure = figure(s, last);
                }
                drafts.add(d);
                drafts.addAll(members);
                if (t.needs().startsWith("object=") && verbUse) {
                    drafts.addAll(gapped(s, last, d, local));
                }
                Draft elided = elidedCount(registry, s, last, d, ev, local);
                if (elided != null) {
                    drafts.add(elided);
                }
                i = last + 1;
            }
        }
        agentsOfAnnouncements(registry, drafts, statements, body);
        int publishedYear = published == null ? -1 : published.getYear();
        List<Event> events = new ArrayList<>();
        for (List<Draft> group : EventCoreference.fold(drafts, publishedYear, d -> key(registry, d))) {
            Draft d = EventCoreference.merge(group);
            if (!d.date.known() && !d.since.known()) {
                group.stream().filter(m -> !m.heading).findFirst().filter(m -> m.context.known()).ifPresent(m -> d.date = m.context);
            }
            Sentence s = d.sentence;
            List<Evidence> mentions = new ArrayList<>();
            for (Draft m : group) {
                Evidence e = evidence(m.sentence, text);
                if (!mentions.contains(e)) {
                    mentions.add(e);
                }
            }
            events.add(new Event(events.size() + 1, d.type, d.trigger, key(registry, d.agent), key(registry, d.target),
                    key(registry, d.place), d.date, d.count, d.qualifier, d.since, d.killed, d.injured, key(registry, d.victim),
                    evidence(s, text), mentions));
        }
        return events;
    }

    private static Evidence evidence(Sentence s, String text) {
        return new Evidence(s.index(), s.begin(), s.end(), text.substring(s.begin(), s.end()));
    }

    /** A headline or heading: a line of its own that does not end as a sentence does ("Department Press Briefing – May 6"). */
    private static boolean isHeading(Sentence s, String text) {
        int lineStart = text.lastIndexOf('\n', s.begin() - 1) + 1;
        int lineEnd = text.indexOf('\n', s.end());
        String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd).strip();
        if (!line.equals(s.text().strip()) || line.isEmpty()) {
            return false;
        }
        char c = line.charAt(line.length() - 1);
        return ".!?\"”’')".indexOf(c) < 0;
    }

    /**
     * A time expression in the trigger's own phrase: right after it, with only a preposition,
     * determiner, name or participle between ("a briefing on January 4", "a statement released by
     * the Pentagon on Thursday"), or right before it ("Monday's statement").
     */
    private static boolean ownTime(Sentence s, int i, int last, List<TemporalExpression> times) {
        for (int k = last + 1; k < s.size() && k <= last + 8; k++) {
            Token t = s.token(k);
            if (inTime(t, times)) {
                return true;
            }
            boolean participle = k == last + 1 && t.pos().startsWith("VERB") && t.lower().endsWith("ed");
            if (!(participle || t.isPos("ADP") || t.isPos("DET") || t.pos().startsWith("PROPN") || t.pos().startsWith("NOUN")
                    || t.isPos("ADJ") || t.isPos("NUM"))) {
                break;
            }
        }
        for (int k = i - 1; k >= 0 && k >= i - 3; k--) {
            if (inTime(s.token(k), times)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A bare plural that names no participant, place, time or number ("we dealt with tornadoes",
     * "lawsuits drive up costs") speaks of a kind of event, not of one.
     */
    private static boolean genericPlural(Sentence s, int i, int last, Draft d) {
        // talks are plural by form ("planned discussions"): only other classes have a generic plural
        if (d.type == EventType.TALKS || !s.token(last).lower().endsWith("s") || d.agent != null || d.target != null || d.place != null || d.date.known()
                || d.count != null) {
            return false;
        }
        for (int k = i - 1; k >= 0; k--) {
            Token t = s.token(k);
            if (t.isPos("DET") || t.isPos("NUM") || t.isPos("PRON") || t.text().equals("'s") || t.text().equals("’s")) {
                return false;
            }
            if (!(t.isPos("ADJ") || t.pos().startsWith("NOUN") || t.pos().startsWith("PROPN") || t.isPos("ADV"))) {
                break;
            }
        }
        return true;
    }

    /**
     * Whether the trigger's clause tells it as today's news: a present perfect ("has declared",
     * "have been killed") or a present progressive ("is stepping down", "is visiting") on the
     * trigger or the verb of its clause. Such an event with no time of its own happened on the
     * day of publication; a simple past or a future gives no day, and neither does a count over
     * a span ("have attacked 40 times since May").
     */
    private static boolean toldAsNews(Sentence s, int i, int last) {
        int[] clause = clauseAround(s, i, last, 6);
        int from = clause[0];
        int to = clause[1];
        for (int k = from; k < to; k++) {
            String w = s.token(k).lower();
            boolean perfect = w.equals("has") || w.equals("have");
            boolean progressive = w.equals("is") || w.equals("are") || w.equals("am");
            if (!perfect && !progressive) {
                continue;
            }
            int v = k + 1;
            while (v <= to && (s.token(v).isPos("ADV") || s.token(v).lower().equals("been") && perfect)) {
                v++;
            }
            if (v > to) {
                continue;
            }
            Token verb = s.token(v);
            if (perfect && verb.pos().startsWith("VERB") && !verb.lower().endsWith("ing")
                    || progressive && verb.pos().startsWith("VERB") && verb.lower().endsWith("ing")) {
                return true;
            }
        }
        return false;
    }

    /** How many sentences back a dated sentence still sets the scene for an undated one. */
    private static final int CONTEXT_SENTENCES = 2;
    private static final Set<String> CALENDAR = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december");
    private static final Set<String> SUBORDINATORS = Set.of("after", "before", "since", "until", "following", "if", "unless");
    private static final Set<String> MODALS = Set.of("will", "would", "could", "can", "may", "might", "should", "must",
            "shall", "'ll", "wo");

    /**
     * The day an undated mention takes from its article: news tells an act in the simple past
     * ("was sentenced", "fell 2%", "signed a declaration") without repeating the day the
     * sentences before it gave. A time expression in the last {@value #CONTEXT_SENTENCES}
     * sentences decides: the nearest one, if it is a day, dates the mention ("was sentenced on
     * Wednesday. X was sentenced to 73 months …"); any other time (a year, a month, a season of
     * a narrated past) leaves it unknown. With no time nearby, a past act is the news of the day
     * and takes the publication date. Only a past (or verbless) clause qualifies: a future, a
     * modal, a pluperfect ("had undergone") or a present generic gives no day.
     */
    private static StatementDate contextDate(List<Sentence> body, int si, List<TemporalExpression> times,
            java.time.LocalDate published, Sentence s, int i, int last) {
        if (!pastClause(s, i, last)) {
            return StatementDate.UNKNOWN;
        }
        int at = s.token(i).begin();
        TemporalExpression own = null; // the sentence's own time in another clause ("…, up from earlier today")
        for (TemporalExpression e : times) {
            if (e.begin() >= s.begin() && e.end() <= s.end() && e.relation() != Relation.SINCE && e.value() != null
                    && (own == null || distance(e, at) < distance(own, at))) {
                own = e;
            }
        }
        if (own != null) {
            return scene(own);
        }
        for (int back = 1; back <= CONTEXT_SENTENCES && si - back >= 0; back++) {
            Sentence p = body.get(si - back);
            TemporalExpression nearest = null;
            for (TemporalExpression e : times) {
                if (e.begin() >= p.begin() && e.end() <= p.end() && e.relation() != Relation.SINCE && e.value() != null
                        && (nearest == null || e.begin() > nearest.begin())) {
                    nearest = e;
                }
            }
            if (nearest != null) {
                return scene(nearest);
            }
        }
        return published == null ? StatementDate.UNKNOWN
                : new StatementDate(new Day(published), "publication", "publication " + published);
    }

    /** A day sets the scene for the undated act; a month, year or season of a narrated past leaves its day unknown. */
    private static StatementDate scene(TemporalExpression e) {
        return e.value() instanceof Day && e.relation() == Relation.AT
                ? new StatementDate(e.value(), "context", "context " + e.text())
                : StatementDate.UNKNOWN;
    }

    /** Whether a resolved time expression stands in the trigger's clause (then it alone may date the mention). */
    private static boolean datedClause(Sentence s, int i, List<TemporalExpression> local) {
        int at = s.token(i).begin();
        // a vague time ("most recently last week") is a time of its own too: no day from elsewhere
        return local.stream().anyMatch(e -> sameClause(s, e, at));
    }

    /**
     * Whether the trigger's clause tells a past act: a verb in the simple past or a past passive
     * ("fell", "was sentenced", "signed"), or no finite verb at all ("His visit coinciding with
     * …"); not a future or modal ("will sign", "is to be held", "to replace"), not a pluperfect.
     */
    static boolean pastClause(Sentence s, int i, int last) {
        int[] clause = clauseAround(s, i, last, 8);
        int from = clause[0];
        int to = clause[1];
        for (Token t : s.tokens()) {
            if (SUBORDINATORS.contains(t.lower())) {
                return false; // "after militants launched attacks", "collapsed after the bombing": timed by another act
            }
        }
        boolean past = false;
        boolean finite = false;
        for (int k = from; k <= to; k++) {
            Token t = s.token(k);
            String w = t.lower();
            int v = k + 1;
            while (v <= to && s.token(v).isPos("ADV")) {
                v++; // "expected to soon begin"
            }
            if (MODALS.contains(w) || w.equals("had") || w.equals("'d")
                    || w.equals("to") && v <= to && (s.token(v).isPos("VERB") || s.token(v).isPos("AUX"))) {
                return false;
            }
            if ((w.equals("is") || w.equals("are") || w.equals("am")) && v <= to && s.token(v).isPos("VERB")) {
                return false; // "are expected", "is scheduled": a present passive tells no past act
            }
            if (w.equals("was") || w.equals("were") || w.equals("did")) {
                past = true;
            } else if (w.equals("is") || w.equals("are") || w.equals("am") || w.equals("has") || w.equals("have")
                    || w.equals("does") || w.equals("do")) {
                finite = true;
            } else if (t.isPos("VERB") && (w.endsWith("ed") || t.lemma() != null && !w.equals(t.lemma()) && !w.endsWith("ing")
                    && !w.endsWith("s"))) {
                past = true; // "sentenced", "fell" (the lemmatizer leaves some regular forms as they are)
            } else if (t.isPos("VERB") && !w.endsWith("ing")) {
                finite = true;
            }
        }
        return past || !finite;
    }

    /**
     * The tokens around a trigger up to its clause's breaks: at most {@code before} tokens left of
     * {@code i} and six right of {@code last}; {@code [from, to]}.
     */
    private static int[] clauseAround(Sentence s, int i, int last, int before) {
        int from = i;
        while (from > 0 && i - from < before && !isClauseBreak(s.token(from - 1))) {
            from--;
        }
        int to = last;
        while (to + 1 < s.size() && to - last < 6 && !isClauseBreak(s.token(to + 1))) {
            to++;
        }
        return new int[] {from, to};
    }

    private static boolean isClauseBreak(Token t) {
        String w = t.text();
        return w.equals(",") || w.equals(";") || w.equals(":") || w.equals("\"") || w.equals("“") || w.equals("”")
                || t.lower().equals("that") || t.lower().equals("which") || t.lower().equals("who");
    }

    /** "the outbreak of the Israel-Hamas conflict", "the start of talks": an event noun whose "of" names another event. */
    private boolean phaseOf(Sentence s, int last) {
        if (last + 1 >= s.size() || !s.token(last + 1).lower().equals("of")) {
            return false;
        }
        for (int k = last + 2; k < s.size() && k <= last + 6; k++) {
            if (match(s, k) != null) {
                return true;
            }
            Token t = s.token(k);
            boolean breaks = t.text().equals(",") || t.text().equals(";") || t.text().equals(".") || t.text().equals(":");
            if (breaks || !(t.isPos("DET") || t.isPos("ADJ") || t.pos().startsWith("PROPN") || t.pos().startsWith("NOUN")
                    || t.isPos("PUNCT"))) {
                return false; // "the Israel-Hamas conflict" keeps its hyphen
            }
        }
        return false;
    }

    /** Whether a determiner opens the trigger's noun phrase: "the attack", "the Sunday attack", "its bankruptcy". */
    private static boolean definite(Sentence s, int i) {
        for (int k = i - 1; k >= 0 && k >= i - 4; k--) {
            Token t = s.token(k);
            String w = t.lower();
            if (w.equals("the") || w.equals("its") || w.equals("their") || w.equals("his") || w.equals("her")
                    || w.equals("'s") || w.equals("’s")) {
                return true;
            }
            if (!(t.isPos("ADJ") || t.pos().startsWith("NOUN") || t.pos().startsWith("PROPN") || t.isPos("NUM"))) {
                return false;
            }
        }
        return false;
    }

    /** The year of the nearest time expression in the trigger's sentence that stands in its clause. */
    private static Integer year(Sentence s, int i, List<TemporalExpression> times) {
        int at = s.token(i).begin();
        TemporalExpression best = null;
        for (TemporalExpression e : times) {
            if (e.value() != null && sameClause(s, e, at) && !otherVerbBetween(s, e, i) && distance(e, at) <= MAX_DATE_DISTANCE
                    && (best == null || distance(e, at) < distance(best, at))) {
                best = e;
            }
        }
        if (best == null) {
            return null;
        }
        String iso = best.value().iso();
        return iso.length() >= 4 && Character.isDigit(iso.charAt(0)) ? Integer.valueOf(iso.substring(0, 4)) : null;
    }

    /**
     * The first framed trigger at {@code i} whose participant belongs to its word class
     * (event-objects.tsv): a verb that reports an event only with a certain kind of object or
     * subject ("won the title", "signed a treaty", "the hotel collapsed", "bought Pixar").
     */
    private Trigger framed(Sentence s, int i) {
        for (Trigger t : byFirstWord.getOrDefault(s.token(i).lower(), List.of())) {
            if (!t.needs().startsWith("object=") || i + t.words().size() > s.size()) {
                continue;
            }
            boolean all = true;
            for (int k = 0; k < t.words().size() && all; k++) {
                all = s.token(i + k).lower().equals(t.words().get(k));
            }
            int last = i + t.words().size() - 1;
            // a verb with its particle ("headed to"): the verb is the first word
            boolean form = t.pos().equals("noun") ? !s.token(last).pos().startsWith("VERB") : verbal(s, i);
            String cls = t.needs().substring(7);
            boolean clause = cls.startsWith("that:"); // "determined that … committed war crimes": the class in the that-clause
            boolean bySubject = cls.startsWith("subject:"); // "the judge barred him": the class in the subject
            boolean fits = clause ? thatClauseOfClass(s, last, cls.substring(5))
                    : bySubject ? subjectOfClass(s, i, cls.substring(8)) : participantOfClass(s, i, last, cls);
            if (all && form && fits) {
                return t;
            }
        }
        return null;
    }

    /**
     * A framed trigger used as a verb, whatever the tagger says of a form it mislabels ("the team
     * won/AUX the title", "after earning/NOUN second place": a gerund after a preposition).
     */
    private static boolean verbal(Sentence s, int last) {
        Token t = s.token(last);
        if (t.pos().startsWith("VERB") || t.pos().startsWith("AUX")) {
            return true;
        }
        if (t.isPos("ADJ") && last > 0 && !s.token(last - 1).isPos("DET") && !s.token(last - 1).isPos("ADV")) {
            return true; // "the singer underwent/ADJ surgery": a verb form the tagger calls an adjective, not after "the" or "very"
        }
        return t.lower().endsWith("ing") && last > 0 && (s.token(last - 1).isPos("ADP") || s.token(last - 1).isPos("SCONJ"));
    }

    /**
     * Whether the verb's object (the first noun phrase after it in its clause) or, for a passive,
     * an intransitive or a reduced relative ("the computer was released", "the hotel collapsed",
     * "the settlement reached"), the noun right before it holds a word of the class; the class
     * "name" asks for a proper name ("bought Pixar", "founded NeXT").
     */
    private boolean participantOfClass(Sentence s, int i, int last, String cls) {
        if (cls.equals("name")) {
            int k = last + 1;
            if (k < s.size() && s.token(k).lower().equals("the")) {
                k++;
            }
            if (k < s.size() && ofClass(s.token(k), cls)) {
                return true; // "founded NeXT", "bought the Pixar studio"
            }
        }
        boolean inRun = false;
        for (int k = last + 1; k < s.size() && k <= last + 8; k++) {
            Token t = s.token(k);
            String w = t.text();
            if (w.equals(",") || w.equals(";") || w.equals(".") || w.equals(":") || w.equals("\"") || w.equals("“")) {
                break;
            }
            // a compound's modifier the tagger calls a verb ("Apple share/VERB prices") is a noun
            boolean noun = t.pos().startsWith("NOUN") || t.pos().startsWith("PROPN")
                    || inRun && t.isPos("VERB") && k + 1 < s.size() && s.token(k + 1).pos().startsWith("NOUN");
            if (noun && ofClass(t, cls)) {
                return true;
            }
            boolean possessive = w.equals("'s") || w.equals("’s") || t.pos().endsWith("+PART");
            boolean nameOf = inRun && (t.lower().equals("of") || t.lower().equals("the")) && k + 1 < s.size()
                    && (Character.isUpperCase(s.token(k + 1).text().charAt(0))
                    || s.token(k + 1).lower().equals("the") && k + 2 < s.size() && Character.isUpperCase(s.token(k + 2).text().charAt(0)));
            if (noun || inRun && (t.isPos("ADJ") || t.isPos("NUM") || possessive || nameOf)) {
                inRun = true;
            } else if (inRun) {
                break; // the object ended: "signed a letter on the deal" is no signing of a deal
            }
        }
        int k = i - 1;
        boolean passive = false;
        while (k >= 0 && (s.token(k).pos().startsWith("AUX") || s.token(k).isPos("ADV") || BE.contains(s.token(k).lower()))) {
            passive |= BE.contains(s.token(k).lower());
            k--;
        }
        // an active verb's subject is its agent, not its object ("the index started the day"), except for a
        // verb that takes none ("the hotel collapsed") or a reduced relative ("the settlement reached between …")
        Token after = last + 1 < s.size() ? s.token(last + 1) : null;
        boolean reduced = k == i - 1 && s.token(i).lower().endsWith("ed") && (after == null || after.isPos("ADP") || after.isPos("PUNCT"));
        if (!passive && !reduced && !cls.equals("structure")) {
            return false;
        }
        // the subject's noun phrase, its "of" phrase included ("a review of fishing quotas was held")
        for (int j = k; j >= 0 && j >= k - 6; j--) {
            Token t = s.token(j);
            boolean noun = t.pos().startsWith("NOUN") || t.pos().startsWith("PROPN");
            if (noun && ofClass(t, cls)) {
                return true;
            }
            boolean preposition = t.lower().equals("of") || t.lower().equals("on") || t.lower().equals("in");
            if (!(noun || t.isPos("ADJ") || t.isPos("NUM") || preposition || t.isPos("DET") && j < k)) {
                return false;
            }
            if (t.isPos("DET") && !(j > 0 && s.token(j - 1).isPos("ADP"))) {
                return false; // the phrase began; "trading on the exchange was suspended": "the" after a preposition is inside it
            }
        }
        return false;
    }

    /** The verb's subject (its noun phrase, a prepositional phrase on it included) holds a word of the class ("the judge in that case determined"). */
    private boolean subjectOfClass(Sentence s, int i, String cls) {
        int[] subject = subjectBefore(s, i);
        if (subject == null) {
            return false;
        }
        for (int k = subject[0]; k <= subject[1]; k++) {
            if (ofClass(s.token(k), cls)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "The expo took place on Saturday", "an exchange that took place today": a verb of occurrence
     * whose subject is a noun phrase naming something that happened; when the subject is itself
     * an event word ("the attack took place"), that word makes the event and the verb only dates it.
     */
    private boolean occurrence(Sentence s, int i) {
        int[] subject = subjectBefore(s, i);
        if (subject == null) {
            return false;
        }
        Token head = s.token(subject[1]);
        if (head.isPos("PRON") || head.isPos("DET") || head.isPos("ADV") || head.pos().startsWith("VERB") || head.pos().startsWith("AUX")) {
            return false; // "it took place", "what happened next took place"
        }
        int from = subject[0];
        if (from >= 2 && s.token(from - 1).lower().equals("of")) {
            from = Participants.phraseStart(s, from - 2); // "an exchange of intelligence assets"
        }
        for (int k = from; k <= subject[1]; k++) {
            if (match(s, k) != null) {
                return false;
            }
        }
        return true;
    }

    /** A that-clause right after the verb whose words include one of the class ("determined that X committed genocide"). */
    private boolean thatClauseOfClass(Sentence s, int last, String cls) {
        if (last + 1 >= s.size() || !s.token(last + 1).lower().equals("that")) {
            return false;
        }
        for (int k = last + 2; k < s.size() && k <= last + 30; k++) {
            Token t = s.token(k);
            if (t.text().equals(";") || t.text().equals(".")) {
                return false;
            }
            if (ofClass(t, cls)) {
                return true;
            }
        }
        return false;
    }

    private boolean ofClass(Token t, String cls) {
        if (cls.equals("name")) {
            // a capitalised word inside the sentence, whatever its tag ("founded NeXT/ADV"); not a weekday or month
            return Character.isUpperCase(t.text().charAt(0)) && !t.isPos("PRON") && !t.isPos("DET") && !t.isPos("PUNCT")
                    && !CALENDAR.contains(t.lower());
        }
        return objectClasses.getOrDefault(t.lower(), Set.of()).contains(cls);
    }

    /** The trigger's condition (event-triggers.tsv): "object" and "figure" are checked on the words after it. */
    private boolean condition(Trigger t, Sentence s, int last, List<TemporalExpression> times) {
        switch (t.needs()) {
            case "object": {
                int k = last + 1;
                while (k < s.size() && (s.token(k).isPos("ADV") || inTime(s.token(k), times))) {
                    k++; // "announced Monday that …"
                }
                if (k >= s.size()) {
                    return true;
                }
                String w = s.token(k).text();
                if (w.equalsIgnoreCase("that") || w.equals(":") || w.equals("\"") || w.equals("“")) {
                    return false; // "announced that …": speech, a statement
                }
                if (s.token(k).isPos("PUNCT") || s.token(k).isPos("ADP")) {
                    return false; // "a death toll announced on Monday": no object, nothing announced here
                }
                for (int j = last - 1; j >= 0 && j >= last - 6; j--) {
                    String x = s.token(j).text();
                    if (x.equals(",") || x.equals(";")) {
                        break;
                    }
                    Trigger inner = match(s, j);
                    if (inner != null && !inner.needs().equals("object") && !inner.needs().equals("figure")) {
                        return false; // "attacks have been launched": the subject is the event
                    }
                }
                for (int j = last + 1; j < s.size() && j <= last + 10; j++) {
                    String x = s.token(j).text();
                    if (x.equals(",") || x.equals(".") || x.equals(";")) {
                        break;
                    }
                    Trigger inner = match(s, j);
                    if (inner != null && !inner.needs().equals("object") && !inner.needs().equals("figure")) {
                        return false; // "announced 10,000 job cuts", "launched attacks": the object is the event
                    }
                }
                return true;
            }
            case "figure":
                return figure(s, last) != null;
            case "occurrence":
                return occurrence(s, last - t.words().size() + 1);
            default:
                return true;
        }
    }

    /** "by 6.39 percent", "2.36%", "176.3 points": the figure after a movement word, in its clause. */
    private static String figure(Sentence s, int last) {
        // "was 1.75% lower": the figure before an adverb of movement
        for (int k = last - 1; k >= 0 && k >= last - 3; k--) {
            Token t = s.token(k);
            if (t.text().endsWith("%") || t.lower().equals("percent") || t.lower().equals("points")) {
                int n = t.text().endsWith("%") && t.text().length() > 1 ? k : k - 1;
                return n >= 0 ? s.token(n).text() : null;
            }
            if (t.isPos("PUNCT") && !t.text().equals("%")) {
                break;
            }
        }
        for (int k = last + 1; k < s.size() && k <= last + 8; k++) {
            Token t = s.token(k);
            if (t.text().equals(",") || t.text().equals(";") || t.text().equals(".") && k == s.size() - 1) {
                return null;
            }
            String next = k + 1 < s.size() ? s.token(k + 1).lower() : "";
            boolean number = t.isPos("NUM") || !t.text().isEmpty() && (Character.isDigit(t.text().charAt(0))
                    || t.text().length() > 1 && t.text().charAt(0) == '-' && Character.isDigit(t.text().charAt(1)));
            if (number && (t.text().endsWith("%") || next.equals("%") || next.equals("percent") || next.equals("per")
                    || next.equals("points") || next.equals("point"))) {
                return t.text();
            }
        }
        return null;
    }

    /** "talks between Sudan and the Rapid Support Forces": the two sides, when nothing else named them. */
    private void between(ActorRegistry registry, Sentence s, int last, Draft d, Evidence ev) {
        if (last + 1 >= s.size() || !s.token(last + 1).lower().equals("between") || d.agent != null) {
            return;
        }
        int and = indexOf(s, "and", last + 2, Math.min(s.size(), last + 10));
        if (and < 0) {
            return;
        }
        d.agent = resolve(registry, s, new int[] {last + 2, and - 1}, ev);
        if (d.target == null) {
            d.target = resolve(registry, s, phraseAt(s, and + 1), ev);
        }
    }

    private static String key(ActorRegistry registry, ActorRegistry.Draft d) {
        return d == null ? null : registry.currentKey(d.key);
    }

    /** A trigger inside a phrase that reports no event ("came under attack from critics", "went on strike"). */
    private boolean inIdiom(Sentence s, int i) {
        int from = s.token(Math.max(0, i - 3)).begin() - s.begin();
        int to = s.token(Math.min(s.size() - 1, i + 3)).end() - s.begin();
        String window = SPACES.matcher(s.text().substring(from, to).toLowerCase(Locale.ROOT)).replaceAll(" ");
        int at = s.token(i).begin() - s.begin() - from;
        for (String idiom : idioms) {
            for (int k = window.indexOf(idiom); k >= 0; k = window.indexOf(idiom, k + 1)) {
                if (k <= at && at < k + idiom.length()) {
                    return true;
                }
            }
        }
        return false;
    }

    private Trigger match(Sentence s, int i) {
        List<Trigger> candidates = byFirstWord.get(s.token(i).lower());
        if (candidates == null) {
            return null;
        }
        for (Trigger t : candidates) {
            if (i + t.words().size() > s.size()) {
                continue;
            }
            boolean all = true;
            for (int k = 0; k < t.words().size() && all; k++) {
                all = s.token(i + k).lower().equals(t.words().get(k));
            }
            Token head = s.token(i + t.words().size() - 1);
            boolean verb = head.pos().startsWith("VERB");
            Token before = i > 0 ? s.token(i - 1) : null;
            // The tagger mislabels some triggers: a sentence-initial noun ("Talks between …", "Strikes by …")
            // or one after a determiner, adjective, number or noun ("The G7 summit") is a noun whatever its tag;
            // a verb form not preceded by a determiner is a verb ("forces attacked/ADP positions").
            boolean nounSlot = before == null || before.isPos("PUNCT") || before.isPos("DET") || before.isPos("ADJ")
                    || before.isPos("NUM") || before.pos().startsWith("NOUN") || before.pos().startsWith("PROPN");
            // "a Defense Department briefing": a determiner opening the phrase makes the trigger a noun
            boolean determined = false;
            for (int k = i - 1; k >= 0 && k >= i - 3 && !determined; k--) {
                Token b = s.token(k);
                determined = b.isPos("DET") && !b.lower().equals("that");
                if (!(determined || b.pos().startsWith("PROPN") || b.pos().startsWith("NOUN") || b.isPos("ADJ"))) {
                    break;
                }
            }
            boolean posOk = switch (t.pos()) {
                case "noun" -> !verb || determined || nounSlot && !(before != null && before.pos().startsWith("PROPN") && i > 1
                        && s.token(i - 2).pos().startsWith("PROPN") && !head.lower().endsWith("s"));
                case "verb" -> verb || before == null || !before.isPos("DET");
                default -> true;
            };
            if (all && posOk) {
                return t;
            }
        }
        return null;
    }

    private Draft event(ActorRegistry registry, Sentence s, int i, int last, Trigger t, List<TemporalExpression> times,
            Evidence ev) {
        Draft d = new Draft();
        d.sentence = s;
        d.trigger = s.span(i, last);
        // a verb-only trigger is a verb even when the tagger says otherwise ("forces attacked/ADP positions")
        boolean verb = s.token(last).pos().startsWith("VERB") || t.pos().equals("verb");
        boolean passive = verb && isPassive(s, i);
        int[] targetSpan = null;
        if (verb) {
            int[] subject = subjectBefore(s, i);
            if (!passive) {
                int[] whole = subject;
                if (whole == null) {
                    int j = i - 1;
                    while (j >= 0 && (s.token(j).isPos("ADV") || s.token(j).pos().startsWith("AUX"))) {
                        j--;
                    }
                    whole = j >= 0 && s.token(j).isPos("PRON") ? new int[] {j, j} : null; // "… and I met"
                }
                if (whole != null && whole[0] >= 2 && s.token(whole[0] - 1).lower().equals("and")) {
                    whole = new int[] {Participants.phraseStart(s, whole[0] - 2), whole[1]}; // "Foreign Minister Lavrov and I met"
                }
                if (whole != null && hasName(s, whole)) {
                    d.subject = s.span(whole[0], whole[1]).toLowerCase(Locale.ROOT);
                }
            }
            int by = indexOf(s, "by", last + 1, s.size());
            int[] byPhrase = by >= 0 ? phraseAt(s, by + 1) : null;
            if (passive) {
                d.agent = resolve(registry, s, byPhrase, ev);
                targetSpan = subject;
            } else {
                d.agent = resolve(registry, s, subject, ev);
                targetSpan = targetAfter(s, last, times);
                if (targetSpan == null && !TARGET_WORDS.contains(next(s, last))) {
                    targetSpan = phraseAt(s, last + 1);
                }
            }
        } else {
            int start = Participants.phraseStart(s, i - 1);
            if (start < i) {
                d.agent = resolve(registry, s, new int[] {start, i - 1}, ev);
                if (t.words().size() > 1 && s.token(i).pos().startsWith("VERB") && hasName(s, new int[] {start, i - 1})) {
                    d.subject = s.span(start, i - 1).toLowerCase(Locale.ROOT); // "he and President Medvedev reached an agreement"
                }
            }
            if (d.agent == null) {
                // "attacks by X", or the trigger as subject of a passive: "attacks have been launched … by X"
                int by = indexOf(s, "by", last + 1, passiveAfter(s, last) ? s.size() : last + 4);
                d.agent = by >= 0 ? resolve(registry, s, phraseAt(s, by + 1), ev) : null;
            }
            int lv = lightVerbBefore(s, i);
            if (lv >= 0) {
                int[] subject = subjectBefore(s, lv);
                if (d.agent == null) {
                    d.agent = resolve(registry, s, subject, ev);
                }
                if (subject != null && hasName(s, subject)) {
                    d.subject = s.span(subject[0], subject[1]).toLowerCase(Locale.ROOT); // "President Obama had a meeting"
                }
            }
            targetSpan = targetAfter(s, last, times);
        }
        if (t.needs().equals("occurrence")) {
            // the subject is the event itself, not its agent: "the festival took place"
            int[] subject = subjectBefore(s, i);
            d.agent = null;
            d.subject = subject == null ? null : s.span(subject[0], subject[1]).toLowerCase(Locale.ROOT);
            targetSpan = null;
        }
        d.target = resolve(registry, s, targetSpan, ev);
        if (targetSpan != null) {
            d.theme = s.span(targetSpan[0], targetSpan[1]).toLowerCase(Locale.ROOT);
        }
        between(registry, s, last, d, ev);
        d.place = place(registry, s, last, ev);
        d.type = type(t, s, i, d);
        if (d.type == EventType.MARKET_MOVE) {
            d.theme = mover(s, i); // "the Japanese yen reached its highest level": the yen's move, not the FTSE's
        }
        if (d.type == EventType.APPOINTMENT && t.words().get(t.words().size() - 1).equals("by")) {
            int[] by = phraseAt(s, last + 1);
            d.theme = by != null ? s.span(by[0], by[1]).toLowerCase(Locale.ROOT) : d.theme; // "replaced by X": X's appointment
        }
        if (d.type == EventType.APPOINTMENT && t.words().get(0).equals("as") && i > 0) {
            int start = Participants.phraseStart(s, i - 1);
            d.theme = start < i ? s.span(start, i - 1).toLowerCase(Locale.ROOT) : d.theme; // "named X as its new …": X's appointment
        }
        if (d.target == null && d.theme == null && (d.type == EventType.MEETING || d.type == EventType.CALL)) {
            withWhom(registry, s, last, d, ev);
        }
        if (d.type == EventType.AIRSTRIKE || d.type == EventType.ATTACK && d.agent != null && d.agent.type == ActorType.COUNTRY) {
            d.agent = forcesOf(registry, d.agent, ev);
        }
        dates(d, s, i, times);
        count(d, s, i, last, verb, targetSpan, times);
        casualties(registry, d, s, last, ev);
        return d;
    }

    /** "strike" is an airstrike when a state's forces strike, an attack when they are struck. */
    private static EventType type(Trigger t, Sentence s, int i, Draft d) {
        if (t.words().get(0).equals("dialogue") && SpeakerPhrases.isCapitalised(s.token(i))
                && i > 0 && SpeakerPhrases.isCapitalised(s.token(i - 1))) {
            return EventType.MEETING; // a named dialogue: "the Joint Security Cooperation Dialogue"
        }
        if (!t.type().equals("MilitaryStrike")) {
            return EventType.fromLexicon(t.type());
        }
        boolean targetIsState = d.target != null && (d.target.type == ActorType.MILITARY_UNIT || d.target.type == ActorType.COUNTRY);
        boolean agentIsGroup = d.agent != null && d.agent.type == ActorType.ARMED_GROUP;
        return targetIsState || agentIsGroup ? EventType.ATTACK : EventType.AIRSTRIKE;
    }

    private static ActorRegistry.Draft forcesOf(ActorRegistry registry, ActorRegistry.Draft agent, Evidence ev) {
        if (agent == null || agent.type != ActorType.COUNTRY) {
            return agent;
        }
        return registry.armedForcesOf(agent, null, ev, -1);
    }

    private ActorRegistry.Draft resolve(ActorRegistry registry, Sentence s, int[] span, Evidence ev) {
        return span == null ? null : participants.resolve(registry, s, span[0], span[1], ev);
    }

    /** The subject before a verb: the noun phrase left of it (after auxiliaries), or a relative pronoun's antecedent. */
    private static int[] subjectBefore(Sentence s, int v) {
        int j = v - 1;
        while (j >= 0 && (s.token(j).isPos("ADV") || s.token(j).pos().startsWith("AUX") || BE.contains(s.token(j).lower())
                || s.token(j).lower().equals("have") || s.token(j).lower().equals("has") || s.token(j).lower().equals("had")
                || s.token(j).pos().startsWith("PART"))) {
            j--;
        }
        if (j >= 0 && RELATIVE.contains(s.token(j).lower())) {
            j--;
            while (j >= 0 && s.token(j).text().equals(",")) {
                j--;
            }
        }
        if (j < 0) {
            return null;
        }
        int start = Participants.phraseStart(s, j);
        // "Iranian-backed forces in Iraq launched …": the subject's head comes before its prepositional phrase.
        while (start >= 2 && (s.token(start - 1).lower().equals("in") || s.token(start - 1).lower().equals("from"))
                && s.token(start - 2).pos().startsWith("NOUN")) {
            start = Participants.phraseStart(s, start - 2);
        }
        return start <= j ? new int[] {start, j} : null;
    }

    private static int[] phraseAt(Sentence s, int from) {
        if (from >= s.size()) {
            return null;
        }
        int end = Participants.phraseEnd(s, from);
        return end >= from ? new int[] {from, end} : null;
    }

    private static boolean hasName(Sentence s, int[] span) {
        for (int k = span[0]; k <= span[1]; k++) {
            if (s.token(k).pos().startsWith("PROPN") && Character.isUpperCase(s.token(k).text().charAt(0))) {
                return true;
            }
        }
        return false;
    }

    /** What moves in a market move: the nearest noun phrase before the trigger in its sentence ("the British FTSE, however, gained"). */
    private static String mover(Sentence s, int i) {
        int end = i - 1;
        while (end >= 0 && i - end <= 8 && !(s.token(end).pos().startsWith("NOUN") || s.token(end).pos().startsWith("PROPN"))) {
            if (s.token(end).text().equals(";")) {
                return null;
            }
            end--;
        }
        if (end < 0 || i - end > 8) {
            return null;
        }
        int start = end;
        while (start > 0 && (s.token(start - 1).pos().startsWith("NOUN") || s.token(start - 1).pos().startsWith("PROPN")
                || s.token(start - 1).isPos("ADJ") || s.token(start - 1).isPos("NUM"))) {
            start--;
        }
        return s.span(start, end).toLowerCase(Locale.ROOT);
    }

    /**
     * "met with the governor", "a meeting, as he said, with Senators Kerry and Lugar": whom a
     * meeting or call was with, which tells one meeting from another.
     */
    private void withWhom(ActorRegistry registry, Sentence s, int last, Draft d, Evidence ev) {
        int with = indexOf(s, "with", last + 1, Math.min(s.size(), last + 9));
        if (with < 0 || with + 1 >= s.size()) {
            return;
        }
        int from = with + 1;
        while (from < s.size() && (s.token(from).isPos("CCONJ") || s.token(from).isPos("DET"))) {
            from++; // "with both Senators …"
        }
        int[] span = phraseAt(s, from);
        if (span == null) {
            return;
        }
        d.target = resolve(registry, s, span, ev);
        d.theme = s.span(span[0], span[1]).toLowerCase(Locale.ROOT);
    }

    private static int[] targetAfter(Sentence s, int last, List<TemporalExpression> times) {
        for (int k = last + 1; k < s.size() && k <= last + 8; k++) {
            String w = s.token(k).lower();
            boolean beforeDate = k + 1 < s.size() && inTime(s.token(k + 1), times);
            boolean quantity = k + 1 < s.size() && (s.token(k + 1).lower().equals("least") || s.token(k + 1).lower().equals("most"));
            if (TARGET_WORDS.contains(w) && !beforeDate && !quantity) {
                return phraseAt(s, k + 1);
            }
            if (s.token(k).text().equals(",") || s.token(k).text().equals(".")) {
                return null;
            }
        }
        return null;
    }

    private static boolean inTime(Token t, List<TemporalExpression> times) {
        return times.stream().anyMatch(e -> t.begin() >= e.begin() && t.end() <= e.end());
    }

    private static String next(Sentence s, int last) {
        return last + 1 < s.size() ? s.token(last + 1).lower() : "";
    }

    private static int lightVerbBefore(Sentence s, int i) {
        for (int k = i - 1; k >= 0 && k >= i - 6; k--) {
            Token t = s.token(k);
            if (t.pos().startsWith("VERB") && LIGHT_VERBS.contains(t.lower())) {
                return k;
            }
            if (t.text().equals(",")) {
                return -1;
            }
        }
        return -1;
    }

    /** "attacks have been launched": the trigger noun is the subject of a passive verb. */
    private static boolean passiveAfter(Sentence s, int last) {
        int k = last + 1;
        while (k < s.size() && (s.token(k).pos().startsWith("AUX") || s.token(k).isPos("ADV")
                || s.token(k).lower().equals("have") || s.token(k).lower().equals("has"))) {
            k++;
        }
        return k < s.size() && k > last + 1 && s.token(k).pos().startsWith("VERB") && BE.contains(s.token(k - 1).lower());
    }

    private static boolean isPassive(Sentence s, int v) {
        int j = v - 1;
        while (j >= 0 && s.token(j).isPos("ADV")) {
            j--;
        }
        return j >= 0 && BE.contains(s.token(j).lower());
    }

    private static int indexOf(Sentence s, String word, int from, int to) {
        for (int k = from; k < to && k < s.size(); k++) {
            if (s.token(k).lower().equals(word)) {
                return k;
            }
        }
        return -1;
    }

    /** "in Iraq", "in Baghdad": the first place after the trigger, else before it. */
    private ActorRegistry.Draft place(ActorRegistry registry, Sentence s, int last, Evidence ev) {
        for (int pass = 0; pass < 2; pass++) {
            int from = pass == 0 ? last + 1 : 0;
            int to = pass == 0 ? s.size() : last;
            for (int k = from; k + 1 < to; k++) {
                if (!s.token(k).lower().equals("in") || !SpeakerPhrases.isCapitalised(s.token(k + 1))) {
                    continue;
                }
                int end = k + 1;
                while (end + 1 < s.size() && s.token(end + 1).pos().startsWith("PROPN")) {
                    end++;
                }
                ActorRegistry.Draft p = participants.known(registry, s, k + 1, end, ev);
                if (p != null && (p.type == ActorType.COUNTRY)) {
                    return p;
                }
            }
        }
        return null;
    }

    /** The nearest day or month in the sentence; "since X" starts a span. */
    private static void dates(Draft d, Sentence s, int i, List<TemporalExpression> times) {
        int at = s.token(i).begin();
        TemporalExpression best = null;
        for (TemporalExpression e : times) {
            if (e.value() == null || distance(e, at) > MAX_DATE_DISTANCE || !sameClause(s, e, at)) {
                continue;
            }
            if (e.relation() == Relation.SINCE && !StatementDates.whenClauseOf(e, s, at)) {
                d.since = new StatementDate(e.value(), e.rule(), e.anchor());
                continue;
            }
            boolean point = e.relation() == Relation.AT || e.relation() == Relation.SINCE;
            if (point && (e.value() instanceof Day || e.value() instanceof Month)
                    && (best == null || distance(e, at) < distance(best, at))) {
                best = e;
            }
        }
        if (best != null) {
            d.date = new StatementDate(best.value(), best.rule(), best.anchor());
        }
    }

    /**
     * Whether a time expression can date the trigger at {@code offset}: it stands in the same
     * comma-delimited segment, or in a sentence-opening adverbial ("As of Monday, … attacked",
     * "Since October 17, more than 60 attacks …"). A parenthetical ("talks, originally
     * scheduled in August, …") dates only itself.
     */
    private static boolean sameClause(Sentence s, TemporalExpression e, int offset) {
        int from = Math.min(e.end(), offset);
        int to = Math.max(e.begin(), offset);
        // ", including …" continues the clause it lists members of; it is no parenthetical.
        String between = COMMA_INCLUDING.matcher(s.text().substring(Math.max(0, from - s.begin()), Math.max(0, to - s.begin())))
                .replaceAll(" including");
        between = NUMBER_COMMA.matcher(between).replaceAll(""); // "the 10,000m on Wednesday": a thousands separator breaks no clause
        if (e.begin() > offset && RELATIVE_CLAUSE.matcher(between).matches()) {
            return true; // "The bombing, which took place on Friday, …": a relative clause on the trigger dates it
        }
        if (!between.contains(",")) {
            return true;
        }
        if (e.end() <= offset && WHEN_CLAUSE.matcher(between).matches()) {
            return true; // "since December 2021, when the military announced …": the when-clause tells what happened then
        }
        String opening = s.text().substring(0, Math.max(0, e.begin() - s.begin()));
        return e.end() <= offset && !opening.contains(",") && !between.substring(between.indexOf(',') + 1).contains(",");
    }

    /**
     * "In 1986 he bought Pixar which was acquired by Disney in 2005": a time expression with another
     * verb between it and the trigger dates that verb's act, not the trigger's; a relative clause
     * on the trigger itself ("the bombing, which took place on Friday") still dates it.
     */
    private static boolean otherVerbBetween(Sentence s, TemporalExpression e, int i) {
        int at = s.token(i).begin();
        int from = Math.min(e.end(), at);
        int to = Math.max(e.begin(), s.token(i).end());
        if (e.begin() > at && RELATIVE_CLAUSE.matcher(s.text().substring(Math.max(0, s.token(i).end() - s.begin()),
                Math.max(0, e.begin() - s.begin()))).matches()) {
            return false;
        }
        for (int k = 0; k < s.size(); k++) {
            Token t = s.token(k);
            if (k != i && t.begin() >= from && t.end() <= to && t.isPos("VERB") && !t.lower().endsWith("ing") && t.begin() != at) {
                return true;
            }
        }
        return false;
    }

    private static int distance(TemporalExpression e, int offset) {
        return e.begin() >= offset ? e.begin() - offset : offset - e.end() + 1;
    }

    /** "more than 60 attacks", "attacked at least 151 times", "targeted three facilities". */
    private static void count(Draft d, Sentence s, int i, int last, boolean verb, int[] targetSpan, List<TemporalExpression> times) {
        int k = i - 1;
        while (k >= 0 && i - k <= 3 && (s.token(k).isPos("ADJ") || s.token(k).pos().startsWith("NOUN")
                || s.token(k).text().equals("-"))) {
            k--;
        }
        if (!verb && k >= 0 && Quantities.value(s.token(k).text()) != null && s.token(k).isPos("NUM") && !inTime(s.token(k), times)
                && !(k > 0 && s.token(k - 1).pos().startsWith("PROPN"))) { // "the FTSE 100 fell": a name, not a count
            d.count = Quantities.value(s.token(k).text());
            d.qualifier = Quantities.qualifierBefore(s, k);
            return;
        }
        if (verb) {
            for (int j = last + 1; j + 1 < s.size() && j <= last + 14 && !s.token(j).text().equals(","); j++) {
                if (s.token(j).isPos("NUM") && s.token(j + 1).lower().equals("times") && Quantities.value(s.token(j).text()) != null) {
                    d.count = Quantities.value(s.token(j).text());
                    d.qualifier = Quantities.qualifierBefore(s, j);
                    return;
                }
            }
        }
        if ((d.type == EventType.AIRSTRIKE || d.type == EventType.DRONE_STRIKE) && targetSpan != null) {
            d.count = targets(s, targetSpan[0], targetSpan[1]);
        }
    }

    /** How many targets a coordinated phrase lists: "two headquarters buildings and an intelligence facility" → 3. */
    private static Integer targets(Sentence s, int from, int to) {
        int total = 0;
        boolean counted = false;
        for (int k = from; k <= to; k++) {
            Token t = s.token(k);
            boolean startsItem = k == from || s.token(k - 1).lower().equals("and") || s.token(k - 1).text().equals(",");
            Integer v = t.isPos("NUM") || t.isPos("DET") ? Quantities.value(t.text()) : null;
            if (v == null && startsItem && (t.lower().equals("a") || t.lower().equals("an"))) {
                v = 1;
            }
            if (v != null && startsItem) {
                total += v;
                counted |= t.isPos("NUM");
            }
        }
        return counted ? total : null;
    }

    /** "…, including two headquarters buildings … on Tuesday" / "including one earlier this week targeting X". */
    private List<Draft> including(ActorRegistry registry, Sentence s, int last, Draft parent, List<TemporalExpression> times,
            Evidence ev) {
        int inc = indexOf(s, "including", last + 1, s.size());
        if (inc < 0 || inc + 1 >= s.size()) {
            return List.of();
        }
        for (int j = last + 1; j < inc; j++) {
            if (match(s, j) != null) {
                return List.of(); // "including" lists members of the nearest event before it
            }
        }
        int end = inc + 1;
        while (end + 1 < s.size() && !s.token(end + 1).text().equals(",") && !s.token(end + 1).text().equals(".")) {
            end++;
        }
        int from = s.token(inc + 1).begin();
        int to = s.token(end).end();
        List<TemporalExpression> inside = times.stream().filter(e -> e.begin() >= from && e.end() <= to).toList();
        boolean numbered = s.token(inc + 1).isPos("NUM") || Quantities.value(s.token(inc + 1).text()) != null;
        if (inside.isEmpty() && !numbered) {
            return List.of();
        }
        Draft d = new Draft();
        d.sentence = s;
        d.type = parent.type;
        d.trigger = parent.trigger;
        d.agent = parent.agent;
        d.place = parent.place;
        int targeting = -1;
        for (int k = inc + 1; k <= end; k++) {
            if (s.token(k).lower().startsWith("target")) {
                targeting = k;
                break;
            }
        }
        int[] targetSpan = targeting >= 0 ? phraseAt(s, targeting + 1) : phraseAt(s, inc + 1);
        d.target = resolve(registry, s, targetSpan, ev);
        for (TemporalExpression e : inside) {
            if (e.value() != null && e.relation() == Relation.AT) {
                d.date = new StatementDate(e.value(), e.rule(), e.anchor());
            }
        }
        // "the strikes, including one that targeted … earlier this month": a member with a time of its own is
        // not the whole it belongs to (the whole spans more); an undated member may be one told before
        d.distinct = d.date.known();
        if (targeting < 0 && targetSpan != null && (d.type == EventType.AIRSTRIKE || d.type == EventType.DRONE_STRIKE)) {
            d.count = targets(s, targetSpan[0], targetSpan[1]);
        }
        casualties(registry, d, s, inc, ev);
        return List.of(d);
    }

    /**
     * Gapping: "Apple introduced the iMac in 1998, in 2001 the iPod and …": a coordinated
     * time and object with no verb of their own repeat the verb's act for another object and time.
     */
    private static List<Draft> gapped(Sentence s, int last, Draft parent, List<TemporalExpression> times) {
        List<Draft> out = new ArrayList<>();
        for (int k = last + 1; k + 2 < s.size(); k++) {
            if (!s.token(k).text().equals(",") && !s.token(k).lower().equals("and")) {
                continue;
            }
            int j = k + 1;
            while (j < s.size() && (s.token(j).lower().equals("and") || s.token(j).lower().equals("then"))) {
                j++;
            }
            if (j < s.size() && s.token(j).lower().equals("in")) {
                j++;
            }
            TemporalExpression e = j < s.size() ? timeAt(s.token(j), times) : null;
            if (e == null || e.value() == null) {
                continue;
            }
            int n = j;
            while (n < s.size() && s.token(n).end() <= e.end()) {
                n++;
            }
            boolean noun = false;
            boolean verb = false;
            int m = n;
            for (; m < s.size(); m++) {
                Token t = s.token(m);
                if (t.text().equals(",") || t.lower().equals("and") || t.text().equals(".") || t.text().equals(";")) {
                    break;
                }
                if (t.pos().startsWith("VERB") || t.pos().startsWith("AUX")) {
                    verb = true;
                    break;
                }
                noun |= t.pos().startsWith("NOUN") || t.pos().startsWith("PROPN");
            }
            if (!noun || verb) {
                continue; // "…, and the following year the system was released": a clause with its own verb
            }
            Draft d = new Draft();
            d.sentence = s;
            d.type = parent.type;
            d.trigger = parent.trigger;
            d.agent = parent.agent;
            d.verb = parent.verb;
            d.told = parent.told;
            d.distinct = true;
            d.theme = s.span(n, m - 1).toLowerCase(Locale.ROOT);
            String iso = e.value().iso();
            if (e.value() instanceof Day || e.value() instanceof Month) {
                d.date = new StatementDate(e.value(), e.rule(), e.anchor());
            }
            d.year = iso.length() >= 4 && Character.isDigit(iso.charAt(0)) ? Integer.valueOf(iso.substring(0, 4)) : null;
            out.add(d);
        }
        return out;
    }

    /** "approximately 60 attacks on U.S. forces in Iraq and over 90 in Syria": the elided second count. */
    private static TemporalExpression timeAt(Token t, List<TemporalExpression> times) {
        return times.stream().filter(e -> t.begin() >= e.begin() && t.end() <= e.end()).findFirst().orElse(null);
    }

    private Draft elidedCount(ActorRegistry registry, Sentence s, int last, Draft parent, Evidence ev, List<TemporalExpression> times) {
        if (parent.count == null) {
            return null;
        }
        for (int k = last + 1; k + 3 < s.size(); k++) {
            if (!s.token(k).lower().equals("and")) {
                continue;
            }
            int n = k + 1;
            String qualifier = null;
            if (n + 1 < s.size() && Quantities.value(s.token(n).text()) == null) {
                qualifier = s.token(n).lower();
                n++;
                if (n + 1 < s.size() && Quantities.value(s.token(n).text()) == null) {
                    qualifier += " " + s.token(n).lower();
                    n++;
                }
            }
            Integer v = n < s.size() && s.token(n).isPos("NUM") ? Quantities.value(s.token(n).text()) : null;
            if (v != null && n + 2 < s.size() && s.token(n + 1).lower().equals("in") && SpeakerPhrases.isCapitalised(s.token(n + 2))) {
                TemporalExpression when = timeAt(s.token(n + 2), times);
                Draft d = new Draft();
                d.sentence = s;
                d.type = parent.type;
                d.trigger = parent.trigger;
                d.agent = parent.agent;
                d.target = parent.target;
                d.count = v;
                d.qualifier = qualifier;
                d.since = parent.since;
                if (when != null && when.value() != null) {
                    d.date = new StatementDate(when.value(), when.rule(), when.anchor()); // "… and 12 in April"
                    d.place = parent.place;
                } else {
                    d.date = parent.date;
                    d.place = participants.known(registry, s, n + 2, n + 2, ev);
                }
                return d;
            }
        }
        return null;
    }

    /** "killed N …", "injured four U.S. service members", "targeted and killed <name>". */
    private void casualties(ActorRegistry registry, Draft d, Sentence s, int from, Evidence ev) {
        for (int k = from + 1; k + 1 < s.size(); k++) {
            String w = s.token(k).lower();
            boolean kill = w.equals("killed") || w.equals("killing");
            boolean injure = w.startsWith("injur") || w.startsWith("wound");
            if (!kill && !injure) {
                continue;
            }
            Token next = s.token(k + 1);
            Integer n = Quantities.value(next.text());
            if (n != null) {
                if (kill) {
                    d.killed = n;
                } else {
                    d.injured = n;
                }
            } else if (kill && next.pos().startsWith("PROPN")) {
                int end = k + 1;
                while (end + 1 < s.size() && (s.token(end + 1).pos().startsWith("PROPN") || s.token(end + 1).lower().equals("al"))) {
                    end++;
                }
                if (end > k + 1) {
                    d.victim = registry.person(s.span(k + 1, end), ev, next.begin());
                }
            }
        }
    }

    /**
     * A statement made in a dated announcement ("said in a statement on Monday") gives the
     * announcement its speaker. A statement alone makes no event: a reporting verb reports speech.
     */
    private static void agentsOfAnnouncements(ActorRegistry registry, List<Draft> drafts, List<Statement> statements,
            List<Sentence> body) {
        for (Statement st : statements) {
            for (Draft d : drafts) {
                if (d.type == EventType.ANNOUNCEMENT && d.agent == null && d.sentence.index() == st.evidence().sentenceIndex()) {
                    d.agent = registry.get(registry.currentKey(st.speaker()));
                }
            }
        }
    }
}
