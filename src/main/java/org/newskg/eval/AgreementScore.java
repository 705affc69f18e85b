package org.newskg.eval;

import static org.newskg.eval.Text.f3;
import static org.newskg.eval.Text.ratio;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Scores agreements rows against gold agreements (optional ones left out), per gold agreement
 * and per article in its {@code keys}: the pair is found when a row of that article has an
 * evidence containing the normalised key. Of the rows found, the one with the most right
 * fields is judged: date (when the gold has one) on the date the row's linked view gives — the
 * {@code linked_date} all reports of the agreement allow (an article's "last summer" refined by
 * another's "August 2023"), else the article's own {@code date} — which must start with the
 * gold's, so "2023-08" accepts "2023-08-08"; and parties (every gold party is named by a row party, a label
 * naming an actor when it equals, normalised, its name, an alias or another name in the actors
 * gold).
 */
public final class AgreementScore {

    /** The figures; {@link #lines()} prints them. */
    public record Result(int found, int pairs, double dateAccuracy, double partiesAccuracy, List<String> details) implements Score {

        @Override
        public List<String> lines() {
            return List.of(String.format("agreements found=%d/%d date=%s parties=%s", found, pairs, f3(dateAccuracy),
                    f3(partiesAccuracy)));
        }
    }

    private AgreementScore() {
    }

    public static Result score(List<GoldAgreement> gold, List<GoldActor> actors, List<AgreementRow> rows) {
        Map<String, GoldActor> byId = actors.stream().collect(Collectors.toMap(GoldActor::id, Function.identity(), (a, b) -> a));
        int pairs = 0;
        int found = 0;
        int dated = 0;
        int datedN = 0;
        int partied = 0;
        int partiedN = 0;
        List<String> details = new ArrayList<>();
        for (GoldAgreement g : gold) {
            if (g.optional()) {
                continue;
            }
            for (Map.Entry<String, String> e : g.keys().entrySet()) {
                pairs++;
                String doc = e.getKey();
                String key = Text.norm(e.getValue());
                List<AgreementRow> candidates = rows.stream()
                        .filter(r -> Text.docid(r.document()).equals(doc) && Text.norm(r.evidence()).contains(key)).toList();
                String what = g.id() + " | " + Text.shortDoc(doc) + " | " + e.getValue();
                if (candidates.isEmpty()) {
                    details.add("MISSED        " + what);
                    continue;
                }
                found++;
                AgreementRow r = candidates.stream().max(Comparator.comparingInt(
                        (AgreementRow c) -> (dateOk(c, g) ? 1 : 0) + (missingParties(c, g, byId).isEmpty() ? 1 : 0)))
                        .orElseThrow();
                if (g.date() != null) {
                    datedN++;
                    if (dateOk(r, g)) {
                        dated++;
                    } else {
                        details.add("WRONG DATE    " + what + " | '" + r.linkedViewDate() + "' vs " + g.date());
                    }
                }
                if (!g.parties().isEmpty()) {
                    partiedN++;
                    List<String> missing = missingParties(r, g, byId);
                    if (missing.isEmpty()) {
                        partied++;
                    } else {
                        details.add("WRONG PARTIES " + what + " | '" + String.join("; ", r.parties()) + "' lacks "
                                + String.join(", ", missing));
                    }
                }
            }
        }
        return new Result(found, pairs, ratio(dated, datedN), ratio(partied, partiedN), details);
    }

    private static boolean dateOk(AgreementRow r, GoldAgreement g) {
        return g.date() != null && r.linkedViewDate() != null && r.linkedViewDate().startsWith(g.date());
    }

    /** The gold party ids no row party names (an id missing from the actors gold is never named). */
    private static List<String> missingParties(AgreementRow r, GoldAgreement g, Map<String, GoldActor> actors) {
        return g.parties().stream()
                .filter(id -> !actors.containsKey(id) || r.parties().stream().noneMatch(actors.get(id)::isNamed))
                .toList();
    }
}
