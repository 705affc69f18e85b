package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI against a real TDB2 store on disk, as a user runs it (in-process, no System.exit). */
class CliEndToEndTest {

    static final Path CORPUS = Path.of("corpus");

    @TempDir
    Path tmp;

    private Path store() {
        return tmp.resolve("store");
    }

    private List<CSVRecord> whoSaidWhat(Path store) throws IOException {
        Cli q = Cli.run("query", "--store", store.toString(), "who-said-what", "--format", "csv");
        assertEquals(0, q.exit(), q::toString);
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(q.out())).getRecords();
    }

    @Test
    void queryHelpNamesEveryBundledQueryAndItsParameters() throws IOException {
        String help = Cli.run("query", "--help").out().replaceAll("\\s+", " ");
        for (String name : org.newskg.query.QueryCatalog.BUNDLED) {
            assertTrue(help.contains(name), () -> "query --help does not name " + name + ":\n" + help);
            for (var p : org.newskg.query.QueryCatalog.bundled(name).orElseThrow().parameters()) {
                assertTrue(help.contains(name + " (--param " + p.name() + "="), () -> "query --help does not give the parameter "
                        + p.name() + " of " + name + ":\n" + help);
            }
        }
    }

    @Test
    void ingestsTheCorpusAndAnswersWhoSaidWhat() throws IOException {
        Cli ingest = Cli.run("ingest", "--store", store().toString(), CORPUS.toString());
        assertEquals(0, ingest.exit(), ingest::toString);
        assertTrue(ingest.out().startsWith("ingested 5 articles"), ingest::toString);

        List<CSVRecord> rows = whoSaidWhat(store());
        assertTrue(rows.size() >= 40, "rows: " + rows.size());
        assertEquals(List.of("document", "speaker", "statement", "date", "mode", "sentence", "reported_by", "verb"),
                rows.get(0).getParser().getHeaderNames());
        assertRow(rows, "003_be0c6bdd41edad64", "Ryder", "all of them have since returned to duty", "2024-01-23", "indirect");
        assertRow(rows, "004_37015aec2f372f3f", "Sabrina Singh", "This interagency meeting is not a negotiation", "2024-01-25", "direct");
        assertRow(rows, "002_4347aecd19218ae7", "office of Iraqi Prime Minister", "to end the presence of the international coalition",
                "2024-01-10", "direct");
        assertRow(rows, "000_271136f8d8445659", "Ryder", "focus remains on defeating ISIS", "2024-01-04", "indirect");
        // Dates are ordered, unknown ones last.
        List<String> dates = rows.stream().map(r -> r.get("date")).toList();
        int firstEmpty = dates.indexOf("");
        List<String> known = firstEmpty < 0 ? dates : dates.subList(0, firstEmpty);
        assertEquals(known.stream().sorted().toList(), known);
        assertTrue(firstEmpty < 0 || dates.subList(firstEmpty, dates.size()).stream().allMatch(String::isEmpty));
        // The outlet a claim was reported through.
        assertTrue(rows.stream().anyMatch(r -> r.get("reported_by").equals("BBC") && r.get("statement").contains("violation")));
    }

    private static void assertRow(List<CSVRecord> rows, String doc, String speaker, String statement, String date, String mode) {
        assertTrue(rows.stream().anyMatch(r -> r.get("document").equals(doc) && r.get("speaker").contains(speaker)
                && r.get("statement").contains(statement) && r.get("date").equals(date) && r.get("mode").equals(mode)
                && !r.get("sentence").isEmpty()),
                () -> "no row " + doc + " | " + speaker + " | " + statement + " | " + date + " | " + mode);
    }

    @Test
    void compactKeepsWhatTheStoreAnswersAndShrinksItsFiles() throws IOException {
        assertEquals(0, Cli.run("ingest", "--store", store().toString(), CORPUS.toString()).exit());
        assertEquals(0, Cli.run("ingest", "--store", store().toString(), CORPUS.toString()).exit()); // replaced pages
        Cli before = Cli.run("export", "--store", store().toString(), "--format", "nquads");
        List<CSVRecord> said = whoSaidWhat(store());
        Cli compact = Cli.run("compact", "--store", store().toString(), "--no-progress");
        assertEquals(0, compact.exit(), compact::toString);
        var summary = java.util.regex.Pattern.compile("compacted .*: ([\\d,]+) quads in ([\\d,]+) graphs; files ([\\d.]+) MB -> ([\\d.]+) MB")
                .matcher(compact.out());
        assertTrue(summary.find(), compact.out());
        assertEquals(before.out().lines().count(), Long.parseLong(summary.group(1).replace(",", "")));
        assertTrue(Double.parseDouble(summary.group(4)) < Double.parseDouble(summary.group(3)), compact.out());
        assertEquals(before.out(), Cli.run("export", "--store", store().toString(), "--format", "nquads").out());
        assertEquals(said.toString(), whoSaidWhat(store()).toString());
        assertEquals(1, Cli.run("compact", "--store", tmp.resolve("none").toString()).exit(), "no store there");
    }

    @Test
    void ingestingTwiceGivesTheSameStoreAndExportsAreDeterministic() throws IOException {
        assertEquals(0, Cli.run("ingest", "--store", store().toString(), CORPUS.toString()).exit());
        Cli first = Cli.run("export", "--store", store().toString(), "--format", "nquads");
        assertEquals(0, Cli.run("ingest", "--store", store().toString(), CORPUS.toString()).exit());
        Cli second = Cli.run("export", "--store", store().toString(), "--format", "nquads");
        assertEquals(first.out(), second.out(), "a second ingest changed the store");
        assertTrue(first.out().lines().count() > 1000);

        Path other = tmp.resolve("other");
        assertEquals(0, Cli.run("ingest", "--store", other.toString(), CORPUS.resolve("004_37015aec2f372f3f.txt").toString()).exit());
        assertEquals(0, Cli.run("ingest", "--store", other.toString(), CORPUS.toString()).exit());
        for (String format : List.of("turtle", "trig", "jsonld")) {
            Path a = tmp.resolve("a." + format);
            Path b = tmp.resolve("b." + format);
            assertEquals(0, Cli.run("export", "--store", store().toString(), "--format", format, "-o", a.toString()).exit());
            assertEquals(0, Cli.run("export", "--store", other.toString(), "--format", format, "-o", b.toString()).exit());
            assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b), format + " export depends on ingest order");
        }
    }

    @Test
    void everyExportFormatParsesBackWithTheSameContent() throws IOException {
        assertEquals(0, Cli.run("ingest", "--store", store().toString(), CORPUS.toString()).exit());
        Dataset reference = DatasetFactory.create();
        RDFParser.fromString(Cli.run("export", "--store", store().toString(), "--format", "nquads").out(), Lang.NQUADS).parse(reference);
        Model union = ModelFactory.createDefaultModel();
        reference.asDatasetGraph().find().forEachRemaining(q -> union.getGraph().add(q.asTriple()));
        // five article graphs, plus the graph of cross-article merges
        List<String> graphs = reference.asDatasetGraph().stream().map(q -> q.getGraph().getURI()).distinct().sorted().toList();
        assertEquals(6, graphs.size(), graphs::toString);
        assertEquals(5, graphs.stream().filter(g -> g.startsWith(org.newskg.rdf.Iris.GRAPH_PREFIX)).count());
        assertTrue(graphs.contains(org.newskg.rdf.Iris.RESOLUTION_GRAPH));

        for (String format : List.of("trig", "jsonld")) {
            Dataset ds = DatasetFactory.create();
            RDFParser.fromString(Cli.run("export", "--store", store().toString(), "--format", format).out(),
                    format.equals("trig") ? Lang.TRIG : Lang.JSONLD).parse(ds);
            assertEquals(reference.asDatasetGraph().stream().count(), ds.asDatasetGraph().stream().count(), format);
            for (var name : (Iterable<org.apache.jena.graph.Node>) () -> reference.asDatasetGraph().listGraphNodes()) {
                assertTrue(reference.asDatasetGraph().getGraph(name).isIsomorphicWith(ds.asDatasetGraph().getGraph(name)), format);
            }
        }
        for (String format : List.of("turtle", "ntriples")) {
            Model m = ModelFactory.createDefaultModel();
            RDFParser.fromString(Cli.run("export", "--store", store().toString(), "--format", format).out(),
                    format.equals("turtle") ? Lang.TURTLE : Lang.NTRIPLES).parse(m);
            assertTrue(m.isIsomorphicWith(union), format);
        }
    }

    @Test
    void theIngestedCorpusConformsToTheShapes() {
        assertEquals(0, Cli.run("ingest", "--store", store().toString(), CORPUS.toString()).exit());
        Cli validate = Cli.run("validate", "--store", store().toString());
        assertEquals(0, validate.exit(), validate::toString);
        assertTrue(validate.out().startsWith("conforms"));
    }

    @Test
    void badInputsAreReportedOneLineEachAndGoodArticlesAreStillStored() throws IOException {
        Path earlier = Files.writeString(tmp.resolve("earlier.txt"), "Officials said the bridge will reopen in May.\n");
        assertEquals(0, Cli.run("ingest", "--store", store().toString(), earlier.toString()).exit());

        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("good.txt"), "“The vote will go ahead,” the election commission chairman said on Monday.\n");
        Files.writeString(in.resolve("dated.txt"), "The mayor said the flood barriers held overnight.\n");
        Files.write(in.resolve("empty.txt"), new byte[0]);
        Files.write(in.resolve("binary.txt"), new byte[] {0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x11, 0x22});
        Files.write(in.resolve("latin1.txt"), "Le ministre a d\u00e9clar\u00e9 que".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(in.resolve("manifest.tsv"), "id\ttitle\tpublished\ngood\tGood\t2024-03-14\ndated\tDated\t14/03/2024\n");
        Path missing = tmp.resolve("no-such-file.txt");

        Cli ingest = Cli.run("ingest", "--store", store().toString(), in.toString(), missing.toString());
        assertEquals(1, ingest.exit(), ingest::toString);
        List<String> errors = ingest.err().lines().toList();
        assertEquals(5, errors.size(), ingest::toString);
        assertTrue(errors.stream().anyMatch(l -> l.contains("empty.txt") && l.contains("empty file")), ingest::toString);
        assertTrue(errors.stream().anyMatch(l -> l.contains("binary.txt") && l.contains("binary")), ingest::toString);
        assertTrue(errors.stream().anyMatch(l -> l.contains("latin1.txt") && l.contains("UTF-8")), ingest::toString);
        assertTrue(errors.stream().anyMatch(l -> l.contains("no-such-file.txt") && l.contains("no such file")), ingest::toString);
        assertTrue(errors.stream().anyMatch(l -> l.contains("manifest.tsv line 3") && l.contains("14/03/2024")), ingest::toString);
        assertTrue(ingest.out().startsWith("ingested 2 articles"), ingest::toString);

        List<String> docs = whoSaidWhat(store()).stream().map(r -> r.get("document")).distinct().sorted().toList();
        assertEquals(List.of("dated", "earlier", "good"), docs, "earlier article lost or good article missing");
        // The article with a malformed date is stored without a date: its statement stays undated.
        assertTrue(whoSaidWhat(store()).stream().anyMatch(r -> r.get("document").equals("dated") && r.get("date").isEmpty()));
        assertTrue(whoSaidWhat(store()).stream().anyMatch(r -> r.get("document").equals("good") && r.get("date").equals("2024-03-11")));
    }

    @Test
    void aStoreHeldByAnotherProcessGivesAClearMessage() throws Exception {
        assertEquals(0, Cli.run("ingest", "--store", store().toString(), CORPUS.resolve("003_be0c6bdd41edad64.txt").toString()).exit());
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process holder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), StoreHolder.class.getName(),
                store().toString()).redirectErrorStream(true).start();
        try {
            BufferedReader reader = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            String ready = reader.readLine();
            while (ready != null && !ready.startsWith("ready")) {
                ready = reader.readLine();
            }
            assertEquals("ready 1", ready);
            Cli ingest = Cli.run("ingest", "--store", store().toString(), CORPUS.toString());
            assertEquals(1, ingest.exit(), ingest::toString);
            assertEquals(1, ingest.err().lines().count(), ingest::toString);
            assertTrue(ingest.err().contains("in use by another process"), ingest::toString);
            assertFalse(ingest.err().contains("Exception"), ingest::toString);
        } finally {
            holder.getOutputStream().close();
            assertTrue(holder.waitFor(30, TimeUnit.SECONDS));
        }
        // The holder released the store and it still holds the earlier article.
        assertEquals(List.of("003_be0c6bdd41edad64"),
                whoSaidWhat(store()).stream().map(r -> r.get("document")).distinct().toList());
    }

    @Test
    void statementsBySpeakerFindsEverySurfaceForm() {
        assertEquals(0, Cli.run("ingest", "--store", store().toString(), CORPUS.toString()).exit());
        Cli q = Cli.run("query", "--store", store().toString(), "statements-by-speaker", "--param", "speaker=ryder", "--format", "tsv");
        assertEquals(0, q.exit(), q::toString);
        List<String> lines = q.out().lines().skip(1).toList();
        assertTrue(lines.size() >= 6, q::toString);
        assertTrue(lines.stream().allMatch(l -> l.contains("Ryder")), q::toString);
        Cli about = Cli.run("query", "--store", store().toString(), "said-about", "--param", "actor=Iraq", "--format", "csv");
        assertEquals(0, about.exit(), about::toString);
        assertTrue(about.out().lines().count() > 10, about::toString);
    }

    @Test
    void oneReportedEventAndOnePersonAcrossArticlesAreLinkedWithTheirReasons() throws IOException {
        assertEquals(0, Cli.run("ingest", "--store", store().toString(), CORPUS.toString()).exit());
        Cli resolve = Cli.run("resolve", "--store", store().toString());
        assertEquals(0, resolve.exit(), resolve::toString);
        assertTrue(resolve.out().contains("Mohammad Shia al-Sudani → Mohammed Shia al Sudani  (spelling variant"), resolve::toString);
        assertTrue(resolve.out().contains("same Airstrike reported by two articles: 2024-01-23 and 2024-01-24"), resolve::toString);
        // who-said-what reports one canonical speaker for every spelling
        List<String> sudani = whoSaidWhat(store()).stream().map(r -> r.get("speaker")).filter(s -> s.contains("Sudani")).distinct().toList();
        assertTrue(sudani.contains("Mohammed Shia al Sudani") && !sudani.contains("Mohammad Shia al-Sudani"), sudani::toString);
        // the merges are reversible: clearing them restores the per-article actors
        assertEquals(0, Cli.run("resolve", "--store", store().toString(), "--clear").exit());
        assertTrue(whoSaidWhat(store()).stream().anyMatch(r -> r.get("speaker").equals("Mohammad Shia al-Sudani")));
    }

    @Test
    void timelineUnitsAndAgreementsAnswerFromTheCorpus() throws IOException {
        assertEquals(0, Cli.run("ingest", "--store", store().toString(), CORPUS.toString()).exit());
        List<CSVRecord> timeline = csv("timeline");
        assertEquals(List.of("document", "type", "date", "agent", "target", "place", "count", "evidence", "count_qualifier",
                "since", "event", "mentions"), timeline.get(0).getParser().getHeaderNames());
        assertTrue(timeline.stream().anyMatch(r -> r.get("type").equals("Attack") && r.get("count").equals("151")
                && r.get("count_qualifier").equals("at least") && r.get("date").equals("2024-01-22")), "151 attacks as of Monday");
        assertTrue(timeline.stream().anyMatch(r -> r.get("type").equals("DroneStrike") && r.get("date").equals("2024-01-04")));
        assertTrue(timeline.stream().anyMatch(r -> r.get("type").equals("Agreement") && r.get("date").equals("2023-08")));
        List<CSVRecord> units = csv("military-units");
        assertTrue(units.stream().anyMatch(r -> r.get("kind").equals("deployment") && r.get("strength").equals("2500")
                && r.get("location").equals("Iraq") && r.get("document").equals("004_37015aec2f372f3f")));
        assertTrue(units.stream().anyMatch(r -> r.get("strength").equals("900") && r.get("location").equals("Syria")));
        assertTrue(units.stream().anyMatch(r -> r.get("unit").equals("Harakat al-Nujaba") && r.get("backed_by").equals("Iran")));
        List<CSVRecord> agreements = csv("agreements");
        assertTrue(agreements.stream().anyMatch(r -> java.util.Set.of(r.get("parties").split("; ")).equals(java.util.Set.of("Iraq", "United States"))
                && r.get("establishes").equalsIgnoreCase("Higher Military Commission") && r.get("purpose").equals("for talks")),
                agreements::toString);
        List<CSVRecord> figures = csv("reported-figures");
        assertTrue(figures.stream().filter(r -> r.get("figure").startsWith("strength of United States Armed Forces in Iraq"))
                .map(r -> r.get("document")).distinct().count() >= 4, "2,500 troops reported by at least four articles");
    }

    private List<CSVRecord> csv(String query) throws IOException {
        Cli q = Cli.run("query", "--store", store().toString(), query, "--format", "csv");
        assertEquals(0, q.exit(), q::toString);
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(q.out())).getRecords();
    }

    @Test
    void usageErrorsExitWithTwoAndOneLine() {
        assertEquals(2, Cli.run().exit());
        assertEquals(2, Cli.run("query", "--store", store().toString(), "who-said-what", "--format", "xml").exit());
        Cli missingParam = Cli.run("query", "--store", store().toString(), "statements-by-speaker");
        assertEquals(2, missingParam.exit(), missingParam::toString);
        assertTrue(missingParam.err().contains("--param speaker="), missingParam::toString);
        Cli unknown = Cli.run("query", "--store", store().toString(), "no-such-query");
        assertEquals(2, unknown.exit());
        assertTrue(unknown.err().contains("who-said-what"), unknown::toString);
        Cli noStore = Cli.run("query", "--store", tmp.resolve("nothing").toString(), "who-said-what");
        assertEquals(1, noStore.exit());
        assertTrue(noStore.err().contains("no store at"), noStore::toString);
        assertFalse(Files.exists(tmp.resolve("nothing")), "a read command created a store");
        Cli version = Cli.run("--version");
        assertEquals(0, version.exit());
        assertTrue(version.out().startsWith("newskg "));
        Cli help = Cli.run("ingest", "--help");
        assertTrue(help.out().contains("--store") && help.out().contains("--manifest"), help::toString);
    }
}
