package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A query stopped from outside (Ctrl-C, SIGTERM) must not leave its sort spill files behind, be it
 * run by {@code newskg query} or by a {@code newskg serve} that is stopped. The child JVM runs a
 * query whose ORDER BY outgrows the in-memory sort (a cross product of the sample store's
 * triples), with its own {@code java.io.tmpdir}; once ARQ has spilled a run there, the child gets
 * SIGTERM, and the directory must be empty when it has exited.
 */
class QueryInterruptTest {

    private static final String CROSS_PRODUCT = """
            # A sort far larger than the in-memory limit: every pair of triples, ordered.
            SELECT ?a ?b WHERE { ?a ?p ?x . ?b ?q ?y } ORDER BY ?x ?y
            """;

    @TempDir
    Path tmp;

    @Test
    void aQueryTerminatedWhileSortingDeletesItsSpillFiles() throws Exception {
        Path store = ingestedStore();
        Path query = Files.writeString(tmp.resolve("pairs.rq"), CROSS_PRODUCT);
        Path spill = Files.createDirectories(tmp.resolve("spill"));
        Process p = child(spill, "query", "--store", store.toString(), "--format", "tsv", query.toString());
        terminateOnceSpilledAndCheck(p, spill);
    }

    /**
     * The same query sent to a running {@code serve}'s SPARQL endpoint (with a time limit and a
     * result cap that let it sort everything): stopping the server must abort it and let it close.
     */
    @Test
    void aServerStoppedWhileItsEndpointSortsDeletesTheSpillFiles() throws Exception {
        Path store = ingestedStore();
        Path spill = Files.createDirectories(tmp.resolve("spill"));
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Process p = child(spill, "serve", "--store", store.toString(), "--port", Integer.toString(port),
                "--timeout", "600", "--max-results", "1000000000");
        try {
            URI endpoint = URI.create("http://127.0.0.1:" + port + "/newskg/sparql");
            HttpClient http = HttpClient.newHttpClient();
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
            while (!listening(port) && p.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertTrue(listening(port), "the server did not start listening on port " + port);
            // Sent without waiting: the answer never comes, the server is stopped while it sorts.
            http.sendAsync(HttpRequest.newBuilder(endpoint).header("Content-Type", "application/sparql-query")
                    .POST(HttpRequest.BodyPublishers.ofString(CROSS_PRODUCT)).build(), HttpResponse.BodyHandlers.discarding());
            terminateOnceSpilledAndCheck(p, spill);
        } finally {
            p.destroyForcibly();
        }
    }

    private Path ingestedStore() {
        Path store = tmp.resolve("store");
        assertEquals(0, Cli.run("ingest", "--store", store.toString(), "corpus").exit());
        return store;
    }

    /** {@code newskg ARGS} in a child JVM whose {@code java.io.tmpdir} is {@code spill}. */
    private static Process child(Path spill, String... args) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx1g", "-Djava.io.tmpdir=" + spill,
                "-cp", System.getProperty("java.class.path"), Newskg.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** Waits for a spill file, sends SIGTERM (as Ctrl-C does), and checks that none is left once the child exits. */
    private static void terminateOnceSpilledAndCheck(Process p, Path spill) throws Exception {
        try {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
            while (spillFiles(spill).isEmpty() && p.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertTrue(p.isAlive(), "the query ended before it was stopped (exit " + (p.isAlive() ? "" : p.exitValue()) + ")");
            assertFalse(spillFiles(spill).isEmpty(), "the query spilled nothing to " + spill + " within 3 minutes");
            p.destroy(); // SIGTERM: the JVM runs its shutdown hooks, as on Ctrl-C
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the query did not stop on SIGTERM");
        } finally {
            p.destroyForcibly();
        }
        assertEquals(List.of(), spillFiles(spill), "spill files left behind after the query was stopped");
    }

    private static boolean listening(int port) {
        try (Socket s = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static List<String> spillFiles(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith("DataBag")).sorted().toList();
        }
    }
}
