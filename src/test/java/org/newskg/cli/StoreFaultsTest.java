package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full disk and a read-only store directory, made real with a small tmpfs mount: ingest fails
 * with one clear line and the store keeps what it had. Mounting needs root; elsewhere the tests
 * are skipped and say why.
 */
class StoreFaultsTest {

    @TempDir
    Path tmp;

    private Path mount;

    @BeforeEach
    void mountSmallDisk() throws Exception {
        mount = Files.createDirectories(tmp.resolve("disk"));
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", mount.toString()) == 0,
                "cannot mount a tmpfs here (needs root): full-disk and read-only tests skipped");
    }

    @AfterEach
    void unmount() throws Exception {
        run("umount", mount.toString());
    }

    @Test
    void aFullDiskFailsTheIngestWithOneLineAndKeepsWhatWasStored() throws Exception {
        Path store = mount.resolve("store");
        assertEquals(0, ingest(store, Path.of("corpus", "003_be0c6bdd41edad64.txt")).exit());
        Result full = ingest(store, copies(40));
        assertEquals(1, full.exit(), full.toString());
        assertEquals(1, full.err().lines().count(), full.toString());
        assertTrue(full.err().contains("cannot write to store") && full.err().contains("disk is full"), full.toString());
        assertFalse(full.err().contains("at org."), full.toString());
        assertStoreHolds(store, "003_be0c6bdd41edad64");
    }

    @Test
    void aFirstLoadThatFillsTheDiskStoresNothingAndSaysSoInOneLine() throws Exception {
        Path store = mount.resolve("store");
        Result full = ingest(store, copies(150));
        assertEquals(1, full.exit(), full.toString());
        assertEquals(1, full.err().lines().count(), full.toString());
        assertTrue(full.err().contains("cannot load store") && full.err().contains("disk is full")
                && full.err().contains("nothing was stored"), full.toString());
        assertFalse(full.err().contains("at org."), full.toString());
        try (var left = Files.list(store)) {
            assertEquals(List.of(), left.map(p -> p.getFileName().toString()).filter(n -> n.endsWith("-tmp")).toList(),
                    "the half-built storage is gone");
        }
        // The store is as empty as before, and usable.
        assertEquals(0, ingest(store, Path.of("corpus", "003_be0c6bdd41edad64.txt")).exit());
        assertStoreHolds(store, "003_be0c6bdd41edad64");
    }

    @Test
    void aReadOnlyStoreIsReportedAsSuchAndUnchanged() throws Exception {
        Path store = mount.resolve("store");
        assertEquals(0, ingest(store, Path.of("corpus", "003_be0c6bdd41edad64.txt")).exit());
        assertEquals(0, run("mount", "-o", "remount,ro", mount.toString()));
        Result ro = ingest(store, Path.of("corpus", "004_37015aec2f372f3f.txt"));
        assertEquals(1, ro.exit(), ro.toString());
        assertEquals("newskg: store " + store + " is read-only (TDB2 must write its lock and journal there)", ro.err().strip());
        assertEquals(0, run("mount", "-o", "remount,rw", mount.toString()));
        assertStoreHolds(store, "003_be0c6bdd41edad64");
    }

    /** The store opens, conforms to the shapes, and holds just this article. */
    private void assertStoreHolds(Path store, String article) throws IOException {
        Cli validate = Cli.run("validate", "--store", store.toString());
        assertEquals(0, validate.exit(), validate::toString);
        Cli q = Cli.run("query", "--store", store.toString(), "who-said-what", "--format", "csv");
        List<String> docs = q.out().lines().skip(1).map(l -> l.substring(0, l.indexOf(','))).distinct().toList();
        assertEquals(List.of(article), docs, q::toString);
    }

    /** {@code n} copies of a corpus article, each naming another spokesman, so that every graph differs. */
    private Path copies(int n) throws IOException {
        Path many = Files.createDirectories(tmp.resolve("many"));
        String text = Files.readString(Path.of("corpus", "000_271136f8d8445659.txt"), StandardCharsets.UTF_8);
        for (int i = 0; i < n; i++) {
            Files.writeString(many.resolve("copy" + i + ".txt"), text.replace("Ryder", "Ryder" + i));
        }
        return many;
    }

    record Result(int exit, String err) {
    }

    /** Ingest in a child JVM: a full memory-mapped disk must not be able to take the test JVM down. */
    private static Result ingest(Path store, Path input) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"), Newskg.class.getName(),
                "ingest", "--store", store.toString(), "--no-resolve", "--no-progress", input.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES));
        return new Result(p.exitValue(), err);
    }

    private static int run(String... command) throws Exception {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(60, TimeUnit.SECONDS) ? p.exitValue() : -1;
        } catch (IOException e) {
            return -1;
        }
    }
}
