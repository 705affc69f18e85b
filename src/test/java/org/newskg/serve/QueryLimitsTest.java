package org.newskg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.serve.Served.encode;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.store.KgStore;

/**
 * Expensive queries against a real server on a free loopback port, with a 2 s time limit: every
 * query ends at the limit (OFFSET skipping, functions that sleep), the server runs a bounded number
 * of queries at once and answers 503 at once when its queue is full, and a query whose client has
 * gone ends at the limit and frees its place. Each probe is bounded in time.
 */
@Timeout(120)
class QueryLimitsTest {

    static final String CROSS = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
    static final String RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
    /** Skips its first row: ARQ did that while planning, out of reach of the time limit's cancel, for minutes. */
    static final String SKIPPING = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i FILTER(STRLEN(STR(?i)) > 100000) } OFFSET 1";
    static final long LIMIT_MS = 2000;
    /** The time limit plus what a loaded CI machine may add before the answer arrives. */
    static final long ANSWERED_WITHIN_MS = LIMIT_MS + 4000;

    @TempDir
    static Path tmp;
    static KgStore store;
    static SparqlServer server;

    @BeforeAll
    static void serve() throws IOException {
        store = Served.corpusStore(tmp.resolve("store"));
        server = SparqlServer.builder(store).port(Served.freePort()).timeout(Duration.ofMillis(LIMIT_MS)).build().start();
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    private record Timed(HttpResponse<String> response, long millis) {
    }

    private static Timed query(SparqlServer s, String query) throws Exception {
        HttpRequest r = HttpRequest.newBuilder(URI.create(s.sparqlUrl() + "?query=" + encode(query)))
                .timeout(Duration.ofSeconds(30)).header("Accept", "application/sparql-results+json").GET().build();
        long start = System.nanoTime();
        HttpResponse<String> response = HttpClient.newHttpClient().send(r, HttpResponse.BodyHandlers.ofString());
        return new Timed(response, (System.nanoTime() - start) / 1_000_000);
    }

    @Test
    void aHugeOffsetIsRefusedAndALargeOneEndsAtTheLimit() throws Exception {
        Timed huge = query(server, CROSS + " OFFSET 999999999999");
        assertEquals(400, huge.response().statusCode(), huge.response()::body);
        assertTrue(huge.response().body().contains("OFFSET"), huge.response()::body);
        assertTrue(huge.millis() < ANSWERED_WITHIN_MS, () -> huge.millis() + " ms");
        // Within the cap, skipping rows still stops at the time limit (ARQ skipped them while planning,
        // out of the cancel's reach: this one ran for minutes).
        Timed skipping = query(server, SKIPPING);
        assertEquals(503, skipping.response().statusCode(), skipping.response()::body);
        assertTrue(skipping.millis() < ANSWERED_WITHIN_MS, () -> skipping.millis() + " ms");
        Timed large = query(server, "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l } OFFSET " + SparqlServer.MAX_OFFSET);
        assertTrue(large.response().statusCode() == 503 || large.response().statusCode() == 200, large.response()::body);
        assertTrue(large.millis() < ANSWERED_WITHIN_MS, () -> large.millis() + " ms");
        // A small offset is answered as usual.
        Timed small = query(server, "SELECT ?s WHERE { ?s ?p ?o } ORDER BY ?s LIMIT 2 OFFSET 3");
        assertEquals(200, small.response().statusCode(), small.response()::body);
    }

    @Test
    void functionsThatSleepDoNotRun() throws Exception {
        for (String wait : List.of("<http://jena.apache.org/ARQ/function#wait>", "<http://jena.hpl.hp.com/ARQ/function#wait>",
                "<java:org.apache.jena.sparql.function.library.wait>")) {
            Timed t = query(server, "SELECT (" + wait + "(60000) AS ?x) WHERE { }");
            assertTrue(t.millis() < ANSWERED_WITHIN_MS, () -> wait + ": " + t.millis() + " ms");
            assertTrue(t.response().statusCode() == 200 || t.response().statusCode() == 400, t.response()::body);
            assertTrue(!t.response().body().contains("true"), t.response()::body);
        }
        // Standard functions still work.
        Timed now = query(server, "SELECT (STRLEN(\"abc\") AS ?n) WHERE { }");
        assertEquals(200, now.response().statusCode(), now.response()::body);
        assertTrue(now.response().body().contains("\"3\""), now.response()::body);
    }

    @Test
    void aFullServerAnswers503AtOnce() throws Exception {
        SparqlServer small = SparqlServer.builder(store).port(Served.freePort()).timeout(Duration.ofMillis(LIMIT_MS))
                .maxConcurrentQueries(1, 1).build().start();
        try {
            List<CompletableFuture<Timed>> busy = new ArrayList<>();
            for (int i = 0; i < 2; i++) { // one running, one queued
                busy.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        return query(small, RUNAWAY);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }));
                Thread.sleep(300);
            }
            Timed refused = query(small, "ASK { }");
            assertEquals(503, refused.response().statusCode(), refused.response()::body);
            assertTrue(refused.millis() < 1000, () -> refused.millis() + " ms");
            assertEquals(1, refused.response().body().lines().count(), refused.response()::body);
            for (CompletableFuture<Timed> f : busy) {
                assertEquals(503, f.get().response().statusCode()); // each ended at the time limit
            }
            // Named queries share the bound; once the others are done the server answers again.
            assertEquals(200, query(small, "ASK { }").response().statusCode());
        } finally {
            small.stop();
        }
    }

    @Test
    void aQueryWhoseClientHasGoneEndsAtTheLimitAndFreesItsPlace() throws Exception {
        // One query at a time and no queue: the place is free again only once the abandoned query
        // has stopped. (Before, this one ran for minutes after its client had gone.)
        SparqlServer single = SparqlServer.builder(store).port(Served.freePort()).timeout(Duration.ofMillis(LIMIT_MS))
                .maxConcurrentQueries(1, 0).build().start();
        try {
            long start = System.nanoTime();
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), single.port())) {
                OutputStream out = socket.getOutputStream();
                out.write(("GET /newskg/sparql?query=" + encode(SKIPPING) + " HTTP/1.1\r\nHost: localhost\r\n\r\n")
                        .getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
                Thread.sleep(300);
            }
            Timed next = query(single, "ASK { }");
            while (next.response().statusCode() == 503 && System.nanoTime() - start < ANSWERED_WITHIN_MS * 1_000_000) {
                Thread.sleep(100);
                next = query(single, "ASK { }");
            }
            assertEquals(200, next.response().statusCode(), next.response().body());
        } finally {
            single.stop();
        }
    }

    // ---- item 7: no 200 with a cut-off body

    @Test
    void aQueryThatTimesOutAfterItsFirstRowsAnswers503() throws Exception {
        // The first branch's row comes at once; the count takes past the limit.
        String late = "SELECT * WHERE { { SELECT ?s WHERE { ?s ?p ?o } LIMIT 1 } UNION "
                + "{ SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l } } }";
        for (String accept : List.of("application/sparql-results+json", "text/csv", "application/sparql-results+xml",
                "text/tab-separated-values")) {
            HttpRequest r = HttpRequest.newBuilder(URI.create(server.sparqlUrl() + "?query=" + encode(late)))
                    .timeout(Duration.ofSeconds(30)).header("Accept", accept).GET().build();
            HttpResponse<String> response = HttpClient.newHttpClient().send(r, HttpResponse.BodyHandlers.ofString());
            assertEquals(503, response.statusCode(), () -> accept + ": " + response.body());
            assertEquals("Query timed out\n", response.body(), accept);
        }
        // A CONSTRUCT the same way.
        String construct = "CONSTRUCT { ?s ?p ?o } WHERE { { SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 1 } UNION "
                + "{ SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l } } }";
        HttpRequest c = HttpRequest.newBuilder(URI.create(server.sparqlUrl() + "?query=" + encode(construct)))
                .timeout(Duration.ofSeconds(30)).header("Accept", "application/n-triples").GET().build();
        HttpResponse<String> cr = HttpClient.newHttpClient().send(c, HttpResponse.BodyHandlers.ofString());
        assertEquals(503, cr.statusCode(), cr::body);
    }

    @Test
    void updatesCannotLoadFilesOrUrls() throws Exception {
        java.nio.file.Path secret = tmp.resolve("secret.nt");
        java.nio.file.Files.writeString(secret, "<urn:x> <urn:y> \"SECRET-ON-THE-SERVER\" .\n");
        SparqlServer writable = SparqlServer.builder(store).port(Served.freePort()).timeout(Duration.ofMillis(LIMIT_MS)).allowUpdate(true)
                .build().start();
        try {
            String update = writable.baseUrl() + "newskg/update";
            for (String load : List.of("LOAD <" + secret.toUri() + "> INTO GRAPH <urn:g>", "LOAD SILENT <" + secret.toUri() + ">",
                    "INSERT DATA { <urn:a> <urn:b> 1 } ; LOAD <" + secret.toUri() + ">")) {
                HttpResponse<String> byBody = Served.send("POST", update, "application/sparql-update", load);
                assertEquals(400, byBody.statusCode(), byBody::body);
                assertTrue(byBody.body().contains("LOAD"), byBody::body);
                HttpResponse<String> byForm = Served.send("POST", update, "application/x-www-form-urlencoded", "update=" + encode(load));
                assertEquals(400, byForm.statusCode(), byForm::body);
            }
            Timed leaked = query(writable, "ASK { GRAPH ?g { ?s ?p \"SECRET-ON-THE-SERVER\" } }");
            assertTrue(leaked.response().body().contains("false"), leaked.response()::body);
            // Other updates still work.
            HttpResponse<String> insert = Served.send("POST", update, "application/sparql-update",
                    "INSERT DATA { GRAPH <urn:test> { <urn:a> <urn:b> 1 } }");
            assertEquals(204, insert.statusCode(), insert::body);
            Served.send("POST", update, "application/sparql-update", "DROP GRAPH <urn:test>");
        } finally {
            writable.stop();
        }
    }
}
