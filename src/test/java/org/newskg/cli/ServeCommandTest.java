package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code newskg serve} as a user runs it: its own process, a banner, curl-like requests, Ctrl-C. */
class ServeCommandTest {

    @TempDir
    static Path tmp;
    static Path store;

    @BeforeAll
    static void ingest() {
        store = tmp.resolve("store");
        Cli ingest = Cli.run("ingest", "--store", store.toString(), "corpus");
        assertEquals(0, ingest.exit(), ingest::toString);
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Test
    void servesSparqlPrintsABannerAndStopsCleanlyOnCtrlC() throws Exception {
        Path kill = Path.of("/bin/kill");
        Assumptions.assumeTrue(Files.isExecutable(kill), "no /bin/kill to send Ctrl-C (SIGINT) with");
        int port = freePort();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process serve = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Newskg.class.getName(),
                "serve", "--store", store.toString(), "--port", Integer.toString(port), "--timeout", "5").start();
        CompletableFuture<String> errors = CompletableFuture.supplyAsync(() -> {
            try {
                return new String(serve.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                return e.toString();
            }
        });
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
            String banner = CompletableFuture.supplyAsync(() -> {
                try {
                    return out.readLine();
                } catch (java.io.IOException e) {
                    return e.toString();
                }
            }).get(120, TimeUnit.SECONDS);
            assertEquals("newskg: SPARQL endpoint http://127.0.0.1:" + port + "/newskg/sparql (read-only, query time limit 5 s), "
                    + "web page http://127.0.0.1:" + port + "/ — Ctrl-C to stop", banner);

            HttpClient http = HttpClient.newHttpClient();
            String query = "SELECT (COUNT(*) AS ?n) WHERE { ?s a <https://w3id.org/newskg/ontology#Statement> }";
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + "/newskg/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                    .header("Accept", "application/sparql-results+json").timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode());
            assertTrue(r.body().contains("\"n\"") && r.body().contains("\"value\""), r.body());

            // Ctrl-C: the shutdown hook stops the server and releases the store. A process started in
            // the background by a non-interactive shell ignores SIGINT, and so does every child (the JVM
            // then installs no handler for it); the test sends SIGTERM then, which takes the same path.
            String signal = sigintIgnored() ? "TERM" : "INT";
            assertEquals(0, new ProcessBuilder(kill.toString(), "-" + signal, Long.toString(serve.pid())).start().waitFor());
            assertTrue(serve.waitFor(60, TimeUnit.SECONDS), "serve did not stop on SIG" + signal);
        } finally {
            serve.destroyForcibly();
        }
        String err = errors.get(30, TimeUnit.SECONDS);
        assertTrue(!err.contains("Exception"), err);
        Cli stats = Cli.run("stats", "--store", store.toString());
        assertEquals(0, stats.exit(), stats::toString); // the lock is gone: the store opens again
        assertTrue(stats.out().contains("articles   5"), stats::toString);
    }

    /** Whether this process ignores SIGINT (Linux: the bit for signal 2 in SigIgn of /proc/self/status), as its children then do. */
    private static boolean sigintIgnored() throws java.io.IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.isReadable(status)) {
            return false;
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("SigIgn:")) {
                return (Long.parseUnsignedLong(line.substring(7).strip(), 16) & (1L << 1)) != 0; // SIGINT is 2
            }
        }
        return false;
    }

    @Test
    void failsClearlyOnAMissingStoreABusyPortAndBadOptions() throws Exception {
        Cli missing = Cli.run("serve", "--store", tmp.resolve("nowhere").toString());
        assertEquals(1, missing.exit(), missing::toString);
        assertTrue(missing.err().startsWith("newskg: no store at"), missing::toString);

        try (ServerSocket busy = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            Cli inUse = Cli.run("serve", "--store", store.toString(), "--port", Integer.toString(busy.getLocalPort()));
            assertEquals(1, inUse.exit(), inUse::toString);
            assertTrue(inUse.err().startsWith("newskg: cannot listen on 127.0.0.1:" + busy.getLocalPort()), inUse::toString);
            assertEquals(1, inUse.err().lines().count(), inUse::toString);
        }
        assertEquals(0, Cli.run("stats", "--store", store.toString()).exit()); // the failed serve released the store

        assertEquals(2, Cli.run("serve", "--store", store.toString(), "--timeout", "0").exit());
        assertEquals(2, Cli.run("serve", "--store", store.toString(), "--port", "70000").exit());
    }
}
