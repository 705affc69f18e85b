package org.newskg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.sparql.core.Var;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newskg.corpus.Article;
import org.newskg.corpus.ArticleMeta;
import org.newskg.extract.Actor;
import org.newskg.extract.ActorType;
import org.newskg.extract.ArticleExtraction;
import org.newskg.extract.Evidence;
import org.newskg.extract.Statement;
import org.newskg.extract.StatementDate;
import org.newskg.rdf.ExtractionMapper;
import org.newskg.store.ArticleGraph;
import org.newskg.store.KgStore;
import org.newskg.time.Day;

/** {@link NamedQuery} headers, {@link QueryRunner} parameter checks and the bundled queries. */
class NamedQueryTest {

    private static final String WITH_PARAMS = """
            # Statements by one speaker, with dates.
            # More description that is not the summary.
            # param speaker: a name or part of one
            # param since (optional): a date, YYYY-MM-DD
            #
            PREFIX nkg: <https://w3id.org/newskg/ontology#>
            # param notAParam: comments after the header are ignored
            SELECT ?s WHERE { ?s nkg:text ?speaker . OPTIONAL { ?s nkg:date ?since } }
            """;

    @Test
    void headerGivesSummaryAndParameters() {
        NamedQuery q = NamedQuery.parse("by-speaker", WITH_PARAMS);

        assertEquals("by-speaker", q.name());
        assertEquals(WITH_PARAMS, q.sparql());
        assertEquals("Statements by one speaker, with dates.", q.summary());
        assertEquals(List.of(new NamedQuery.Parameter("speaker", false, "a name or part of one"),
                new NamedQuery.Parameter("since", true, "a date, YYYY-MM-DD")), q.parameters());
    }

    @Test
    void paramLinesAreNotTheSummary() {
        NamedQuery q = NamedQuery.parse("x", "#\n# param who: someone\n#    \n#   The summary, trimmed.   \nSELECT * {}");

        assertEquals("The summary, trimmed.", q.summary());
        assertEquals(List.of(new NamedQuery.Parameter("who", false, "someone")), q.parameters());
    }

    @Test
    void paramSyntaxIsLenientAboutSpaces() {
        NamedQuery q = NamedQuery.parse("x", "#param a:x\n#  param   b   (optional)  :   y  \nSELECT * {}");

        assertEquals(List.of(new NamedQuery.Parameter("a", false, "x"), new NamedQuery.Parameter("b", true, "y")),
                q.parameters());
        assertEquals("", q.summary(), "no summary line");
    }

    @Test
    void windowsLineEndsInTheHeaderAreHandled() {
        NamedQuery q = NamedQuery.parse("x", "# Summary\r\n# param speaker: a name\r\nSELECT * {}\r\n");

        assertEquals("Summary", q.summary());
        assertEquals(List.of(new NamedQuery.Parameter("speaker", false, "a name")), q.parameters());
    }

    @Test
    void queryWithoutHeaderHasNoParametersAndNoSummary() {
        NamedQuery q = NamedQuery.parse("bare", "SELECT * WHERE { ?s ?p ?o }\n# param late: ignored");

        assertEquals(List.of(), q.parameters());
        assertEquals("", q.summary());
    }

    // ---------------------------------------------------------------- bindings

    private static NamedQuery withParams() {
        return NamedQuery.parse("by-speaker", WITH_PARAMS);
    }

    @Test
    void bindingsAreStringLiterals() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("speaker", "Pat Ryder");
        params.put("since", "2024-01-01");

        Map<String, RDFNode> b = QueryRunner.bindings(withParams(), params);

        assertEquals(Map.of("speaker", ResourceFactory.createStringLiteral("Pat Ryder"),
                "since", ResourceFactory.createStringLiteral("2024-01-01")), b);
    }

    @Test
    void optionalParameterMayBeLeftOut() {
        Map<String, RDFNode> b = QueryRunner.bindings(withParams(), Map.of("speaker", "Ryder"));
        assertEquals(Set.of("speaker"), b.keySet());
    }

    @Test
    void unknownParameterNamesTheAcceptedOnes() {
        QueryRunner.QueryProblem e = assertThrows(QueryRunner.QueryProblem.class,
                () -> QueryRunner.bindings(withParams(), Map.of("speaker", "Ryder", "spaeker", "x")));

        assertEquals("query 'by-speaker' has no parameter 'spaeker' (it takes: speaker, since)", e.getMessage());
    }

    @Test
    void unknownParameterOfAQueryWithoutParameters() {
        NamedQuery q = NamedQuery.parse("plain", "# Plain.\nSELECT * {}");
        QueryRunner.QueryProblem e = assertThrows(QueryRunner.QueryProblem.class,
                () -> QueryRunner.bindings(q, Map.of("x", "1")));

        assertEquals("query 'plain' has no parameter 'x'", e.getMessage());
        assertEquals(Map.of(), QueryRunner.bindings(q, Map.of()));
    }

    @Test
    void missingRequiredParameterIsAProblem() {
        QueryRunner.QueryProblem e = assertThrows(QueryRunner.QueryProblem.class,
                () -> QueryRunner.bindings(withParams(), Map.of("since", "2024-01-01")));

        assertTrue(e.getMessage().contains("'by-speaker'"), e.getMessage());
        assertTrue(e.getMessage().contains("--param speaker="), e.getMessage());
        assertFalse(e.getMessage().contains("since"), e.getMessage());
    }

    @Test
    void everyMissingRequiredParameterIsNamed() {
        NamedQuery q = NamedQuery.parse("two", "# param a: x\n# param b: y\nSELECT * {}");
        QueryRunner.QueryProblem e = assertThrows(QueryRunner.QueryProblem.class, () -> QueryRunner.bindings(q, Map.of()));

        assertTrue(e.getMessage().contains("--param a=") && e.getMessage().contains("--param b="), e.getMessage());
    }

    // ---------------------------------------------------------------- bundled queries

    static List<String> bundledNames() {
        return QueryCatalog.BUNDLED;
    }

    @ParameterizedTest
    @MethodSource("bundledNames")
    void bundledQueryLoadsParsesAndIsDocumented(String name) {
        NamedQuery q = QueryCatalog.bundled(name).orElseThrow(() -> new AssertionError(name + " is not on the classpath"));

        assertEquals(name, q.name());
        assertFalse(q.summary().isBlank(), () -> name + " has no summary line");
        Query parsed = QueryFactory.create(q.sparql());
        assertTrue(parsed.isSelectType(), () -> name + " is not a SELECT query");
        for (NamedQuery.Parameter p : q.parameters()) {
            assertFalse(p.description().isBlank(), () -> name + ": parameter " + p.name() + " has no description");
            assertTrue(q.sparql().contains("?" + p.name()), () -> name + " never uses its parameter ?" + p.name());
            assertFalse(parsed.getProjectVars().contains(Var.alloc(p.name())),
                    () -> name + ": parameter ?" + p.name() + " is also a result column");
        }
    }

    @Test
    void bundledQueriesDeclareTheExpectedParameters() {
        assertEquals(List.of("speaker"), paramNames("statements-by-speaker"));
        assertEquals(List.of("actor"), paramNames("said-about"));
        assertEquals(List.of(), paramNames("who-said-what"));
        assertEquals(List.of(), paramNames("actors"));
    }

    private static List<String> paramNames(String bundled) {
        return QueryCatalog.bundled(bundled).orElseThrow().parameters().stream().map(NamedQuery.Parameter::name).toList();
    }

    @Test
    void unknownBundledNameIsEmpty() throws Exception {
        assertTrue(QueryCatalog.bundled("no-such-query").isEmpty());
        assertTrue(QueryCatalog.resolve("no-such-query").isEmpty());
    }

    @Test
    void resolveReadsQueryFiles(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("mine.rq"), "# Mine.\n# param who: x\nSELECT ?who {}\n", StandardCharsets.UTF_8);

        NamedQuery q = QueryCatalog.resolve(file.toString()).orElseThrow();

        assertEquals("mine", q.name());
        assertEquals("Mine.", q.summary());
        assertEquals(List.of("who"), q.parameters().stream().map(NamedQuery.Parameter::name).toList());
        assertTrue(QueryCatalog.resolve(dir.resolve("missing.rq").toString()).isEmpty());
        assertEquals("actors", QueryCatalog.resolve("actors").orElseThrow().name());
    }

    // ---------------------------------------------------------------- running

    private static KgStore storeWithOneStatement(Path dir) {
        String sentence = "Maj. Gen. Pat Ryder said the strikes would continue.";
        Evidence ev = new Evidence(0, 0, sentence.length(), sentence);
        Actor ryder = new Actor("person/pat-ryder", ActorType.PERSON, "Pat Ryder", Set.of("Maj. Gen. Pat Ryder", "Ryder"),
                Set.of(), null, false, null, ev);
        Statement s = new Statement(1, "person/pat-ryder", "the strikes would continue", Statement.Mode.INDIRECT, "say",
                new StatementDate(new Day(LocalDate.of(2024, 1, 10)), "publication", "publication 2024-01-10"), ev, null, List.of());
        Article article = new Article("a1", sentence, new ArticleMeta(null, null, LocalDate.of(2024, 1, 10), null));
        KgStore store = KgStore.open(dir);
        store.replace(List.of(new ArticleGraph("a1",
                ExtractionMapper.map(new ArticleExtraction(article, List.of(ryder), List.of(s), 1, 10)))));
        return store;
    }

    private static String run(KgStore store, NamedQuery q, Map<String, String> params) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        QueryRunner.run(store, q, params, ResultFormat.TSV, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void parameterIsBoundWhenRunning(@TempDir Path dir) {
        try (KgStore store = storeWithOneStatement(dir)) {
            NamedQuery q = QueryCatalog.bundled("statements-by-speaker").orElseThrow();

            String hit = run(store, q, Map.of("speaker", "ryder"));
            String miss = run(store, q, Map.of("speaker", "Hegseth"));

            assertEquals(2, hit.strip().split("\n").length, hit);
            assertTrue(hit.contains("\"the strikes would continue\""), hit);
            assertTrue(hit.contains("\"2024-01-10\""), hit);
            assertEquals(1, miss.strip().split("\n").length, () -> "header only: " + miss);
        }
    }

    @Test
    void invalidSparqlIsAQueryProblem(@TempDir Path dir) {
        try (KgStore store = storeWithOneStatement(dir)) {
            NamedQuery bad = NamedQuery.parse("bad", "# Broken.\nSELECT ?s WHERE { ?s ?p \n");
            QueryRunner.QueryProblem e = assertThrows(QueryRunner.QueryProblem.class, () -> run(store, bad, Map.of()));

            assertTrue(e.getMessage().startsWith("query 'bad' is not valid SPARQL: "), e.getMessage());
            assertFalse(e.getMessage().contains("\n"), "one line");
        }
    }

    @Test
    void nonSelectQueryIsAQueryProblem(@TempDir Path dir) {
        try (KgStore store = storeWithOneStatement(dir)) {
            NamedQuery ask = NamedQuery.parse("ask", "ASK { ?s ?p ?o }");
            QueryRunner.QueryProblem e = assertThrows(QueryRunner.QueryProblem.class, () -> run(store, ask, Map.of()));

            assertEquals("query 'ask' is not a SELECT query", e.getMessage());
        }
    }

    @Test
    void parameterProblemIsReportedBeforeRunning(@TempDir Path dir) {
        try (KgStore store = storeWithOneStatement(dir)) {
            NamedQuery q = QueryCatalog.bundled("said-about").orElseThrow();
            QueryRunner.QueryProblem e = assertThrows(QueryRunner.QueryProblem.class, () -> run(store, q, Map.of()));

            assertTrue(e.getMessage().contains("--param actor="), e.getMessage());
        }
    }
}
