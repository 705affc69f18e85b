package org.newskg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.serve.Served.encode;
import static org.newskg.serve.Served.get;
import static org.newskg.serve.Served.send;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
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
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.rdf.NKG;
import org.newskg.store.KgStore;

/**
 * The server's limits and what its errors show, each sent over real HTTP to a real server on a
 * free loopback port: result cap, request size limits, error bodies without internals, static
 * files that cannot leave their folder. Malformed requests the HTTP client refuses to send go
 * over a raw socket.
 */
class ServerSafetyTest {

    static final String PREFIXES = "PREFIX nkg: <" + NKG.NS + ">\n";
    static final String ALL_STATEMENTS = PREFIXES + "SELECT ?s ?text WHERE { ?s a nkg:Statement ; nkg:text ?text } ORDER BY ?s";
    static final String RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
    static final int CAP = 5;

    @TempDir
    static Path tmp;
    static KgStore store;
    /** Default limits, 2 s time limit. */
    static SparqlServer server;
    /** Results capped at {@link #CAP} rows. */
    static SparqlServer capped;

    @BeforeAll
    static void serve() throws IOException {
        Served.ingestCorpus(tmp.resolve("store"));
        store = KgStore.openExisting(tmp.resolve("store"));
        server = SparqlServer.builder(store).port(Served.freePort()).timeout(Duration.ofSeconds(2)).build().start();
        // The same time limit: it lives in the store's dataset context, which both servers share.
        capped = SparqlServer.builder(store).port(Served.freePort()).timeout(Duration.ofSeconds(2)).maxResults(CAP).build().start();
    }

    @AfterAll
    static void stop() {
        server.stop();
        capped.stop();
        store.close();
    }

    // ---- result cap

    private static int rows(HttpResponse<String> r) {
        assertEquals(200, r.statusCode(), r::body);
        var rs = ResultSetMgr.read(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON);
        int n = 0;
        while (rs.hasNext()) {
            rs.next();
            n++;
        }
        return n;
    }

    private static Optional<String> capHeader(HttpResponse<String> r) {
        return r.headers().firstValue(ResultCap.HEADER);
    }

    private static HttpResponse<String> sparql(SparqlServer s, String query) throws Exception {
        return get(s.sparqlUrl() + "?query=" + encode(query), "application/sparql-results+json");
    }

    @Test
    void capsSparqlResultsAtMaxResultsAndSaysSo() throws Exception {
        // Under the default cap the corpus's statements all come back; the header says the cap was imposed.
        HttpResponse<String> all = sparql(server, ALL_STATEMENTS);
        assertTrue(rows(all) > 40);
        assertEquals(Optional.of("100000"), capHeader(all));

        HttpResponse<String> cut = sparql(capped, ALL_STATEMENTS);
        assertEquals(CAP, rows(cut));
        assertEquals(Optional.of("5"), capHeader(cut));
        HttpResponse<String> askedForMore = sparql(capped, ALL_STATEMENTS + " LIMIT 1000");
        assertEquals(CAP, rows(askedForMore));
        assertEquals(Optional.of("5"), capHeader(askedForMore));
        HttpResponse<String> byPost = send("POST", capped.sparqlUrl(), "application/sparql-query", ALL_STATEMENTS);
        assertEquals(CAP, rows(byPost));
        assertEquals(Optional.of("5"), capHeader(byPost));

        // A query that asks for no more than the cap is left alone.
        HttpResponse<String> small = sparql(capped, ALL_STATEMENTS + " LIMIT 3");
        assertEquals(3, rows(small));
        assertEquals(Optional.empty(), capHeader(small));
        HttpResponse<String> ask = sparql(capped, PREFIXES + "ASK { ?s a nkg:Statement }");
        assertEquals(200, ask.statusCode());
        assertTrue(ask.body().contains("true"), ask::body);
        assertEquals(Optional.empty(), capHeader(ask));

        // CONSTRUCT: at most the cap's solutions, here one triple each.
        HttpResponse<String> construct = get(capped.sparqlUrl() + "?query="
                + encode(PREFIXES + "CONSTRUCT { ?s nkg:text ?t } WHERE { ?s a nkg:Statement ; nkg:text ?t }"), "application/n-triples");
        assertEquals(200, construct.statusCode(), construct::body);
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(construct.body(), Lang.NTRIPLES).parse(m);
        assertEquals(CAP, m.size());
        assertEquals(Optional.of("5"), capHeader(construct));
    }

    @Test
    void capsNamedQueriesAndSaysSoOnlyWhenRowsWereLeftOut() throws Exception {
        HttpResponse<String> full = get(server.baseUrl() + "newskg/queries/who-said-what?format=csv", null);
        assertEquals(200, full.statusCode(), full::body);
        assertTrue(full.body().lines().count() - 1 > 40);
        assertEquals(Optional.empty(), capHeader(full));

        HttpResponse<String> cut = get(capped.baseUrl() + "newskg/queries/who-said-what?format=csv", null);
        assertEquals(200, cut.statusCode(), cut::body);
        List<String> lines = cut.body().lines().toList();
        assertEquals(CAP + 1, lines.size(), cut::body); // header row + the cap
        assertEquals(full.body().lines().limit(CAP + 1).toList(), lines); // the first rows, in the query's order
        assertEquals(Optional.of("5"), capHeader(cut));
        assertEquals(CAP, rows(get(capped.baseUrl() + "newskg/queries/who-said-what", null)));

        // A result within the cap has no header.
        HttpResponse<String> ryder = get(server.baseUrl() + "newskg/queries/statements-by-speaker?speaker=Ryder&format=csv", null);
        long ryderRows = ryder.body().lines().count() - 1;
        assertTrue(ryderRows >= 1 && ryderRows < 100, ryder::body);
        SparqlServer roomy = SparqlServer.builder(store).port(Served.freePort()).timeout(Duration.ofSeconds(2)).maxResults(ryderRows)
                .build().start();
        try {
            HttpResponse<String> exact = get(roomy.baseUrl() + "newskg/queries/statements-by-speaker?speaker=Ryder&format=csv", null);
            assertEquals(ryder.body(), exact.body());
            assertEquals(Optional.empty(), capHeader(exact));
        } finally {
            roomy.stop();
        }
    }

    @Test
    void refusesServiceSoClientsCannotMakeTheServerFetchUrls() throws Exception {
        try (java.net.ServerSocket elsewhere = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            elsewhere.setSoTimeout(1000);
            String target = "<http://127.0.0.1:" + elsewhere.getLocalPort() + "/sparql>";
            for (String q : List.of("SELECT * WHERE { SERVICE " + target + " { ?s ?p ?o } }",
                    "SELECT * WHERE { { SELECT ?s WHERE { SERVICE SILENT " + target + " { ?s ?p ?o } } LIMIT 1 } }",
                    "ASK { ?x ?y ?z OPTIONAL { SERVICE " + target + " { ?x ?p ?o } } }")) {
                HttpResponse<String> r = sparql(server, q);
                assertEquals(400, r.statusCode(), r::body);
                assertTrue(r.body().contains("SERVICE"), r::body);
            }
            assertThrows(java.net.SocketTimeoutException.class, elsewhere::accept, "the server connected to the SERVICE URL");
        }
    }

    @Test
    void serveRefusesAMaxResultsBelowOne() {
        java.io.StringWriter err = new java.io.StringWriter();
        int exit = org.newskg.cli.Newskg.commandLine(new java.io.PrintWriter(new java.io.StringWriter(), true),
                new java.io.PrintWriter(err, true)).execute("serve", "--store", tmp.resolve("store").toString(), "--max-results", "0");
        assertEquals(2, exit, err::toString);
        assertTrue(err.toString().contains("--max-results must be at least 1"), err::toString);
    }

    // ---- request size

    @Test
    void refusesBodiesOverOneMegabyteWith413() throws Exception {
        String big = "# " + "x".repeat((int) SparqlServer.MAX_REQUEST_BYTES) + "\nASK {}";
        String body = post(server, "application/sparql-query", big, false);
        assertEquals(413, status(body), body);
        assertEquals(413, status(post(server, "application/x-www-form-urlencoded", "query=" + encode(big), false)));
        // Without a Content-Length (chunked), the limit holds while reading; for forms too.
        assertEquals(413, status(post(server, "application/sparql-query", big, true)));
        assertEquals(413, status(post(server, "application/x-www-form-urlencoded", "query=" + encode(big), true)));
        String smallChunked = post(server, "application/sparql-query", "ASK { }", true);
        assertEquals(200, status(smallChunked), smallChunked);
        assertEquals(413, rawStatus(server, "POST /newskg/sparql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/sparql-query\r\n"
                + "Content-Length: 2000000000\r\nConnection: close\r\n\r\nASK {}"));

        // Just under the limit is fine, and the server is still there.
        String fits = "# " + "x".repeat(900 * 1024) + "\nASK {}";
        String ok = post(server, "application/sparql-query", fits, false);
        assertEquals(200, status(ok), ok);
        assertTrue(ok.contains("true"), ok);
    }

    @Test
    void refusesOverlongUrlsAndHeadersWith414And431() throws Exception {
        String longQuery = "ASK { FILTER(\"" + "x".repeat(SparqlServer.MAX_HEADER_BYTES) + "\" != \"\") }";
        HttpResponse<String> url = alone(server.sparqlUrl() + "?query=" + encode(longQuery));
        assertEquals(414, url.statusCode());
        HttpRequest bigHeader = HttpRequest.newBuilder(URI.create(server.sparqlUrl() + "?query=" + encode("ASK {}")))
                .header("X-Padding", "y".repeat(SparqlServer.MAX_HEADER_BYTES)).GET().build();
        assertEquals(431, HttpClient.newHttpClient().send(bigHeader, HttpResponse.BodyHandlers.ofString()).statusCode());
        StringBuilder manyHeaders = new StringBuilder("GET /newskg/sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: localhost\r\n");
        for (int i = 0; i < 500; i++) {
            manyHeaders.append("X-H").append(i).append(": ").append("z".repeat(20)).append("\r\n");
        }
        assertEquals(431, rawStatus(server, manyHeaders.append("Connection: close\r\n\r\n").toString()));

        // A GET query of a few kilobytes still works.
        String fits = "ASK { FILTER(\"" + "x".repeat(4000) + "\" != \"\") }";
        HttpResponse<String> ok = get(server.sparqlUrl() + "?query=" + encode(fits), "application/sparql-results+json");
        assertEquals(200, ok.statusCode(), ok::body);
    }

    // ---- error bodies

    /** Text that shows internals: stack frames, exception names, class names, file-system paths. */
    private static List<String> leaks(String body) {
        List<String> found = new ArrayList<>();
        for (String s : List.of("at org.", "at java.", "Exception", "Caused by", ".java:", "org.newskg", "org.apache", "org.eclipse",
                "jakarta.", "/work/", "/tmp/", "/home/", "/root/", tmp.toString(), tmp.resolve("store").toString(),
                System.getProperty("user.dir"), System.getProperty("java.io.tmpdir"), "SERVLET:")) {
            if (body.contains(s)) {
                found.add(s);
            }
        }
        return found;
    }

    private static void assertPlainError(int status, HttpResponse<String> r) {
        assertEquals(status, r.statusCode(), () -> r.request().method() + " " + r.uri() + ": " + r.body());
        assertEquals(List.of(), leaks(r.body()), () -> r.uri() + " → " + r.body());
    }

    @Test
    void errorResponsesShowNoStackTracesClassNamesOrPaths() throws Exception {
        String base = server.baseUrl();
        HttpResponse<String> timedOut = get(server.sparqlUrl() + "?query=" + encode(RUNAWAY), null);
        assertPlainError(503, timedOut);
        assertTrue(timedOut.body().contains("Query timed out"), timedOut::body);
        assertPlainError(400, get(server.sparqlUrl() + "?query=" + encode("SELECT * WHERE { ?s ?p "), null));
        assertPlainError(400, send("POST", server.sparqlUrl(), "application/sparql-query", "SELEKT nothing"));
        assertPlainError(400, get(server.sparqlUrl() + "?query=" + encode("SELECT * { SERVICE <file:///etc/passwd> { ?s ?p ?o } }"), null));
        // What Jetty answers itself is one plain line, not its HTML page echoing the request.
        HttpResponse<String> noPage = get(base + "no/such/page", null);
        assertPlainError(404, noPage);
        assertEquals("404 Not Found\n", noPage.body());
        assertTrue(noPage.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
        assertPlainError(404, get(base + "assets/missing.js", null));
        assertPlainError(404, get(base + "newskg/queries/no-such-query", null));
        assertPlainError(404, get(base + "newskg/viz?actor=" + encode("Nobody At All"), null));
        assertPlainError(405, send("DELETE", base + "newskg/queries/who-said-what", "text/plain", ""));
        assertPlainError(405, send("PUT", base + "assets/app.js", "text/javascript", "alert(1)"));
        String tooLarge = post(server, "application/sparql-query", "x".repeat(2 * 1024 * 1024), false);
        assertEquals(413, status(tooLarge), tooLarge);
        assertTrue(tooLarge.endsWith("\r\n\r\n413 Payload Too Large\n"), tooLarge);
        assertEquals(List.of(), leaks(tooLarge), tooLarge);
        HttpResponse<String> tooLong = alone(server.sparqlUrl() + "?query=" + "x".repeat(10_000));
        assertPlainError(414, tooLong);
        assertEquals("414 URI Too Long\n", tooLong.body());
        assertPlainError(400, get(base + "newskg/queries/statements-by-speaker?speaker=Ryder&nosuch=1", null));
        assertPlainError(400, get(base + "newskg/queries/statements-by-speaker", null));
        assertPlainError(400, get(base + "newskg/queries/who-said-what?format=xml", null));
        assertPlainError(400, get(base + "newskg/viz?depth=deep", null));
        assertPlainError(400, get(base + "newskg/viz?from=yesterday", null));
        String bad = raw(server, "GET /newskg/sparql?query=%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertEquals(400, status(bad), bad);
        assertEquals(List.of(), leaks(bad), bad);
        String garbage = raw(server, "GET /newskg/sparql HTTP/1.1\r\nHost: localhost\r\nno colon in this header\r\n\r\n");
        assertEquals(400, status(garbage), garbage);
        assertEquals(List.of(), leaks(garbage), garbage);
    }

    // ---- static files

    @Test
    void staticFilesCannotEscapeTheirFolder() throws Exception {
        String outside = "NEWSKG-OUTSIDE-THE-WEB-FOLDER"; // src/test/resources/newskg/outside-web.html, on the classpath
        assertTrue(new String(ServerSafetyTest.class.getResourceAsStream("/newskg/outside-web.html").readAllBytes(),
                StandardCharsets.UTF_8).contains(outside));
        // The folder itself is served (the control).
        String app = raw(server, request("/assets/app.js"));
        assertEquals(200, status(app), app);

        List<String> attempts = List.of("/../pom.xml", "/../../../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd",
                "/..%2f..%2fetc/passwd", "/..%2F..%2F..%2F..%2Fetc%2Fpasswd", "/static/../../pom.xml", "/static/../../../etc/passwd",
                "/assets/../../pom.xml", "/assets/..%2f..%2f..%2fpom.xml", "/assets/%2e%2e/%2e%2e/pom.xml",
                "/assets/..%5c..%5cpom.xml", "/assets/..%5C..%5C..%5C..%5Cetc%5Cpasswd", "/assets/..\\..\\pom.xml",
                "/assets/%252e%252e/%252e%252e/pom.xml", "/assets/..;/..;/pom.xml", "/assets/%c0%ae%c0%ae/%c0%ae%c0%ae/pom.xml",
                "/assets//etc/passwd", "//etc/passwd", "/assets/file:/etc/passwd",
                "/assets/../outside-web.html", "/assets/..%2foutside-web.html", "/assets/%2e%2e/outside-web.html",
                "/assets/..%5coutside-web.html", "/assets/.%2e/outside-web.html", "/assets/..;/outside-web.html",
                "/webjars/../../newskg/outside-web.html", "/webjars/..%2f..%2f..%2fnewskg%2foutside-web.html",
                "/webjars/%2e%2e/%2e%2e/%2e%2e/newskg/outside-web.html", "/webjars/..%5c..%5c..%5cnewskg%5coutside-web.html",
                "/newskg/../../pom.xml", "/newskg/queries/..%2f..%2f..%2fpom.xml");
        for (String path : attempts) {
            String response = raw(server, request(path));
            int status = status(response);
            assertTrue(status == 400 || status == 404, path + " → " + response);
            for (String content : List.of("<modelVersion>", "root:x:0", "root:*:0", outside)) {
                assertFalse(response.contains(content), path + " served " + content);
            }
            assertEquals(List.of(), leaks(response), path + " → " + response);
        }
        // And nothing of the kind with a normalising client either.
        assertPlainError(404, get(server.baseUrl() + "assets/missing.html", null));
    }

    // ---- raw HTTP

    /**
     * A GET on a connection of its own: Jetty closes the connection after a request line it
     * refuses, and a pooled client may otherwise wait out the idle timeout before retrying.
     */
    private static HttpResponse<String> alone(String url) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String request(String path) {
        return "GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n";
    }

    /** Sends bytes as they are and reads the whole response (the server closes the connection). */
    private static String raw(SparqlServer s, String request) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), s.port())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /**
     * POSTs the body to /newskg/sparql over a raw socket, with a Content-Length or in 64 KB chunks
     * without one. The answer is read while sending: a server that refuses a body answers and
     * closes before the end of it, and a client that only reads afterwards may lose the answer.
     */
    private static String post(SparqlServer s, String contentType, String body, boolean chunked) throws Exception {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), s.port())) {
            socket.setSoTimeout(30_000);
            java.util.concurrent.CompletableFuture<String> answer = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                java.io.ByteArrayOutputStream got = new java.io.ByteArrayOutputStream();
                try {
                    socket.getInputStream().transferTo(got);
                } catch (IOException closed) {
                    // keep what arrived
                }
                return got.toString(StandardCharsets.UTF_8);
            });
            OutputStream out = socket.getOutputStream();
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            try {
                out.write(("POST /newskg/sparql HTTP/1.1\r\nHost: localhost\r\nContent-Type: " + contentType
                        + "\r\nAccept: application/sparql-results+json\r\n"
                        + (chunked ? "Transfer-Encoding: chunked" : "Content-Length: " + bytes.length) + "\r\nConnection: close\r\n\r\n")
                        .getBytes(StandardCharsets.ISO_8859_1));
                for (int at = 0; at < bytes.length; at += 65536) {
                    int n = Math.min(65536, bytes.length - at);
                    if (chunked) {
                        out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                    }
                    out.write(bytes, at, n);
                    if (chunked) {
                        out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
                    }
                }
                if (chunked) {
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                }
                out.flush();
            } catch (IOException stoppedReading) {
                // the server answered before the end of the body and closed its side
            }
            return answer.get(30, java.util.concurrent.TimeUnit.SECONDS);
        }
    }

    private static int rawStatus(SparqlServer s, String request) throws IOException {
        String response = raw(s, request);
        return status(response);
    }

    /** The status code of a raw response; -1 when there is none. */
    private static int status(String response) {
        String[] first = response.lines().findFirst().orElse("").split(" ");
        return first.length > 1 && first[0].startsWith("HTTP/") ? Integer.parseInt(first[1]) : -1;
    }
}
