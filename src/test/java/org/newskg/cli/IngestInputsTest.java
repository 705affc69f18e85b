package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.rdf.Iris;
import org.newskg.testutil.FaultyJsonl;

/**
 * Ingest at scale through the real CLI: parallel ingest gives the store a single thread gives,
 * the bulk loader gives the store transactions give, and JSON Lines, gzip and HTML inputs.
 */
class IngestInputsTest {

    static final Path CORPUS = Path.of("corpus");

    @TempDir
    Path tmp;

    private String store(String name) {
        return tmp.resolve(name).toString();
    }

    private static String nquads(String store) {
        Cli export = Cli.run("export", "--store", store, "--format", "nquads");
        assertEquals(0, export.exit(), export::toString);
        return export.out();
    }

    private List<CSVRecord> whoSaidWhat(String store) throws IOException {
        Cli q = Cli.run("query", "--store", store, "who-said-what", "--format", "csv");
        assertEquals(0, q.exit(), q::toString);
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(q.out())).getRecords();
    }

    /** The corpus's paragraphs rearranged into more articles, so batches and threads really interleave. */
    private Path biggerCorpus() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("bigger"));
        List<String> paragraphs = new ArrayList<>();
        try (var files = Files.list(CORPUS)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
                Files.readAllLines(f).stream().filter(l -> l.length() > 80).forEach(paragraphs::add);
            }
        }
        Files.copy(CORPUS.resolve("manifest.tsv"), dir.resolve("manifest.tsv"));
        for (int n = 0; n < 24; n++) {
            StringBuilder b = new StringBuilder();
            for (int k = 0; k < 6; k++) {
                b.append(paragraphs.get((n * 7 + k * 5) % paragraphs.size())).append('\n');
            }
            Files.writeString(dir.resolve(String.format("mix%02d.txt", n)), b);
        }
        return dir;
    }

    @Test
    void parallelIngestGivesExactlyTheStoreOfASingleThread() throws IOException {
        Path corpus = biggerCorpus();
        Cli one = Cli.run("ingest", "--store", store("one"), "--threads", "1", "--batch", "1", corpus.toString());
        assertEquals(0, one.exit(), one::toString);
        Cli many = Cli.run("ingest", "--store", store("many"), "--threads", "4", "--batch", "3", corpus.toString());
        assertEquals(0, many.exit(), many::toString);
        assertTrue(many.out().startsWith("ingested 29 articles"), many::toString);
        String expected = nquads(store("one"));
        assertTrue(expected.lines().count() > 3000);
        assertEquals(expected, nquads(store("many")), "parallel ingest changed the store");
        // and again over the same store: re-ingest replaces, the store stays the same
        assertEquals(0, Cli.run("ingest", "--store", store("many"), "--threads", "3", corpus.toString()).exit());
        assertEquals(expected, nquads(store("many")));
    }

    @Test
    void firstLoadOfAnEmptyStoreGivesTheQuadsOfTransactionalIngest() throws IOException {
        Path corpus = biggerCorpus();
        Cli txn = Cli.run("ingest", "--store", store("txn"), "--no-bulk", "--batch", "7", corpus.toString());
        assertEquals(0, txn.exit(), txn::toString);
        Cli bulk = Cli.run("ingest", "--store", store("bulk"), corpus.toString()); // a first load is bulk by default
        assertEquals(0, bulk.exit(), bulk::toString);
        assertEquals("", bulk.err().lines().filter(l -> !l.contains("linked")).reduce("", String::concat), bulk::toString);
        assertEquals(nquads(store("txn")), nquads(store("bulk")));
        // --bulk on a store that is not empty writes in transactions and says so; the store is the same
        Cli again = Cli.run("ingest", "--store", store("bulk"), "--bulk", corpus.toString());
        assertEquals(0, again.exit(), again::toString);
        assertTrue(again.err().contains("not empty"), again::toString);
        assertEquals(nquads(store("txn")), nquads(store("bulk")));
    }

    private static String jsonLine(String id, String title, String published, String text) {
        JsonObject o = new JsonObject();
        o.put("id", id);
        if (title != null) {
            o.put("title", title);
        }
        o.put("publisher", "Example News");
        if (published != null) {
            o.put("published", published);
        }
        o.put("url", "https://news.example/" + id);
        o.put("text", text);
        return o.toString().replace("\n", " ").replaceAll("\\s+", " ") + "\n";
    }

    private static void gzip(Path file, String text) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void jsonLinesGzipAndHtmlGiveTheSameStoreAsTextFiles() throws IOException {
        // The bundled corpus as JSON Lines (gzip'd) must give the store the .txt files give.
        StringBuilder jsonl = new StringBuilder();
        List<String> manifest = Files.readAllLines(CORPUS.resolve("manifest.tsv"));
        for (String row : manifest.subList(1, manifest.size())) {
            String[] c = row.split("\t", -1);
            String text = Files.readString(CORPUS.resolve(c[0] + ".txt"));
            JsonObject o = new JsonObject();
            o.put("id", c[0]);
            o.put("title", c[1]);
            o.put("publisher", c[2]);
            o.put("published", c[3]);
            if (!c[4].isBlank()) {
                o.put("url", c[4]);
            }
            o.put("text", text);
            jsonl.append(o.toString().replaceAll("\\s*\n\\s*", " ")).append('\n');
        }
        Path gz = tmp.resolve("corpus.jsonl.gz");
        gzip(gz, jsonl.toString());
        assertEquals(0, Cli.run("ingest", "--store", store("txt"), CORPUS.toString()).exit());
        Cli fromJsonl = Cli.run("ingest", "--store", store("jsonl"), gz.toString());
        assertEquals(0, fromJsonl.exit(), fromJsonl::toString);
        assertTrue(fromJsonl.out().startsWith("ingested 5 articles"), fromJsonl::toString);
        assertEquals(nquads(store("txt")), nquads(store("jsonl")));

        // A gzip'd text file is the article its name says.
        Path dir = Files.createDirectories(tmp.resolve("gz"));
        gzip(dir.resolve("bridge.txt.gz"), "Officials said the bridge will reopen in May.\n");
        Cli g = Cli.run("ingest", "--store", store("gz"), dir.toString());
        assertEquals(0, g.exit(), g::toString);
        assertEquals(List.of("bridge"), whoSaidWhat(store("gz")).stream().map(r -> r.get("document")).distinct().toList());
    }

    static final String PAGE = """
            <!DOCTYPE html>
            <html><head>
              <meta charset="utf-8">
              <title>Flood barriers hold | Example News</title>
              <meta property="og:title" content="Flood barriers held overnight, mayor says">
              <meta property="og:site_name" content="Example News">
              <meta property="article:published_time" content="2024-03-14T08:30:00Z">
              <link rel="canonical" href="https://news.example/2024/03/14/flood">
              <script>var tracking = "The mayor said this is not article text.";</script>
              <style>p { color: red }</style>
            </head><body>
              <header><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></header>
              <nav><ul><li><a href="/a">The minister said the menu is not news</a></li></ul></nav>
              <article>
                <header><h1>Flood barriers held overnight</h1></header>
                <p>The mayor said on Wednesday that the flood barriers held overnight.</p>
                <p>&ldquo;We were lucky this time,&rdquo; the city&rsquo;s chief engineer said.</p>
                <div class="share"><a href="/share">Share this story on social media</a></div>
                <ul class="related"><li><a href="/b">Related: officials said last year that barriers would fail</a></li></ul>
                <footer>Copyright Example News. All rights reserved.</footer>
              </article>
              <aside>Most read: the governor said something else</aside>
              <footer><p>Contact us. The editor said cookies are used.</p></footer>
              <script>document.write("the spokesman said tracking");</script>
            </body></html>
            """;

    @Test
    void savedHtmlPageGivesItsArticleTextAndMetadata() throws IOException {
        Path page = Files.writeString(tmp.resolve("flood.html"), PAGE);
        Cli ingest = Cli.run("ingest", "--store", store("html"), page.toString());
        assertEquals(0, ingest.exit(), ingest::toString);
        String quads = nquads(store("html"));
        assertTrue(quads.contains("\"Flood barriers held overnight, mayor says\""), "og:title is the title");
        assertTrue(quads.contains("\"2024-03-14\"^^<http://www.w3.org/2001/XMLSchema#date>"), "published_time is the date");
        assertTrue(quads.contains("<https://news.example/2024/03/14/flood>") || quads.contains("\"https://news.example/2024/03/14/flood\""),
                "canonical link is the url");
        for (String noise : List.of("menu", "tracking", "cookies", "Copyright", "Share this", "Most read", "Related", "color")) {
            assertFalse(quads.contains(noise), noise + " leaked from page furniture");
        }
        List<CSVRecord> rows = whoSaidWhat(store("html"));
        assertTrue(rows.stream().anyMatch(r -> r.get("document").equals("flood") && r.get("speaker").contains("mayor")
                && r.get("statement").contains("flood barriers held overnight") && r.get("date").equals("2024-03-13")), rows::toString);
        // Both paragraphs of the article speak; navigation and scripts must not.
        assertEquals(2, rows.size(), rows::toString);
        assertTrue(rows.stream().anyMatch(r -> r.get("statement").equals("We were lucky this time")), rows::toString);
        assertTrue(rows.stream().noneMatch(r -> r.get("statement").contains("menu") || r.get("statement").contains("not article text")),
                "furniture gave statements: " + rows);
    }

    @Test
    void badJsonLinesAreReportedOneLineEachAndTheGoodOnesStored() throws IOException {
        Path file = tmp.resolve("news.jsonl");
        String good1 = jsonLine("a1", "Bridge", "2024-03-14", "Officials said the bridge will reopen in May.");
        String good2 = jsonLine("a2", null, "2024-03-14T10:00:00+01:00", "The mayor said on Monday the flood barriers held.");
        String dated = jsonLine("a3", "Bad date", "14/03/2024", "The minister said the talks will resume next week.");
        Files.writeString(file, good1
                + "{\"id\": \"b1\", \"text\": \"unterminated\n"
                + "\n"
                + "[1, 2, 3]\n"
                + "{\"title\": \"no id\", \"text\": \"The police said nothing happened.\"}\n"
                + "{\"id\": \"b2\", \"title\": \"no text\"}\n"
                + "{\"id\": \"b3\", \"text\": \"   \"}\n"
                + "{\"id\": \"b4\", \"text\": 42}\n"
                + good2 + dated
                + jsonLine("a1", "Again", null, "A duplicate id said to be skipped, the clerk said."));
        Cli ingest = Cli.run("ingest", "--store", store("s"), file.toString());
        assertEquals(1, ingest.exit(), ingest::toString);
        List<String> errors = ingest.err().lines().filter(l -> !l.contains("linked")).toList();
        assertEquals(8, errors.size(), ingest::toString);
        for (int line : new int[] {2, 4, 5, 6, 7, 8, 10, 11}) {
            assertEquals(1, errors.stream().filter(l -> l.contains("news.jsonl line " + line + ":")).count(),
                    () -> "line " + line + ": " + ingest);
        }
        assertTrue(errors.stream().anyMatch(l -> l.contains("line 11") && l.contains("duplicate")), ingest::toString);
        assertTrue(errors.stream().anyMatch(l -> l.contains("line 10:") && l.contains("malformed date")), ingest::toString);
        assertTrue(ingest.out().startsWith("ingested 3 articles"), ingest::toString);
        List<CSVRecord> rows = whoSaidWhat(store("s"));
        assertEquals(List.of("a1", "a2", "a3"), rows.stream().map(r -> r.get("document")).distinct().sorted().toList());
        assertTrue(rows.stream().anyMatch(r -> r.get("document").equals("a2") && r.get("date").equals("2024-03-14")), rows::toString);
        assertTrue(rows.stream().anyMatch(r -> r.get("document").equals("a3") && r.get("date").isEmpty()), rows::toString);
    }

    /** Problem lines on stderr (not the linking note). */
    private static List<String> errors(Cli ingest) {
        return ingest.err().lines().filter(l -> !l.contains("linked")).toList();
    }

    /** The ids of the articles whose graphs the store holds, sorted. */
    private static List<String> articles(String store) {
        Matcher graph = Pattern.compile("<" + Pattern.quote(Iris.GRAPH_PREFIX) + "([^>]*)> \\.$", Pattern.MULTILINE)
                .matcher(nquads(store));
        return graph.results().map(m -> m.group(1)).distinct().sorted().toList();
    }

    private static List<String> ids(String prefix, IntStream numbers) {
        return numbers.mapToObj(n -> prefix + n).sorted().toList();
    }

    @Test
    void aBadByteOrATruncatedGzipCostsOnlyTheLinesItSpoilsAndFailsTheRun() throws IOException {
        // issue 28: in the last input both were dropped silently with exit 0, and a bad byte took
        // the good lines of its 64 KB buffer with it, reported (if at all) as "line 1".
        Path bad = FaultyJsonl.badByteOnLine11(tmp.resolve("bad.jsonl"));
        Cli badLast = Cli.run("ingest", "--store", store("bad"), bad.toString());
        assertEquals(1, badLast.exit(), badLast::toString);
        assertEquals(1, errors(badLast).size(), badLast::toString);
        assertTrue(errors(badLast).get(0).contains("bad.jsonl line 11: not valid UTF-8"), badLast::toString);
        assertTrue(badLast.out().startsWith("ingested 29 articles"), badLast::toString);
        assertEquals(ids("b", IntStream.rangeClosed(1, 30).filter(n -> n != 11)), articles(store("bad")));

        Path cut = FaultyJsonl.truncatedGzip(tmp.resolve("cut.jsonl.gz"));
        int complete = FaultyJsonl.completeLines(cut);
        Cli cutLast = Cli.run("ingest", "--store", store("cut"), cut.toString());
        assertEquals(1, cutLast.exit(), cutLast::toString);
        assertEquals(1, errors(cutLast).size(), cutLast::toString);
        assertTrue(errors(cutLast).get(0).contains("cut.jsonl.gz line " + (complete + 1) + ": not valid gzip data"), cutLast::toString);
        assertTrue(cutLast.out().startsWith("ingested " + complete + " articles"), cutLast::toString);
        assertEquals(ids("g", IntStream.rangeClosed(1, complete)), articles(store("cut")));

        // Not last: both reported the same way, and the input after them is read.
        Path good = Files.writeString(tmp.resolve("good.jsonl"), FaultyJsonl.jsonLines("ok", 3));
        Cli notLast = Cli.run("ingest", "--store", store("both"), bad.toString(), cut.toString(), good.toString());
        assertEquals(1, notLast.exit(), notLast::toString);
        assertEquals(List.of(errors(badLast).get(0), errors(cutLast).get(0)), errors(notLast), notLast::toString);
        assertTrue(notLast.out().startsWith("ingested " + (29 + complete + 3) + " articles"), notLast::toString);
    }
}
