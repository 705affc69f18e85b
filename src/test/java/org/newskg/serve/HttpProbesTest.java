package org.newskg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.serve.Served.encode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.store.KgStore;

/**
 * Hostile requests sent over a raw socket to a real server on a free loopback port, as a probe
 * would send them: compressed bodies, JSONP, foreign Host headers, TRACE. Each is bounded in time.
 */
@Timeout(120)
class HttpProbesTest {

    @TempDir
    static Path tmp;
    static KgStore store;
    static SparqlServer server;

    @BeforeAll
    static void serve() throws IOException {
        store = Served.corpusStore(tmp.resolve("store"));
        server = SparqlServer.builder(store).port(Served.freePort()).timeout(Duration.ofSeconds(2)).build().start();
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    /** Sends head and body as they are and reads the whole answer, while sending (the server may answer early). */
    static String exchange(String head, byte[] body) throws Exception {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            socket.setSoTimeout(20_000);
            CompletableFuture<String> answer = CompletableFuture.supplyAsync(() -> {
                ByteArrayOutputStream got = new ByteArrayOutputStream();
                try {
                    socket.getInputStream().transferTo(got);
                } catch (IOException closed) {
                    // keep what arrived
                }
                return got.toString(StandardCharsets.UTF_8);
            });
            OutputStream out = socket.getOutputStream();
            try {
                out.write(head.getBytes(StandardCharsets.ISO_8859_1));
                out.write(body);
                out.flush();
            } catch (IOException stoppedReading) {
                // the server answered before the end of the body
            }
            return answer.get(30, TimeUnit.SECONDS);
        }
    }

    static String get(String target, String host) throws Exception {
        return exchange("GET " + target + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n", new byte[0]);
    }

    static int status(String response) {
        String[] first = response.lines().findFirst().orElse("").split(" ");
        return first.length > 1 && first[0].startsWith("HTTP/") ? Integer.parseInt(first[1]) : -1;
    }

    static String body(String response) {
        int at = response.indexOf("\r\n\r\n");
        return at < 0 ? "" : response.substring(at + 4);
    }

    static String local() {
        return "127.0.0.1:" + server.port();
    }

    // ---- item 4: the size limit holds for what the body decodes to

    static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(data);
        }
        return bytes.toByteArray();
    }

    @Test
    void aCompressedBodyCannotGetPastTheSizeLimit() throws Exception {
        // 8 MB of query text that gzips to a few KB.
        byte[] text = ("ASK { FILTER(\"" + "x".repeat(8 * 1024 * 1024) + "\" != \"\") }").getBytes(StandardCharsets.UTF_8);
        byte[] packed = gzip(text);
        assertTrue(packed.length < SparqlServer.MAX_REQUEST_BYTES / 10);
        for (String type : List.of("application/sparql-query", "application/x-www-form-urlencoded")) {
            byte[] body = type.startsWith("application/x") ? gzip(("query=" + encode(new String(text, StandardCharsets.UTF_8)))
                    .getBytes(StandardCharsets.US_ASCII)) : packed;
            long start = System.nanoTime();
            String r = exchange("POST /newskg/sparql HTTP/1.1\r\nHost: " + local() + "\r\nContent-Type: " + type
                    + "\r\nContent-Encoding: gzip\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n\r\n", body);
            long ms = (System.nanoTime() - start) / 1_000_000;
            assertTrue(status(r) == 413 || status(r) == 415, r);
            assertEquals(1, body(r).lines().count(), r);
            assertTrue(ms < 5000, ms + " ms");
        }
        // A small compressed query is refused the same way, and the server still answers plain ones.
        byte[] small = gzip("ASK { }".getBytes(StandardCharsets.UTF_8));
        String r = exchange("POST /newskg/sparql HTTP/1.1\r\nHost: " + local() + "\r\nContent-Type: application/sparql-query"
                + "\r\nContent-Encoding: gzip\r\nContent-Length: " + small.length + "\r\nConnection: close\r\n\r\n", small);
        assertEquals(415, status(r), r);
        String plain = exchange("POST /newskg/sparql HTTP/1.1\r\nHost: " + local() + "\r\nContent-Type: application/sparql-query"
                + "\r\nContent-Length: 7\r\nConnection: close\r\n\r\n", "ASK { }".getBytes(StandardCharsets.UTF_8));
        assertEquals(200, status(plain), plain);
    }

    // ---- item 5: no cross-origin reads (JSONP, DNS rebinding), no TRACE

    @Test
    void jsonpIsOff() throws Exception {
        String r = get("/newskg/sparql?query=" + encode("ASK { }") + "&callback=steal", local());
        assertEquals(400, status(r), r);
        assertFalse(body(r).contains("steal("), r);
        assertEquals(1, body(r).lines().count(), r);
        String named = get("/newskg/queries/who-said-what?callback=steal", local());
        assertEquals(400, status(named), named);
        // Without it the same query is answered.
        String ok = get("/newskg/sparql?query=" + encode("ASK { }"), local());
        assertEquals(200, status(ok), ok);
    }

    @Test
    void onlyTheBoundAddressOrLocalhostAsHost() throws Exception {
        int port = server.port();
        for (String host : List.of("127.0.0.1:" + port, "localhost:" + port, "localhost", "127.0.0.1", "LOCALHOST:" + port,
                "[::1]:" + port)) {
            String r = get("/newskg/sparql?query=" + encode("ASK { }"), host);
            assertEquals(200, status(r), host + " → " + r);
        }
        // A name that resolves to this machine in an attacker's DNS (rebinding) is not this server's name.
        for (String host : List.of("evil.example:" + port, "evil.example", "localhost.evil.example:" + port, "127.0.0.1.nip.io:" + port,
                "10.0.0.1:" + port)) {
            for (String path : List.of("/newskg/sparql?query=" + encode("ASK { }"), "/", "/newskg/queries")) {
                String r = get(path, host);
                assertEquals(421, status(r), host + path + " → " + r);
                assertEquals(1, body(r).lines().count(), r);
                assertFalse(r.contains("boolean"), r);
            }
        }
    }

    @Test
    void traceIsRefused() throws Exception {
        for (String path : List.of("/", "/newskg/sparql", "/newskg/queries", "/assets/app.js", "/no/such")) {
            String r = exchange("TRACE " + path + " HTTP/1.1\r\nHost: " + local() + "\r\nX-Probe: secret-token\r\nCookie: c=secret-cookie"
                    + "\r\nConnection: close\r\n\r\n", new byte[0]);
            assertEquals(405, status(r), path + " → " + r);
            assertFalse(r.contains("secret"), r);
        }
    }

    // ---- item 8: errors are one plain line, no internals

    /** Exception and class names, stack frames, packages: what an error body must not show. */
    static final java.util.regex.Pattern INTERNALS = java.util.regex.Pattern.compile(
            "\\w+(Exception|Error)\\b|\\b(java|javax|jakarta|org|com|sun)\\.[a-z]\\w*\\.|\\bat [a-z]\\w*\\.|Caused by|bogus-cs");

    static void assertPlainLine(int status, String response, String what) {
        assertEquals(status, status(response), () -> what + " → " + response);
        String body = body(response);
        assertEquals(1, body.lines().count(), () -> what + " → " + response);
        assertTrue(body.endsWith("\n"), () -> what + " → " + response);
        assertFalse(INTERNALS.matcher(body).find(), () -> what + " → " + response);
    }

    static String post(String contentType, byte[] body) throws Exception {
        return exchange("POST /newskg/sparql HTTP/1.1\r\nHost: " + local() + "\r\nContent-Type: " + contentType
                + "\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n\r\n", body);
    }

    @Test
    void errorsAreOnePlainLine() throws Exception {
        byte[] ask = "query=ASK%7B%7D".getBytes(StandardCharsets.US_ASCII);
        String badCharset = post("application/x-www-form-urlencoded; charset=bogus-cs", ask);
        assertTrue(status(badCharset) == 400 || status(badCharset) == 415, badCharset);
        assertPlainLine(status(badCharset), badCharset, "bad charset");
        String badQueryCharset = post("application/sparql-query; charset=bogus-cs", "ASK {}".getBytes(StandardCharsets.US_ASCII));
        assertPlainLine(status(badQueryCharset), badQueryCharset, "bad charset");
        assertTrue(status(badQueryCharset) == 400 || status(badQueryCharset) == 415, badQueryCharset);
        String nested = post("application/sparql-query", ("ASK " + "{".repeat(50_000)).getBytes(StandardCharsets.US_ASCII));
        assertPlainLine(400, nested, "50,000 nested {");
        String nestedExpr = post("application/sparql-query", ("ASK { FILTER(" + "(".repeat(50_000) + ") }").getBytes(StandardCharsets.US_ASCII));
        assertPlainLine(400, nestedExpr, "50,000 nested (");
        for (String q : List.of("BASE <::> SELECT * {}", "SELECT * WHERE { ?s ?p ?o } LIMIT -1", "SELECT * { ?s ?p \"\\u00\"}",
                "SELECT * { BIND(1 AS ?x) BIND(2 AS ?x) }", "SELEKT", "")) {
            String r = get("/newskg/sparql?query=" + encode(q), local());
            assertPlainLine(400, r, q);
        }
        // The server is still there.
        assertEquals(200, status(get("/newskg/sparql?query=" + encode("ASK { }"), local())));
    }

    // ---- item 9 (server part): HTTP errors speak HTTP

    @Test
    void aMissingParameterIsNamedAsAnHttpParameter() throws Exception {
        String r = get("/newskg/queries/statements-by-speaker", local());
        assertPlainLine(400, r, "missing parameter");
        assertFalse(body(r).contains("--param"), r);
        assertTrue(body(r).contains("speaker="), r);
    }
}
