package org.newskg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.serve.Served.encode;
import static org.newskg.serve.Served.get;
import static org.newskg.serve.Served.send;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.query.QueryCatalog;
import org.newskg.query.QueryRunner;
import org.newskg.query.ResultFormat;
import org.newskg.rdf.Iris;
import org.newskg.rdf.NKG;
import org.newskg.store.KgStore;

/** A real Fuseki on a free loopback port over a real TDB2 store of the bundled corpus, spoken to over HTTP. */
class SparqlServerTest {

    static final String PREFIXES = "PREFIX nkg: <" + NKG.NS + ">\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n";
    static final String RYDER = PREFIXES + "SELECT ?text WHERE { ?s a nkg:Statement ; nkg:text ?text ; nkg:speaker/rdfs:label ?l "
            + "FILTER(CONTAINS(?l, \"Ryder\")) } ORDER BY ?text";
    /** Four-way cross product of ~1,200 triples: hours of work without a time limit. */
    static final String RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
    static final String MARKER = "ASK { GRAPH ?g { <urn:newskg:test> ?p ?o } }";

    @TempDir
    static Path tmp;
    static KgStore store;
    static SparqlServer server;
    static String base;

    @BeforeAll
    static void serve() throws IOException {
        Served.ingestCorpus(tmp.resolve("store"));
        store = KgStore.openExisting(tmp.resolve("store"));
        server = SparqlServer.builder(store).port(Served.freePort()).timeout(Duration.ofSeconds(2)).build().start();
        base = server.baseUrl();
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    private static List<QuerySolution> select(HttpResponse<String> r) {
        assertEquals(200, r.statusCode(), r::body);
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON);
        List<QuerySolution> rows = new java.util.ArrayList<>();
        rs.forEachRemaining(rows::add);
        return rows;
    }

    private static List<String> texts(List<QuerySolution> rows) {
        return rows.stream().map(s -> s.getLiteral("text").getString()).toList();
    }

    @Test
    void answersSparqlGetWithJsonOverTheUnionOfArticleGraphs() throws Exception {
        assertTrue(server.banner().contains(base + "newskg/sparql") && server.banner().contains("read-only"), server.banner());
        HttpResponse<String> r = get(base + "newskg/sparql?query=" + encode(RYDER), "application/sparql-results+json");
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/sparql-results+json"));
        List<String> said = texts(select(r));
        assertTrue(said.size() >= 5, said::toString);
        assertTrue(said.stream().anyMatch(t -> t.contains("all of them have since returned to duty")), said::toString);
        // The same through /newskg/query, and with the statements counted across all article graphs.
        List<QuerySolution> count = select(get(base + "newskg/query?query=" + encode(PREFIXES
                + "SELECT (COUNT(?s) AS ?n) WHERE { ?s a nkg:Statement }"), "application/sparql-results+json"));
        assertTrue(count.get(0).getLiteral("n").getInt() >= 40);
    }

    @Test
    void answersSparqlPostAndEveryResultFormat() throws Exception {
        List<String> byGet = texts(select(get(base + "newskg/sparql?query=" + encode(RYDER), "application/sparql-results+json")));
        List<String> byForm = texts(select(send("POST", base + "newskg/sparql", "application/x-www-form-urlencoded",
                "query=" + encode(RYDER))));
        List<String> byBody = texts(select(send("POST", base + "newskg/sparql", "application/sparql-query", RYDER)));
        assertEquals(byGet, byForm);
        assertEquals(byGet, byBody);

        String url = base + "newskg/sparql?query=" + encode(RYDER);
        HttpResponse<String> xml = get(url, "application/sparql-results+xml");
        assertTrue(xml.body().contains("<sparql xmlns=\"http://www.w3.org/2005/sparql-results#\""), xml::body);
        HttpResponse<String> csv = get(url, "text/csv");
        assertEquals("text", csv.body().lines().findFirst().orElse(""));
        assertEquals(byGet.size() + 1, csv.body().lines().count());
        HttpResponse<String> tsv = get(url, "text/tab-separated-values");
        assertEquals("?text", tsv.body().lines().findFirst().orElse(""));

        String construct = PREFIXES + "CONSTRUCT { ?s nkg:text ?t } WHERE { ?s a nkg:Statement ; nkg:text ?t }";
        HttpResponse<String> turtle = get(base + "newskg/sparql?query=" + encode(construct), "text/turtle");
        assertEquals(200, turtle.statusCode());
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(turtle.body(), Lang.TURTLE).parse(m);
        assertTrue(m.size() >= 40);
    }

    @Test
    void refusesUpdatesAndGraphWritesWithA4xx() throws Exception {
        String insert = "INSERT DATA { GRAPH <urn:newskg:g> { <urn:newskg:test> <urn:newskg:p> \"x\" } }";
        List<HttpResponse<String>> attempts = List.of(
                send("POST", base + "newskg/sparql", "application/sparql-update", insert),
                send("POST", base + "newskg/update", "application/x-www-form-urlencoded", "update=" + encode(insert)),
                send("POST", base + "newskg", "application/sparql-update", insert),
                send("POST", base + "newskg/sparql", "application/x-www-form-urlencoded", "update=" + encode(insert)),
                send("PUT", base + "newskg/get?default", "text/turtle", "<urn:newskg:test> <urn:newskg:p> \"x\" ."),
                send("PUT", base + "newskg?graph=urn:newskg:g", "text/turtle", "<urn:newskg:test> <urn:newskg:p> \"x\" ."),
                send("POST", base + "newskg/data?default", "text/turtle", "<urn:newskg:test> <urn:newskg:p> \"x\" ."),
                send("DELETE", base + "newskg?graph=" + encode(Iris.graph("003_be0c6bdd41edad64")), "text/plain", ""));
        for (HttpResponse<String> r : attempts) {
            assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, r.request().method() + " " + r.uri() + " → " + r.statusCode());
        }
        assertFalse(ask(MARKER));
        assertTrue(ask("ASK { GRAPH <" + Iris.graph("003_be0c6bdd41edad64") + "> { ?s ?p ?o } }"));
    }

    private static boolean ask(String query) throws Exception {
        HttpResponse<String> r = get(base + "newskg/sparql?query=" + encode(query), "application/sparql-results+json");
        assertEquals(200, r.statusCode(), r::body);
        return JSON.parse(r.body()).get("boolean").getAsBoolean().value();
    }

    @Test
    void acceptsUpdatesOnlyWithUpdateEnabled() throws Exception {
        SparqlServer writable = SparqlServer.builder(store).port(Served.freePort()).allowUpdate(true)
                .timeout(Duration.ofSeconds(2)).build().start();
        try {
            assertTrue(writable.banner().contains("updates allowed"));
            String insert = "INSERT DATA { GRAPH <urn:newskg:g> { <urn:newskg:test> <urn:newskg:p> \"x\" } }";
            HttpResponse<String> r = send("POST", writable.baseUrl() + "newskg/update", "application/sparql-update", insert);
            assertEquals(2, r.statusCode() / 100, r::body);
            assertTrue(ask(MARKER)); // the read-only server sees the same store
        } finally {
            send("POST", writable.baseUrl() + "newskg/update", "application/sparql-update", "DROP SILENT GRAPH <urn:newskg:g>");
            writable.stop();
        }
        assertFalse(ask(MARKER));
    }

    @Test
    void stopsARunawayQueryAtTheTimeLimit() throws Exception {
        HttpResponse<String> r = get(base + "newskg/sparql?query=" + encode(RUNAWAY), "application/sparql-results+json");
        assertEquals(503, r.statusCode(), r::body);
        assertTrue(r.body().contains("Query timed out"), r::body);
        // The server is still there for the next query.
        assertFalse(texts(select(get(base + "newskg/sparql?query=" + encode(RYDER), "application/sparql-results+json"))).isEmpty());
    }

    @Test
    void namedQueriesHaveTheTimeLimitToo() throws Exception {
        SparqlServer hasty = SparqlServer.builder(store).port(Served.freePort()).timeout(Duration.ofMillis(1)).build().start();
        try {
            // the heaviest bundled query: a light one may finish inside the millisecond
            HttpResponse<String> r = get(hasty.baseUrl() + "newskg/queries/timeline", null);
            assertEquals(503, r.statusCode(), r::body);
            assertTrue(r.body().contains("Query timed out"), r::body);
        } finally {
            hasty.stop();
            // The limit lives in the dataset's context, which this class's main server shares.
            store.servedDatasetGraph().getContext().set(org.apache.jena.query.ARQ.queryTimeout, "2000");
        }
    }

    @Test
    void graphStoreReadsGiveTheUnionAsDefaultAndEachArticleGraph() throws Exception {
        HttpResponse<String> union = get(base + "newskg/get?default", "application/n-triples");
        assertEquals(200, union.statusCode());
        Model all = ModelFactory.createDefaultModel();
        RDFParser.fromString(union.body(), Lang.NTRIPLES).parse(all);
        String graph = Iris.graph("003_be0c6bdd41edad64");
        HttpResponse<String> one = get(base + "newskg/get?graph=" + encode(graph), "application/n-triples");
        assertEquals(200, one.statusCode());
        Model article = ModelFactory.createDefaultModel();
        RDFParser.fromString(one.body(), Lang.NTRIPLES).parse(article);
        assertTrue(article.size() > 50 && all.size() > article.size(), article.size() + " / " + all.size());
        assertTrue(all.containsAll(article));
        assertTrue(all.contains(null, NKG.text, (org.apache.jena.rdf.model.RDFNode) null));
    }

    @Test
    void servesTheBundledQueriesByNameWithTheCliColumns() throws Exception {
        HttpResponse<String> csv = get(base + "newskg/queries/who-said-what?format=csv", null);
        assertEquals(200, csv.statusCode(), csv::body);
        assertEquals("document,speaker,statement,date,mode,sentence,reported_by,verb", csv.body().lines().findFirst().orElse(""));
        // Byte for byte what `newskg query who-said-what --format csv` prints.
        ByteArrayOutputStream cli = new ByteArrayOutputStream();
        QueryRunner.run(store, QueryCatalog.bundled("who-said-what").orElseThrow(), Map.of(), ResultFormat.CSV, cli);
        assertEquals(cli.toString(StandardCharsets.UTF_8), csv.body());

        HttpResponse<String> json = get(base + "newskg/queries/statements-by-speaker?speaker=Ryder", null);
        assertTrue(json.headers().firstValue("Content-Type").orElse("").startsWith("application/sparql-results+json"));
        List<QuerySolution> rows = select(json);
        assertTrue(rows.size() >= 5);
        assertTrue(rows.stream().allMatch(s -> s.getLiteral("speaker_label").getString().contains("Ryder")));
        assertTrue(get(base + "newskg/queries/statements-by-speaker?speaker=Ryder", "text/tab-separated-values").body()
                .startsWith("?document\t?speaker_label\t?statement\t?date\t?mode\t?sentence\n"));

        assertEquals(400, get(base + "newskg/queries/statements-by-speaker", null).statusCode()); // missing parameter
        assertEquals(400, get(base + "newskg/queries/who-said-what?speaker=x", null).statusCode()); // unknown parameter
        assertEquals(400, get(base + "newskg/queries/who-said-what?format=xml", null).statusCode());
        assertEquals(404, get(base + "newskg/queries/no-such-query", null).statusCode());
        JsonObject catalog = JSON.parse(get(base + "newskg/queries", null).body());
        assertEquals(QueryCatalog.BUNDLED, catalog.get("queries").getAsArray().stream()
                .map(q -> q.getAsObject().get("name").getAsString().value()).toList());
    }

    @Test
    void servesNodeLinkViewsAndThePageWithItsAssets() throws Exception {
        HttpResponse<String> viz = get(base + "newskg/viz?actor=Ryder&depth=1", null);
        assertEquals(200, viz.statusCode(), viz::body);
        assertTrue(JSON.parse(viz.body()).get("elements").getAsObject().get("nodes").getAsArray().size() > 3);
        assertTrue(get(base + "newskg/viz?format=graphml", null).body().contains("<graphml"));
        assertEquals(404, get(base + "newskg/viz?actor=Nobody+Atall", null).statusCode());
        assertEquals(400, get(base + "newskg/viz?format=png", null).statusCode());

        HttpResponse<String> page = get(base, null);
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        // Every script the page loads is served from the jar (no CDN).
        var scripts = java.util.regex.Pattern.compile("src=\"([^\"]+)\"").matcher(page.body()).results().map(m -> m.group(1)).toList();
        assertEquals(List.of("/webjars/cytoscape/3.33.1/dist/cytoscape.min.js", "/assets/app.js"), scripts);
        for (String s : scripts) {
            HttpResponse<String> js = get(base + s.substring(1), null);
            assertEquals(200, js.statusCode(), s);
            assertTrue(js.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"), s);
        }
        assertEquals(404, get(base + "assets/missing.js", null).statusCode());
        int traversal = get(base + "webjars/..%2F..%2Flog4j2.properties", null).statusCode();
        assertTrue(traversal == 400 || traversal == 404, "path traversal: " + traversal);
    }

    @Test
    void listensOnLoopbackUnlessAHostIsGiven() throws Exception {
        Optional<InetAddress> external = NetworkInterface.networkInterfaces().flatMap(NetworkInterface::inetAddresses)
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress()).findFirst();
        Assumptions.assumeTrue(external.isPresent(), "this machine has no non-loopback IPv4 address to try");
        assertThrows(IOException.class, () -> {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(external.get(), server.port()), 3000);
            }
        });
        SparqlServer everywhere = SparqlServer.builder(store).port(Served.freePort()).host("0.0.0.0")
                .timeout(Duration.ofSeconds(2)).build().start();
        try {
            HttpResponse<String> r = get("http://" + external.get().getHostAddress() + ":" + everywhere.port()
                    + "/newskg/sparql?query=" + encode("ASK {}"), "application/sparql-results+json");
            assertEquals(200, r.statusCode());
        } finally {
            everywhere.stop();
        }
    }
}
