package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A query stopped from outside (Ctrl-C, SIGTERM) must not leave its sort spill files behind.
 * The child JVM runs a query whose ORDER BY outgrows the in-memory sort (a cross product of the
 * sample store's triples), with its own {@code java.io.tmpdir}; once ARQ has spilled a run there,
 * the child gets SIGTERM, and the directory must be empty when it has exited.
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
        Path store = tmp.resolve("store");
        assertEquals(0, Cli.run("ingest", "--store", store.toString(), "corpus").exit());
        Path query = Files.writeString(tmp.resolve("pairs.rq"), CROSS_PRODUCT);
        Path spill = Files.createDirectories(tmp.resolve("spill"));

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx1g", "-Djava.io.tmpdir=" + spill, "-cp", System.getProperty("java.class.path"),
                Newskg.class.getName(), "query", "--store", store.toString(), "--format", "tsv", query.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
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

    private static List<String> spillFiles(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith("DataBag")).sorted().toList();
        }
    }
}
