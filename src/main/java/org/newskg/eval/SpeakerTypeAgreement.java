package org.newskg.eval;

import static org.newskg.eval.Text.f3;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newskg.extract.Lexicon;

/**
 * For matched statements, how often the speaker's type in the store agrees with the gold
 * {@code kind}: over the required gold statements that a who-said-what row carries with the
 * right speaker (the first such row), the share whose speaker has a kind the table
 * {@code /newskg/eval/speaker-kinds.tsv} accepts for the gold kind (a person is nkg:Person and
 * not anonymous, an organisation any non-person actor class …). Gold lines without a kind, or of
 * a kind the table does not list, are not counted.
 */
public final class SpeakerTypeAgreement {

    /** The figure; {@link #lines()} prints {@code speaker type agreement=0.912 (n=301)}. */
    public record Result(int agreeing, int matched, List<String> details) implements Score {

        public double agreement() {
            return Text.ratio(agreeing, matched);
        }

        @Override
        public List<String> lines() {
            return List.of("speaker type agreement=" + f3(agreement()) + " (n=" + matched + ")");
        }
    }

    /** Row key: article id, speaker label, statement text. */
    public record Speaker(String document, String speaker, String statement) {
    }

    private static final Map<String, Set<String>> ACCEPTED = accepted();

    private SpeakerTypeAgreement() {
    }

    /**
     * @param kinds per (article id, speaker label, statement) of the store, the speaker's kinds
     *     ("anonymous", else the local names of its classes)
     */
    public static Result score(List<GoldStatement> gold, List<SystemStatement> rows, Set<String> docs,
            Map<Speaker, Set<String>> kinds) {
        int agreeing = 0;
        int matched = 0;
        List<String> details = new ArrayList<>();
        List<SystemStatement> scored = rows.stream().filter(r -> docs.contains(Text.docid(r.document()))).toList();
        for (GoldStatement g : gold) {
            Set<String> ok = g.kind() == null ? null : ACCEPTED.get(g.kind().toLowerCase(Locale.ROOT));
            if (g.optional() || !docs.contains(g.doc()) || ok == null) {
                continue;
            }
            SystemStatement r = scored.stream().filter(x -> StatementScore.said(x, g)).findFirst().orElse(null);
            if (r == null) {
                continue;
            }
            matched++;
            Set<String> has = kinds.getOrDefault(new Speaker(Text.docid(r.document()), r.speaker(), r.statement()), Set.of());
            if (has.stream().anyMatch(ok::contains)) {
                agreeing++;
            } else {
                details.add(String.format("SPEAKER TYPE  %s | %s vs %s | %s | %s", Text.shortDoc(g.doc()), g.kind(),
                        has.isEmpty() ? "(none)" : String.join(" ", new java.util.TreeSet<>(has)), r.speaker(), g.keys().get(0)));
            }
        }
        return new Result(agreeing, matched, details);
    }

    /** A speaker's kinds from the speaker-types query's cells: "anonymous" when flagged, else its classes. */
    static Set<String> kinds(String classes, String anonymous) {
        if ("true".equals(anonymous.strip())) {
            return Set.of("anonymous");
        }
        Set<String> out = new HashSet<>();
        for (String c : classes.strip().split("\\s+")) {
            if (!c.isEmpty()) {
                out.add(c);
            }
        }
        return out;
    }

    private static Map<String, Set<String>> accepted() {
        Map<String, Set<String>> out = new HashMap<>();
        for (String line : Lexicon.lines(SpeakerTypeAgreement.class, "/newskg/eval/speaker-kinds.tsv")) {
            String[] cells = line.split("\t");
            out.put(cells[0].strip().toLowerCase(Locale.ROOT), Set.of(cells[1].strip().split("\\s+")));
        }
        return Map.copyOf(out);
    }
}
