package org.newskg.eval;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.newskg.extract.Lexicon;
import org.newskg.query.NamedQuery;
import org.newskg.query.QueryCatalog;
import org.newskg.query.QueryRunner;
import org.newskg.query.ResultFormat;
import org.newskg.store.KgStore;

/**
 * Runs the bundled queries on a store, reads their CSV back (exactly what users get) and scores
 * the rows against gold files: statements (who-said-what), events (timeline), units
 * (military-units), agreements (agreements, with the actors gold for party names) and actors
 * (actors). Columns are found by name; unknown columns are ignored. Units and agreements are
 * judged on their linked view ({@code linked_strength}, {@code linked_date}: what the reports of
 * one deployment or agreement across articles give; see {@link UnitScore}, {@link AgreementScore}),
 * which falls back to each article's own figure or date when the columns are absent or empty.
 */
public final class Evaluation {

    /** The gold files to score against; null where not given. Agreements need actors. */
    public record GoldFiles(Path statements, Path events, Path units, Path agreements, Path actors) {

        /** The gold's file names, in output order. */
        public static final List<String> NAMES =
                List.of("statements.jsonl", "events.jsonl", "units.jsonl", "agreements.jsonl", "actors.jsonl");

        public boolean isEmpty() {
            return statements == null && events == null && units == null && agreements == null && actors == null;
        }
    }

    private Evaluation() {
    }

    /** Every score the gold files ask for, in the order statements, events, units, agreements, actors. */
    public static List<Score> run(KgStore store, GoldFiles gold) throws IOException {
        return run(store, gold, null);
    }

    /**
     * Every score the gold files ask for; statements (and their speaker type agreement) are scored
     * on the given articles ({@code statementDocs}, e.g. every id of a manifest, see
     * {@link #manifestIds}), or on those with a gold line when null.
     */
    public static List<Score> run(KgStore store, GoldFiles gold, Set<String> statementDocs) throws IOException {
        if (gold.agreements() != null && gold.actors() == null) {
            throw new IllegalArgumentException("scoring agreements needs the actors gold (party names)");
        }
        List<Score> out = new ArrayList<>();
        if (gold.statements() != null) {
            List<GoldStatement> statements = GoldStatement.read(gold.statements());
            Set<String> docs = statementDocs != null ? statementDocs
                    : statements.stream().map(GoldStatement::doc).collect(Collectors.toSet());
            List<SystemStatement> rows = whoSaidWhat(store);
            out.add(StatementScore.score(statements, rows, docs));
            out.add(SpeakerTypeAgreement.score(statements, rows, docs, speakerKinds(store)));
        }
        if (gold.events() != null) {
            out.add(EventScore.score(GoldEvent.read(gold.events()), eventRows(csv(store, "timeline"))));
        }
        if (gold.units() != null) {
            out.add(UnitScore.score(GoldUnit.read(gold.units()), unitRows(csv(store, "military-units"))));
        }
        if (gold.agreements() != null) {
            out.add(AgreementScore.score(GoldAgreement.read(gold.agreements()), GoldActor.read(gold.actors()),
                    agreementRows(csv(store, "agreements"))));
        }
        if (gold.actors() != null) {
            out.add(ActorScore.score(GoldActor.read(gold.actors()), actorRows(csv(store, "actors"))));
        }
        return out;
    }

    public static StatementScore.Result statements(KgStore store, Path goldFile) throws IOException {
        return StatementScore.score(GoldStatement.read(goldFile), whoSaidWhat(store));
    }

    /** As the reference scorer's {@code --manifest}: the {@code id} column of a tab-separated manifest with a header. */
    public static Set<String> manifestIds(Path manifest) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter('\t').setHeader().setSkipHeaderRecord(true).get();
        Set<String> ids = new LinkedHashSet<>();
        try (Reader in = Files.newBufferedReader(manifest, StandardCharsets.UTF_8)) {
            for (CSVRecord r : format.parse(in)) {
                if (!r.isMapped("id")) {
                    throw new IOException(manifest + " has no id column");
                }
                ids.add(cell(r, "id"));
            }
        }
        return ids;
    }

    /** Per who-said-what row (article id, speaker label, statement), the speaker's kinds (see {@link SpeakerTypeAgreement}). */
    static Map<SpeakerTypeAgreement.Speaker, Set<String>> speakerKinds(KgStore store) throws IOException {
        String sparql = String.join("\n", Lexicon.lines(Evaluation.class, "/newskg/eval/speaker-types.rq"));
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        QueryRunner.run(store, NamedQuery.parse("speaker-types", sparql), Map.of(), ResultFormat.CSV, csv);
        Map<SpeakerTypeAgreement.Speaker, Set<String>> out = new HashMap<>();
        for (var e : rows(csv.toString(StandardCharsets.UTF_8), r -> Map.entry(
                new SpeakerTypeAgreement.Speaker(Text.docid(cell(r, "document")), cell(r, "speaker"), cell(r, "statement")),
                SpeakerTypeAgreement.kinds(cell(r, "classes"), cell(r, "anonymous"))))) {
            out.merge(e.getKey(), e.getValue(), (a, b) -> {
                Set<String> u = new HashSet<>(a);
                u.addAll(b);
                return u;
            });
        }
        return out;
    }

    /** The who-said-what rows of the store. */
    public static List<SystemStatement> whoSaidWhat(KgStore store) throws IOException {
        return statementRows(csv(store, "who-said-what"));
    }

    static List<SystemStatement> statementRows(String csv) throws IOException {
        return rows(csv, r -> new SystemStatement(cell(r, "document"), cell(r, "speaker"), cell(r, "statement"), cell(r, "date")));
    }

    /** A bundled query's answer as CSV. */
    static String csv(KgStore store, String queryName) throws IOException {
        NamedQuery q = QueryCatalog.bundled(queryName).orElseThrow(
                () -> new IOException("cannot score: this build has no bundled query '" + queryName + "'"));
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        QueryRunner.run(store, q, Map.of(), ResultFormat.CSV, csv);
        return csv.toString(StandardCharsets.UTF_8);
    }

    static List<EventRow> eventRows(String csv) throws IOException {
        return rows(csv, r -> new EventRow(cell(r, "document"), cell(r, "type"), cell(r, "date"),
                r.isMapped("count") ? cell(r, "count") : null, cell(r, "evidence")));
    }

    static List<UnitRow> unitRows(String csv) throws IOException {
        return rows(csv, r -> new UnitRow(cell(r, "document"), cell(r, "unit"), cell(r, "kind"), cell(r, "strength"),
                cell(r, "location"), cell(r, "evidence"), cell(r, "linked_strength")));
    }

    static List<AgreementRow> agreementRows(String csv) throws IOException {
        return rows(csv, r -> new AgreementRow(cell(r, "document"), cell(r, "agreement"), cell(r, "date"),
                list(cell(r, "parties")), cell(r, "evidence"), cell(r, "linked_date")));
    }

    static List<ActorRow> actorRows(String csv) throws IOException {
        return rows(csv, r -> new ActorRow(cell(r, "actor"), cell(r, "label"), list(cell(r, "names"))));
    }

    private static <T> List<T> rows(String csv, Function<CSVRecord, T> map) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        List<T> out = new ArrayList<>();
        for (CSVRecord r : format.parse(new StringReader(csv))) {
            out.add(map.apply(r));
        }
        return out;
    }

    /** A cell by column name; "" when the column is missing or the row is short. */
    private static String cell(CSVRecord r, String column) {
        return r.isMapped(column) && r.isSet(column) ? r.get(column) : "";
    }

    /** A "; "-joined cell as its parts. */
    private static List<String> list(String cell) {
        return Arrays.stream(cell.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
