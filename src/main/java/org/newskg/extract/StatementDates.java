package org.newskg.extract;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;
import java.util.function.IntPredicate;
import org.newskg.time.Day;
import org.newskg.time.Month;
import org.newskg.time.Relation;
import org.newskg.time.TemporalExpression;

/**
 * The day a statement was made. A date in the attribution itself ("said on Tuesday", "On
 * January 10th, the office … said", "according to a readout … on Aug. 8, 2023") wins; dates
 * inside the content are about what was said, not when. A month or a vague time in the
 * attribution ("said in interviews this month", "in recent weeks", "at the time") leaves the
 * day unknown (the month is kept). Otherwise news reports statements as current: the day of
 * publication, when the manifest gives it.
 */
final class StatementDates {
    private static final java.util.regex.Pattern RELATIVE_CLAUSE = java.util.regex.Pattern.compile("(?s),\\s*(who|which|whose|whom)\\b[^,.;]*");
    private static final java.util.regex.Pattern WHEN_CLAUSE = java.util.regex.Pattern.compile("(?s)\\s*,\\s*when\\b[^,;.]*");

    private StatementDates() {
    }

    /** A transcript's words were said on the day the transcript records: its publication day. */
    static StatementDate ofTranscript(LocalDate published) {
        return published == null ? StatementDate.UNKNOWN
                : new StatementDate(new Day(published), "publication", "transcript of " + published);
    }

    static StatementDate of(String text, int sentenceBegin, int sentenceEnd, IntPredicate inContent,
            List<TemporalExpression> times, LocalDate published) {
        TemporalExpression month = null;
        boolean vague = false;
        for (TemporalExpression e : times) {
            boolean inSentence = e.begin() >= sentenceBegin && e.end() <= sentenceEnd;
            if (!inSentence || inContent.test(e.begin()) || inContent.test(e.end() - 1) || inRelativeClause(text, e)) {
                continue;
            }
            if (e.relation() == Relation.SINCE && e.value() instanceof Month) {
                month = month == null ? e : month; // "since December 2021, when X announced …": the when-clause's month
                continue;
            }
            if (e.relation() == Relation.AT && e.value() instanceof Day) {
                return new StatementDate(e.value(), e.rule(), e.anchor());
            }
            if (e.relation() == Relation.VAGUE) {
                vague = true;
            } else if (e.relation() == Relation.AT && e.value() instanceof Month && month == null) {
                month = e;
            } else if (e.relation() == Relation.AT) {
                vague = true;
            }
        }
        if (month != null) {
            return new StatementDate(month.value(), month.rule(), month.anchor());
        }
        if (vague || published == null) {
            return StatementDate.UNKNOWN;
        }
        return new StatementDate(new Day(published), "publication", "publication " + published);
    }

    /**
     * "… leading Prime Minister X to make the call the following day. X stated that …": when the
     * sentence just before names the speaker and gives a day after that name, the statement
     * belongs to that day (a narrative continued by its protagonist).
     */
    /**
     * "Prime Minister X, who visited the districts on Tuesday, vowed …": a date inside a relative
     * clause set off by commas belongs to that clause, not to the statement or the sentence.
     */
    static boolean inRelativeClause(String text, TemporalExpression e) {
        int open = e.begin() - 1;
        while (open >= 0 && open > e.begin() - 200 && text.charAt(open) != ',') {
            open--; // a relative clause opens within a few words of its date
        }
        if (open < 0 || text.charAt(open) != ',') {
            return false;
        }
        String clause = text.substring(open, e.begin());
        int limit = Math.min(text.length(), e.end() + 200);
        int close = text.substring(e.end(), limit).indexOf(',');
        int stop = text.substring(e.end(), limit).indexOf('.');
        return RELATIVE_CLAUSE.matcher(clause).matches() && close >= 0 && (stop < 0 || close < stop);
    }

    private static final List<String> OCCASIONS = Lexicon.lines("event-context-nouns.txt").stream()
            .map(l -> l.strip().toLowerCase(java.util.Locale.ROOT)).toList();
    private static final java.util.regex.Pattern AT_OCCASION = java.util.regex.Pattern.compile(
            "(?i)\\b(?:at|after|during|in|following|before)\\s+the\\s+(\\p{L}+)\\b");

    /**
     * "At the ceremony, X announced …", "After the match, X said …": an attribution that places
     * itself at an occasion the article has told is dated to the last day the article gave before
     * it (outside quotes); empty when the attribution names no occasion or no day came before.
     */
    static Optional<StatementDate> fromOccasion(String text, Sentence sentence, java.util.function.IntPredicate inContent,
            List<TemporalExpression> times, QuoteSpans quotes, java.time.LocalDate published) {
        var m = AT_OCCASION.matcher(sentence.text());
        boolean occasion = false;
        while (m.find()) {
            if (!inContent.test(sentence.begin() + m.start()) && OCCASIONS.contains(m.group(1).toLowerCase(java.util.Locale.ROOT))) {
                occasion = true;
                break;
            }
        }
        if (!occasion) {
            return Optional.empty();
        }
        TemporalExpression last = null;
        for (TemporalExpression e : times) {
            // the occasion is news: a day of the month before publication, not history ("On April 12, 1981, …")
            boolean recent = notAfter(e, published) && (published == null || e.value() instanceof Day day
                    && !day.date().isBefore(published.minusDays(31)));
            if (e.end() <= sentence.begin() && e.relation() == Relation.AT && e.value() instanceof Day && quotes.at(e.begin()) == null
                    && recent && !inRelativeClause(text, e)) {
                last = e;
            }
        }
        return last == null ? Optional.empty() : Optional.of(new StatementDate(last.value(), "occasion-" + last.rule(),
                "the occasion dated by \"" + last.text() + "\" (" + last.anchor() + ")"));
    }

    /**
     * "“I feel amazing,” Graham said after winning." after "She won the trials … Dec. 17.": a
     * statement made after an act the sentence before tells and dates is dated to that day.
     */
    static Optional<StatementDate> afterAct(Sentence sentence, Sentence previous, java.util.function.IntPredicate inContent,
            List<TemporalExpression> times, java.time.LocalDate published) {
        if (previous == null) {
            return Optional.empty();
        }
        for (int k = 0; k + 1 < sentence.size(); k++) {
            Token after = sentence.token(k);
            Token act = sentence.token(k + 1);
            if (!after.lower().equals("after") || inContent.test(after.begin()) || !act.pos().startsWith("VERB")
                    || !act.lower().endsWith("ing")) {
                continue;
            }
            String lemma = act.lemmaOrLower();
            boolean told = previous.tokens().stream().anyMatch(t -> t.pos().startsWith("VERB") && t.lemmaOrLower().equals(lemma));
            if (!told) {
                return Optional.empty();
            }
            for (TemporalExpression e : times) {
                boolean past = notAfter(e, published);
                if (e.begin() >= previous.begin() && e.end() <= previous.end() && e.relation() == Relation.AT
                        && e.value() instanceof Day && past) {
                    return Optional.of(new StatementDate(e.value(), "after-act-" + e.rule(),
                            "after the act dated by \"" + e.text() + "\" (" + e.anchor() + ")"));
                }
            }
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** A day expression no later than publication (true when there is no publication day to compare with). */
    private static boolean notAfter(TemporalExpression e, LocalDate published) {
        return published == null || !(e.value() instanceof Day day) || !day.date().isAfter(published);
    }

    static Optional<StatementDate> fromPreviousSentence(Sentence previous, Collection<String> speakerNames,
            List<TemporalExpression> times, java.time.LocalDate published) {
        if (previous == null) {
            return Optional.empty();
        }
        int mention = -1;
        for (String name : speakerNames) {
            int at = name.length() >= 4 ? previous.text().indexOf(name) : -1;
            if (at >= 0) {
                mention = Math.max(mention, previous.begin() + at + name.length());
            }
        }
        if (mention < 0) {
            return Optional.empty();
        }
        String text = previous.text();
        for (TemporalExpression e : times) {
            boolean future = !notAfter(e, published);
            if (e.begin() >= mention && e.end() <= previous.end() && e.relation() == Relation.AT && e.value() instanceof Day
                    && !future && !inRelativeClause(text, shift(e, -previous.begin()))) {
                // a day after publication is a plan ("plans to stand down on January 15"), not when anyone spoke
                return Optional.of(new StatementDate(e.value(), "previous-sentence-" + e.rule(),
                        "previous sentence: \"" + e.text() + "\" (" + e.anchor() + ")"));
            }
        }
        return Optional.empty();
    }

    /**
     * "since December 2021, when the US military announced …": a since-date followed by a
     * when-clause that holds {@code offset} dates that clause, not a span.
     */
    static boolean whenClauseOf(TemporalExpression since, Sentence s, int offset) {
        if (offset < since.end() || offset > s.end()) {
            return false;
        }
        String between = s.text().substring(since.end() - s.begin(), offset - s.begin());
        return WHEN_CLAUSE.matcher(between).matches();
    }

    private static TemporalExpression shift(TemporalExpression e, int by) {
        return new TemporalExpression(e.begin() + by, e.end() + by, e.text(), e.value(), e.relation(), e.rule(), e.anchor());
    }
}
