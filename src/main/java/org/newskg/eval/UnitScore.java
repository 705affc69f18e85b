package org.newskg.eval;

import static org.newskg.eval.Text.f3;
import static org.newskg.eval.Text.ratio;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Scores military-units rows against gold units, per gold unit and per article in its
 * {@code keys}: the pair is found when a row of that article has an evidence containing the
 * normalised key. Of the rows found, the one with the most right fields is judged: strength
 * (when the gold has one) must equal, as a number, the strength the row's linked view gives:
 * the article's own figure, else the one figure the linked reports of the same deployment give
 * ({@code linked_strength}; an article that mentions the troops without a number is judged by
 * what the other articles say). Linked reports that disagree give no strength: the row is wrong
 * (figures are never merged). Location (when the gold has one):
 * the normalised row location must be the gold one or a run of its words ("Iraq" is right for
 * "Al-Asad Air Base, Anbar, Iraq" and for "Iraq and Syria").
 */
public final class UnitScore {

    /** The figures; {@link #lines()} prints them. */
    public record Result(int found, int pairs, double strengthAccuracy, double locationAccuracy, List<String> details) implements Score {

        @Override
        public List<String> lines() {
            return List.of(String.format("units found=%d/%d strength=%s location=%s", found, pairs, f3(strengthAccuracy),
                    f3(locationAccuracy)));
        }
    }

    private UnitScore() {
    }

    public static Result score(List<GoldUnit> gold, List<UnitRow> rows) {
        int pairs = 0;
        int found = 0;
        int strong = 0;
        int strongN = 0;
        int located = 0;
        int locatedN = 0;
        List<String> details = new ArrayList<>();
        for (GoldUnit g : gold) {
            for (Map.Entry<String, String> e : g.keys().entrySet()) {
                pairs++;
                String doc = e.getKey();
                String key = Text.norm(e.getValue());
                List<UnitRow> candidates = rows.stream()
                        .filter(r -> Text.docid(r.document()).equals(doc) && Text.norm(r.evidence()).contains(key)).toList();
                String what = g.id() + " | " + Text.shortDoc(doc) + " | " + e.getValue();
                if (candidates.isEmpty()) {
                    details.add("MISSED         " + what);
                    continue;
                }
                found++;
                UnitRow r = candidates.stream().max(Comparator.comparingInt(
                        (UnitRow c) -> (strengthOk(c, g) ? 1 : 0) + (locationOk(c, g) ? 1 : 0))).orElseThrow();
                if (g.strength() != null) {
                    strongN++;
                    if (strengthOk(r, g)) {
                        strong++;
                    } else {
                        details.add("WRONG STRENGTH " + what + " | '" + r.linkedViewStrength() + "' vs " + Text.plain(g.strength())
                                + (r.strength().isBlank() && !r.linkedStrength().isBlank() ? " (linked: " + r.linkedStrength() + ")" : ""));
                    }
                }
                if (g.location() != null) {
                    locatedN++;
                    if (locationOk(r, g)) {
                        located++;
                    } else {
                        details.add("WRONG LOCATION " + what + " | '" + r.location() + "' vs " + g.location());
                    }
                }
            }
        }
        return new Result(found, pairs, ratio(strong, strongN), ratio(located, locatedN), details);
    }

    private static boolean strengthOk(UnitRow r, GoldUnit g) {
        return Text.sameNumber(r.linkedViewStrength(), g.strength());
    }

    private static boolean locationOk(UnitRow r, GoldUnit g) {
        String row = Text.norm(r.location());
        return g.location() != null && !row.isEmpty() && (" " + Text.norm(g.location()) + " ").contains(" " + row + " ");
    }
}
