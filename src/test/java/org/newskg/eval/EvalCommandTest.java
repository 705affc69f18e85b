package org.newskg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.cli.Newskg;

/** {@code newskg eval}: which gold files it takes, and what it prints. */
class EvalCommandTest {

    @TempDir
    Path tmp;

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Newskg.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void withoutAGoldFileItIsAUsageError() {
        Run r = run("eval", "--store", tmp.resolve("store").toString());
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains("give at least one gold file"), r::toString);
        assertTrue(Files.notExists(tmp.resolve("store")), "nothing is created");
    }

    @Test
    void agreementsWithoutActorsIsAUsageError() throws Exception {
        Path agreements = Files.copy(Path.of("src/test/resources/gold/agreements.jsonl"), tmp.resolve("agreements.jsonl"));
        Run r = run("eval", "--store", tmp.resolve("store").toString(), "--agreements", agreements.toString());
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains("--agreements needs --actors"), r::toString);
        // the same when the agreements come from a directory without actors.jsonl
        r = run("eval", "--store", tmp.resolve("store").toString(), "--gold-dir", tmp.toString());
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains("--agreements needs --actors"), r::toString);
    }

    @Test
    void anEmptyGoldDirIsAUsageErrorAndAMissingOneAFailure() throws Exception {
        Path empty = Files.createDirectory(tmp.resolve("empty"));
        Run r = run("eval", "--store", tmp.resolve("store").toString(), "--gold-dir", empty.toString());
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains("no gold files in"), r::toString);
        r = run("eval", "--store", tmp.resolve("store").toString(), "--gold-dir", tmp.resolve("nope").toString());
        assertEquals(1, r.exit(), r::toString);
        assertTrue(r.err().contains("no gold directory"), r::toString);
    }

    @Test
    void goldDirScoresWhatItHoldsInOrder() throws Exception {
        Path store = tmp.resolve("store");
        assertEquals(0, run("ingest", "--store", store.toString(), "--manifest", "corpus/manifest.tsv",
                "corpus/003_be0c6bdd41edad64.txt").exit());
        Path dir = Files.createDirectory(tmp.resolve("gold"));
        // the actors file comes first in the directory listing, yet prints last
        Files.copy(Path.of("src/test/resources/gold/actors.jsonl"), dir.resolve("actors.jsonl"));
        Files.copy(Path.of("src/test/resources/gold/statements.jsonl"), dir.resolve("statements.jsonl"));
        Run r = run("eval", "--store", store.toString(), "--gold-dir", dir.toString());
        assertEquals(0, r.exit(), r::toString);
        List<String> lines = r.out().strip().lines().toList();
        assertEquals(4, lines.size(), r::toString);
        assertTrue(lines.get(0).startsWith("gold=45 (+9 optional) rows="), r::toString);
        assertTrue(lines.get(3).matches("actors found=([1-9]\\d*)/30 split=\\d+"), r::toString);
        // -v adds detail lines (the other four articles' statements are missed) before each scorer's figures
        Run v = run("eval", "--store", store.toString(), "--gold-dir", dir.toString(), "-v");
        assertTrue(v.out().startsWith("MISSED"), v::toString);
        assertTrue(v.out().strip().endsWith(lines.get(3)), v::toString);
    }
}
