package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.rdf.Iris;
import org.newskg.store.KgStore;

/**
 * Crash safety: {@code ingest} in a real child JVM is killed with SIGKILL at random moments, many
 * times. After every kill the store must open, conform to the shapes, and hold each article either
 * exactly as an uninterrupted run stores it or not at all; rerunning ingest must complete it.
 * The kill moments come from a fixed seed, so a failure can be replayed.
 */
class KillSafetyTest {

    private static final int ARTICLES = 60;
    private static final int KILLS = 6;
    private static final long SEED = 20240125L;

    @TempDir
    Path tmp;

    @Test
    void killedIngestLeavesEveryArticleWholeOrAbsentAndARerunCompletesIt() throws Exception {
        Path corpus = largerCorpus(tmp.resolve("corpus"));
        Path reference = tmp.resolve("reference");
        assertEquals(0, Cli.run("ingest", "--store", reference.toString(), "--no-resolve", corpus.toString()).exit());
        Map<String, Set<String>> expected = articleGraphs(reference);
        assertEquals(ARTICLES, expected.size());

        Path store = tmp.resolve("store");
        Random random = new Random(SEED);
        long fullRun = timeOneRun(corpus, tmp.resolve("timing"));
        List<String> log = new ArrayList<>();
        for (int kill = 0; kill < KILLS; kill++) {
            long after = 300 + (long) (random.nextDouble() * fullRun);
            Process p = ingestProcess(store, corpus);
            boolean finished = p.waitFor(after, TimeUnit.MILLISECONDS);
            if (!finished) {
                p.destroyForcibly(); // SIGKILL: no shutdown hooks, no finally blocks
                p.waitFor(30, TimeUnit.SECONDS);
            }
            Map<String, Set<String>> stored = articleGraphs(store);
            log.add("kill " + kill + " after " + after + " ms: " + (finished ? "finished first" : "killed") + ", "
                    + stored.size() + " articles stored");
            for (var e : stored.entrySet()) {
                assertEquals(expected.get(e.getKey()), e.getValue(), "article " + e.getKey() + " is partial; " + log);
            }
            if (Files.isDirectory(store)) { // a kill during JVM start-up leaves no store at all
                Cli validate = Cli.run("validate", "--store", store.toString());
                assertEquals(0, validate.exit(), validate + "\n" + log);
            }
        }
        assertEquals(0, Cli.run("ingest", "--store", store.toString(), "--no-resolve", corpus.toString()).exit());
        assertEquals(expected, articleGraphs(store), "a rerun after the kills did not complete the store; " + log);
        assertTrue(log.stream().anyMatch(l -> l.contains("killed")), "no run was actually killed: " + log);
    }

    /** The corpus articles copied under many ids, with names and dates varied so each graph differs. */
    private static Path largerCorpus(Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> seeds;
        try (var list = Files.list(Path.of("corpus"))) {
            seeds = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        StringBuilder manifest = new StringBuilder("id\ttitle\tpublished\n");
        for (int i = 0; i < ARTICLES; i++) {
            String text = Files.readString(seeds.get(i % seeds.size()), StandardCharsets.UTF_8)
                    .replace("Ryder", i % 2 == 0 ? "Ryder" : "Rydell").replace("Austin", "Austin" + (i % 7 == 0 ? "e" : ""));
            String id = String.format("a%03d", i);
            Files.writeString(dir.resolve(id + ".txt"), text, StandardCharsets.UTF_8);
            manifest.append(id).append("\tArticle ").append(i).append("\t2024-01-").append(10 + i % 18).append('\n');
        }
        Files.writeString(dir.resolve("manifest.tsv"), manifest.toString(), StandardCharsets.UTF_8);
        return dir;
    }

    private static Process ingestProcess(Path store, Path corpus) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"), Newskg.class.getName(),
                "ingest", "--store", store.toString(), "--no-resolve", "--batch", "8", corpus.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static long timeOneRun(Path corpus, Path store) throws Exception {
        long start = System.nanoTime();
        Process p = ingestProcess(store, corpus);
        assertTrue(p.waitFor(10, TimeUnit.MINUTES));
        assertEquals(0, p.exitValue());
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** Each article graph's quads as N-Quads lines, by article id (derived graphs left out). */
    private static Map<String, Set<String>> articleGraphs(Path dir) {
        Map<String, Set<String>> out = new HashMap<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (KgStore store = KgStore.open(dir)) {
            for (Quad q : store.sortedQuads()) {
                String id = Iris.articleIdOfGraph(q.getGraph().getURI());
                if (id != null) {
                    out.computeIfAbsent(id, k -> new TreeSet<>()).add(q.getSubject() + " " + q.getPredicate() + " " + q.getObject());
                }
            }
        }
        return out;
    }
}
