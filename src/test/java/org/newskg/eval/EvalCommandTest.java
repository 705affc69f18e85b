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
        assertEquals(5, lines.size(), r::toString);
        assertTrue(lines.get(0).startsWith("gold=45 (+9 optional) rows="), r::toString);
        assertTrue(lines.get(3).matches("speaker type agreement=\\d\\.\\d{3} \\(n=\\d+\\)"), r::toString);
        assertTrue(lines.get(4).matches("actors found=([1-9]\\d*)/30 split=\\d+"), r::toString);
        // -v adds detail lines (the other four articles' statements are missed) before each scorer's figures
        Run v = run("eval", "--store", store.toString(), "--gold-dir", dir.toString(), "-v");
        assertTrue(v.out().startsWith("MISSED"), v::toString);
        assertTrue(v.out().strip().endsWith(lines.get(4)), v::toString);
    }

    /**
     * --manifest scores every article of the manifest, as the reference scorer's --manifest: what an
     * article with no gold line attributes counts as false; without it such rows are not scored.
     */
    @Test
    void manifestScoresEveryArticleItLists() throws Exception {
        Path store = tmp.resolve("store");
        assertEquals(0, run("ingest", "--store", store.toString(), "--manifest", "corpus/manifest.tsv",
                "corpus/003_be0c6bdd41edad64.txt", "corpus/004_37015aec2f372f3f.txt").exit());
        // gold for article 003 only; the manifest lists 003, 004 and an article not in the store
        Path gold = tmp.resolve("statements.jsonl");
        Files.write(gold, Files.readAllLines(Path.of("src/test/resources/gold/statements.jsonl")).stream()
                .filter(l -> l.contains("\"003_be0c6bdd41edad64\"")).toList());
        Path manifest = Files.writeString(tmp.resolve("manifest.tsv"),
                "id\ttitle\n003_be0c6bdd41edad64\tA\n004_37015aec2f372f3f\tB\nnot-ingested\tC\n");
        List<SystemStatement> all;
        try (var kg = org.newskg.store.KgStore.openExisting(store)) {
            all = Evaluation.whoSaidWhat(kg);
        }
        long of003 = all.stream().filter(x -> x.document().equals("003_be0c6bdd41edad64")).count();
        long of004 = all.stream().filter(x -> x.document().equals("004_37015aec2f372f3f")).count();
        assertTrue(of003 > 0 && of004 > 0, all::toString);

        Run without = run("eval", "--store", store.toString(), "--gold", gold.toString());
        Run with = run("eval", "--store", store.toString(), "--gold", gold.toString(), "--manifest", manifest.toString());
        assertEquals(0, with.exit(), with::toString);
        List<String> a = without.out().strip().lines().toList();
        List<String> b = with.out().strip().lines().toList();
        assertEquals(4, b.size(), with::toString);
        var counts = java.util.regex.Pattern.compile("rows=(\\d+) \\(true (\\d+), false (\\d+), repeats/optional (\\d+)\\)");
        var ma = counts.matcher(a.get(0));
        var mb = counts.matcher(b.get(0));
        assertTrue(ma.find() && mb.find(), with::toString);
        assertEquals(of003, Long.parseLong(ma.group(1)), without::toString);
        assertEquals(of003 + of004, Long.parseLong(mb.group(1)), with::toString);
        // every row of 004 is false: no gold line there
        assertEquals(ma.group(2), mb.group(2));
        assertEquals(Long.parseLong(ma.group(3)) + of004, Long.parseLong(mb.group(3)), with::toString);
        assertEquals(a.get(1), b.get(1), "content recall and accuracies only read the gold's articles");
        assertEquals(a.get(3), b.get(3), "the speaker type agreement is over matched gold lines");

        Run missing = run("eval", "--store", store.toString(), "--gold", gold.toString(), "--manifest",
                tmp.resolve("nope.tsv").toString());
        assertEquals(1, missing.exit(), missing::toString);
        assertTrue(missing.err().contains("no manifest"), missing::toString);
    }
}
