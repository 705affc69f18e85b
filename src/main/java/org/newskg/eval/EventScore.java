package org.newskg.eval;

import static org.newskg.eval.Text.f3;
import static org.newskg.eval.Text.ratio;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Scores timeline rows against gold events like the reference scorer ({@code score_events.py}).
 * Only the documents of the gold (or those given) are scored. A gold event (optional ones left
 * out) is found when a row of the same document, not yet used by an earlier gold event, has an
 * evidence containing the normalised key or one of its alt keys; among such rows those of the
 * gold type are preferred, and among those the ones holding the key itself. On found events:
 * type accuracy (local name of the row type equals the gold type, any case), date accuracy (gold
 * events with a date: the row date starts with it, so a gold month accepts any day in it) and
 * count accuracy (gold events with a count, when the rows have a count column: equal as numbers).
 * Precision: a row that serves a gold event is true; an unused row whose evidence holds a key of
 * a gold event (optional ones included) of its own type and document is neutral (a repeat); every
 * other row is false.
 */
public final class EventScore {

    /** The figures; {@link #lines()} prints them like the reference scorer. */
    public record Result(int gold, int rows, int found, double recall, double typeAccuracy, double dateAccuracy,
            double countAccuracy, int truePositives, int falsePositives, int neutral, List<String> details)
            implements Score {

        public double precision() {
            return truePositives + falsePositives == 0 ? 0 : (double) truePositives / (truePositives + falsePositives);
        }

        public double f1() {
            double p = precision();
            return p + recall == 0 ? 0 : 2 * p * recall / (p + recall);
        }

        @Override
        public List<String> lines() {
            return List.of(String.format(Locale.ROOT, "gold=%d rows=%d found=%d", gold, rows, found),
                    "events recall=" + f3(recall) + " type=" + f3(typeAccuracy) + " date=" + f3(dateAccuracy)
                            + " count=" + f3(countAccuracy),
                    "events P=" + f3(precision()) + " R=" + f3(recall) + " F1=" + f3(f1())
                            + String.format(Locale.ROOT, " (rows true %d, false %d, neutral %d)", truePositives,
                                    falsePositives, neutral));
        }
    }

    private EventScore() {
    }

    /** Scores the documents that have a line in the gold. */
    public static Result score(List<GoldEvent> allGold, List<EventRow> allRows) {
        Set<String> docs = new HashSet<>();
        allGold.forEach(g -> docs.add(g.doc()));
        return score(allGold, allRows, docs);
    }

    /** Scores the given documents (the reference scorer's {@code --docs}). */
    public static Result score(List<GoldEvent> allGold, List<EventRow> allRows, Set<String> docs) {
        List<GoldEvent> everyone = allGold.stream().filter(g -> docs.contains(g.doc())).toList();
        List<GoldEvent> gold = everyone.stream().filter(g -> !g.optional()).toList();
        List<EventRow> rows = allRows.stream().filter(r -> docs.contains(Text.docid(r.document()))).toList();
        List<String> evidence = rows.stream().map(r -> Text.norm(r.evidence())).toList();
        Set<Integer> used = new HashSet<>();
        int found = 0;
        int typed = 0;
        int dated = 0;
        int datedN = 0;
        int counted = 0;
        int countedN = 0;
        List<String> details = new ArrayList<>();
        for (GoldEvent g : gold) {
            List<String> keys = g.keys().stream().map(Text::norm).toList();
            List<Integer> candidates = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                String ev = evidence.get(i);
                if (!used.contains(i) && Text.docid(rows.get(i).document()).equals(g.doc())
                        && keys.stream().anyMatch(ev::contains)) {
                    candidates.add(i);
                }
            }
            if (candidates.isEmpty()) {
                details.add(String.format("MISSED      %s | %s | %s", Text.shortDoc(g.doc()), g.type(), g.key()));
                continue;
            }
            found++;
            List<Integer> same = candidates.stream().filter(c -> typeMatches(rows.get(c), g)).toList();
            if (same.isEmpty()) {
                same = candidates;
            }
            List<Integer> keyed = same.stream().filter(c -> evidence.get(c).contains(keys.get(0))).toList();
            int i = (keyed.isEmpty() ? same : keyed).get(0);
            used.add(i);
            EventRow r = rows.get(i);
            if (typeMatches(r, g)) {
                typed++;
            } else {
                details.add(String.format("WRONG TYPE  %s | %s vs %s | %s", Text.shortDoc(g.doc()), r.type(), g.type(), g.key()));
            }
            if (g.date() != null) {
                datedN++;
                if (r.date() != null && r.date().startsWith(g.date())) {
                    dated++;
                } else {
                    details.add(String.format("WRONG DATE  %s | %s vs %s | %s", Text.shortDoc(g.doc()), r.date(), g.date(), g.key()));
                }
            }
            if (g.count() != null && r.count() != null) {
                countedN++;
                if (Text.sameNumber(r.count(), g.count())) {
                    counted++;
                }
            }
        }
        int neutral = 0;
        int falses = 0;
        for (int i = 0; i < rows.size(); i++) {
            if (used.contains(i)) {
                continue;
            }
            EventRow r = rows.get(i);
            String d = Text.docid(r.document());
            String ev = evidence.get(i);
            if (everyone.stream().anyMatch(g -> g.doc().equals(d) && typeMatches(r, g)
                    && g.keys().stream().map(Text::norm).anyMatch(ev::contains))) {
                neutral++;
            } else {
                falses++;
                details.add(String.format("FALSE ROW   %s | %s | %s", Text.shortDoc(d), r.type(), Text.head(r.evidence(), 120)));
            }
        }
        return new Result(gold.size(), rows.size(), found, ratio(found, gold.size()), ratio(typed, found),
                ratio(dated, datedN), ratio(counted, countedN), used.size(), falses, neutral, details);
    }

    private static boolean typeMatches(EventRow r, GoldEvent g) {
        return Text.local(r.type()).equals(g.type().toLowerCase(Locale.ROOT));
    }
}
