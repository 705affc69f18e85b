package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.rdf.Iris;
import org.newskg.testutil.StoreCopy;
import org.newskg.rdf.NKG;
import org.newskg.store.ArticleGraph;
import org.newskg.store.KgStore;

/**
 * {@code compact} in a real child JVM is killed with SIGKILL at random moments (seeded, so a
 * failure can be replayed), with SIGTERM once: after each, the store must hold exactly the quads it
 * held before, and one storage generation once a compaction has finished.
 */
class CompactKillSafetyTest {

    private static final int KILLS = 6;
    private static final long SEED = 20240126L;

    @TempDir
    Path tmp;

    @Test
    void aCompactionStoppedAtAnyMomentLeavesTheStoreAsItWas() throws Exception {
        Path store = tmp.resolve("store");
        List<Quad> expected;
        try (KgStore kg = KgStore.open(store)) {
            for (int batch = 0; batch < 40; batch++) { // many transactions, so compaction has pages to give back
                kg.replace(articles(batch * 50, 50));
            }
            expected = kg.sortedQuads();
        }
        long fullRun = timeOneRun(StoreCopy.copy(store, tmp.resolve("timing")));
        Random random = new Random(SEED);
        List<String> log = new ArrayList<>();
        for (int kill = 0; kill <= KILLS; kill++) {
            long after = 300 + (long) (random.nextDouble() * fullRun);
            Process p = compactProcess(store);
            boolean finished = p.waitFor(after, TimeUnit.MILLISECONDS);
            if (!finished) {
                if (kill == KILLS) {
                    p.destroy(); // SIGTERM, as Ctrl-C: shutdown hooks run, the compaction thread just stops
                } else {
                    p.destroyForcibly(); // SIGKILL
                }
                p.waitFor(30, TimeUnit.SECONDS);
            }
            log.add("kill " + kill + " after " + after + " ms: " + (finished ? "finished first" : "stopped") + ", " + generations(store));
            try (KgStore kg = KgStore.open(store)) {
                assertEquals(expected, kg.sortedQuads(), "the store changed; " + log);
            }
        }
        assertTrue(log.stream().anyMatch(l -> l.contains("stopped")), "no run was actually stopped: " + log);
        Process last = compactProcess(store);
        assertTrue(last.waitFor(5, TimeUnit.MINUTES));
        assertEquals(0, last.exitValue());
        assertEquals(1, generations(store).size(), "older generations left after a finished compaction: " + generations(store));
        try (KgStore kg = KgStore.open(store)) {
            assertEquals(expected, kg.sortedQuads());
        }
    }

    /** Small article graphs: a statement with a speaker, text and date, sharing actors across articles. */
    private static List<ArticleGraph> articles(int from, int n) {
        List<ArticleGraph> out = new ArrayList<>();
        for (int a = from; a < from + n; a++) {
            String id = String.format("a%05d", a);
            Model m = ModelFactory.createDefaultModel();
            Resource article = m.createResource(Iris.article(id), NKG.Article);
            for (int k = 0; k < 8; k++) {
                m.createResource(Iris.statement(id, k), NKG.Statement).addProperty(org.newskg.rdf.PROV.wasDerivedFrom, article)
                        .addProperty(NKG.speaker, m.createResource(Iris.actor("person/p" + (a * 7 + k) % 300)))
                        .addProperty(NKG.text, "statement " + k + " of article " + id);
            }
            out.add(new ArticleGraph(id, m));
        }
        return out;
    }

    private static Process compactProcess(Path store) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"), Newskg.class.getName(),
                "compact", "--store", store.toString(), "--no-progress")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static long timeOneRun(Path store) throws Exception {
        long start = System.nanoTime();
        Process p = compactProcess(store);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES));
        assertEquals(0, p.exitValue());
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static List<String> generations(Path store) throws IOException {
        try (Stream<Path> entries = Files.list(store)) {
            return entries.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("Data-")).sorted().toList();
        }
    }
}
