package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A symbolic link in an input directory that leads nowhere (its target is gone, or it loops) is
 * reported, naming the link, and ingest exits 1; the readable articles beside it are stored.
 */
@Timeout(120)
class InputLinksTest {

    @TempDir
    Path tmp;

    @Test
    void danglingAndLoopingLinksAreReported() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("in"));
        Path article = Path.of("corpus").resolve("000_271136f8d8445659.txt");
        Files.copy(article, dir.resolve("000_271136f8d8445659.txt"));
        Files.createSymbolicLink(dir.resolve("gone.txt"), tmp.resolve("deleted.txt"));
        Files.createSymbolicLink(dir.resolve("loop-a.txt"), dir.resolve("loop-b.txt"));
        Files.createSymbolicLink(dir.resolve("loop-b.txt"), dir.resolve("loop-a.txt"));

        Cli ingest = Cli.run("ingest", "--store", tmp.resolve("store").toString(), "--no-progress", dir.toString());
        assertEquals(1, ingest.exit(), ingest::toString);
        for (String link : new String[] {"gone.txt", "loop-a.txt", "loop-b.txt"}) {
            assertTrue(ingest.err().lines().anyMatch(l -> l.contains(link) && l.contains("symbolic link")), () -> link + "\n" + ingest);
        }
        assertTrue(ingest.out().contains("ingested 1 article") || ingest.err().contains("ingested 1 article"), ingest::toString);
    }
}
