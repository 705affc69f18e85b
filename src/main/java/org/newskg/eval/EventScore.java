package org.newskg.eval;

import static org.newskg.eval.Text.f3;
import static org.newskg.eval.Text.ratio;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Scores timeline rows against gold events like the reference scorer ({@code score_events.py}).
 * A gold event (optional ones left out) is found when a row of the same document, not yet used
 * by an earlier gold event, has an evidence containing the normalised key or one of its
 * {@code alt_keys} (the event's other mentions); among such rows those of the gold type are
 * preferred, and of them the first holding the key itself. On found events: type accuracy (local name of
 * the row type equals the gold type, any case), date accuracy (gold events with a date: the row
 * date starts with it, so a gold month accepts any day in it) and count accuracy (gold events
 * with a count, when the rows have a count column: equal as numbers).
 */
public final class EventScore {

    /** The figures; {@link #lines()} prints them like the reference scorer. */
    public record Result(int gold, int rows, int found, double recall, double typeAccuracy, double dateAccuracy,
            double countAccuracy, List<String> details) implements Score {

        @Override
        public List<String> lines() {
            return List.of(String.format("gold=%d rows=%d found=%d", gold, rows, found),
                    "events recall=" + f3(recall) + " type=" + f3(typeAccuracy) + " date=" + f3(dateAccuracy)
                            + " count=" + f3(countAccuracy));
        }
    }

    private EventScore() {
    }

    public static Result score(List<GoldEvent> allGold, List<EventRow> rows) {
        List<GoldEvent> gold = allGold.stream().filter(g -> !g.optional()).toList();
        Set<Integer> used = new HashSet<>();
        int found = 0;
        int typed = 0;
        int dated = 0;
        int datedN = 0;
        int counted = 0;
        int countedN = 0;
        List<String> details = new ArrayList<>();
        for (GoldEvent g : gold) {
            String key = Text.norm(g.key());
            List<String> keys = new ArrayList<>(List.of(key));
            g.altKeys().forEach(k -> keys.add(Text.norm(k)));
            List<Integer> candidates = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                EventRow r = rows.get(i);
                String evidence = Text.norm(r.evidence());
                if (!used.contains(i) && Text.docid(r.document()).equals(g.doc()) && keys.stream().anyMatch(evidence::contains)) {
                    candidates.add(i);
                }
            }
            if (candidates.isEmpty()) {
                details.add(String.format("MISSED      %s | %s | %s", Text.shortDoc(g.doc()), g.type(), g.key()));
                continue;
            }
            found++;
            // of the rows of the gold type (else all), the first that holds the key itself, else the first
            List<Integer> same = candidates.stream().filter(c -> typeMatches(rows.get(c), g)).toList();
            List<Integer> pool = same.isEmpty() ? candidates : same;
            int i = pool.stream().filter(c -> Text.norm(rows.get(c).evidence()).contains(key)).findFirst().orElse(pool.get(0));
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
        return new Result(gold.size(), rows.size(), found, ratio(found, gold.size()), ratio(typed, found),
                ratio(dated, datedN), ratio(counted, countedN), details);
    }

    private static boolean typeMatches(EventRow r, GoldEvent g) {
        return Text.local(r.type()).equals(g.type().toLowerCase(java.util.Locale.ROOT));
    }
}
