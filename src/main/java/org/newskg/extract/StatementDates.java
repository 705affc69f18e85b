package org.newskg.extract;

import java.time.LocalDate;
import java.util.List;
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

    private StatementDates() {
    }

    static StatementDate of(int sentenceBegin, int sentenceEnd, int contentBegin, int contentEnd,
            List<TemporalExpression> times, LocalDate published) {
        TemporalExpression month = null;
        boolean vague = false;
        for (TemporalExpression e : times) {
            boolean inSentence = e.begin() >= sentenceBegin && e.end() <= sentenceEnd;
            boolean inContent = e.begin() < contentEnd && e.end() > contentBegin;
            if (!inSentence || inContent) {
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
}
