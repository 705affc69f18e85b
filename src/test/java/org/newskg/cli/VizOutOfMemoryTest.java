package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.rdf.NKG;
import org.newskg.store.KgStore;

/**
 * {@code viz} on a heap too small for the store says so in one line, as {@code query} does,
 * instead of dying with an {@code OutOfMemoryError} stack trace (a child JVM with a 32 MB heap
 * over some 20 MB of statement text).
 */
@Timeout(180)
class VizOutOfMemoryTest {

    @TempDir
    Path tmp;

    @Test
    void runningOutOfMemoryIsOneLine() throws Exception {
        Path dir = tmp.resolve("store");
        try (KgStore store = KgStore.open(dir)) {
            Model m = ModelFactory.createDefaultModel();
            String text = "x".repeat(8000);
            for (int i = 0; i < 2500; i++) {
                m.createResource("https://w3id.org/newskg/id/statement/big/" + i).addProperty(RDF.type, NKG.Statement)
                        .addProperty(NKG.text, i + text);
            }
            store.replaceGraph("https://w3id.org/newskg/id/graph/big", m);
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx32m", "-cp", System.getProperty("java.class.path"), Newskg.class.getName(), "viz",
                "--format", "dot", "--store", dir.toString()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(1, p.exitValue(), err);
        assertEquals(1, err.lines().filter(l -> !l.isBlank() && !l.contains(" WARN ")).count(), err);
        assertTrue(err.contains("newskg: viz ran out of memory"), err);
        assertFalse(err.contains("OutOfMemoryError") || err.contains("\tat "), err);
    }
}
