package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store whose articles were written after its cross-article links (a run killed while linking,
 * or {@code ingest --no-resolve}) says so in {@code stats} and {@code validate}; the next
 * {@code resolve} or ingest links the rest.
 */
class ResolutionStateTest {

    @TempDir
    Path tmp;

    @Test
    void linksThatDoNotCoverTheStoreAreReportedUntilAResolutionCompletesThem() throws Exception {
        Path store = tmp.resolve("store");
        assertEquals(0, Cli.run("ingest", "--store", store.toString(), CliEndToEndTest.CORPUS.toString()).exit());
        assertTrue(Cli.run("stats", "--store", store.toString()).out().contains("resolution complete (links computed over all 5 articles)"));

        // the state a kill after the articles were written but before the links were: the links
        // are those of the five earlier articles
        Path extra = tmp.resolve("extra.txt");
        Files.writeString(extra, "Port reopens\n\nThe port director, Lena Marsh, said the dock would reopen on Monday.\n");
        assertEquals(0, Cli.run("ingest", "--store", store.toString(), "--no-resolve", extra.toString()).exit());
        String stats = Cli.run("stats", "--store", store.toString()).out();
        assertTrue(stats.contains("resolution unfinished: the links were computed over 5 articles, the store holds 6"), stats);
        Cli validate = Cli.run("validate", "--store", store.toString());
        assertEquals(0, validate.exit(), validate.out());
        assertTrue(validate.out().contains("resolution unfinished"), validate.out());

        assertEquals(0, Cli.run("resolve", "--store", store.toString()).exit());
        assertTrue(Cli.run("stats", "--store", store.toString()).out().contains("resolution complete (links computed over all 6 articles)"));
        assertTrue(!Cli.run("validate", "--store", store.toString()).out().contains("resolution"));

        assertEquals(0, Cli.run("resolve", "--store", store.toString(), "--clear").exit());
        assertTrue(Cli.run("stats", "--store", store.toString()).out().contains("resolution not run"));
    }
}
