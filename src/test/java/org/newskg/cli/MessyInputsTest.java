package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scraped news is dirty. Each case is decided as README's "Bad input and failures" table says:
 * repaired with a warning (UTF-16, an HTML page given as text, a run-on passage), rejected with
 * one line (a file too large to be one article, a duplicate id), or simply ingested (only quotes,
 * names unsafe in IRIs, literals with quotes and backslashes) — and every export still parses.
 */
class MessyInputsTest {

    @TempDir
    Path tmp;

    private List<CSVRecord> whoSaidWhat(Path store) throws IOException {
        Cli q = Cli.run("query", "--store", store.toString(), "who-said-what", "--format", "csv");
        assertEquals(0, q.exit(), q::toString);
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(q.out())).getRecords();
    }

    @Test
    void repairableInputsAreIngestedWithAWarningEach() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        String said = "“The bridge will reopen in May,” the city engineer said on Monday.\n";
        byte[] utf16 = ("\uFEFF" + said).getBytes(StandardCharsets.UTF_16BE);
        Files.write(in.resolve("utf16.txt"), utf16);
        Files.writeString(in.resolve("page.txt"), "<!DOCTYPE html><html><head><title>Bridge</title><script>var x = 'said';</script>"
                + "</head><body><nav>Home | World | Sport</nav><article><p>“Repairs are finished,” the mayor said on Tuesday.</p>"
                + "</article><footer>© News Ltd</footer></body></html>\n");
        Files.writeString(in.resolve("runon.txt"), "officials said the river rose ".repeat(7_000) + "\n");
        Files.writeString(in.resolve("crlf.txt"), "“The road is open,” the police chief said.\r\nTraffic resumed.\r\n");
        Files.writeString(in.resolve("quotes.txt"), "“Yes.”\n“No.”\n\"Maybe.\"\n“”\n");
        Files.writeString(in.resolve("manifest.tsv"), "published\tid\textra\n2024-03-14\tutf16\tx\n2024-03-14\tpage\ty\n2024-03-14\tgone\tz\n");

        Cli ingest = Cli.run("ingest", "--store", tmp.resolve("store").toString(), "--no-progress", in.toString());
        assertEquals(0, ingest.exit(), ingest::toString);
        List<String> warnings = ingest.err().lines().toList();
        assertEquals(4, warnings.size(), ingest::toString);
        assertTrue(warnings.stream().allMatch(l -> l.contains(": warning: ")), ingest::toString);
        assertTrue(warnings.stream().anyMatch(l -> l.contains("utf16.txt") && l.contains("UTF-16")), ingest::toString);
        assertTrue(warnings.stream().anyMatch(l -> l.contains("page.txt") && l.contains("HTML page")), ingest::toString);
        assertTrue(warnings.stream().anyMatch(l -> l.contains("runon.txt") && l.contains("no sentence punctuation")), ingest::toString);
        assertTrue(warnings.stream().anyMatch(l -> l.contains("manifest.tsv") && l.contains("gone")), ingest::toString);

        List<CSVRecord> rows = whoSaidWhat(tmp.resolve("store"));
        assertTrue(rows.stream().anyMatch(r -> r.get("document").equals("utf16") && r.get("statement").equals("The bridge will reopen in May")
                && r.get("date").equals("2024-03-11")), rows::toString);
        assertTrue(rows.stream().anyMatch(r -> r.get("document").equals("page") && r.get("statement").equals("Repairs are finished")),
                rows::toString);
        assertTrue(rows.stream().noneMatch(r -> r.get("sentence").contains("<") || r.get("sentence").contains("Home | World")),
                "markup or navigation leaked into a sentence");
        assertTrue(rows.stream().anyMatch(r -> r.get("document").equals("crlf") && !r.get("sentence").contains("\r")));
        assertTrue(rows.stream().anyMatch(r -> r.get("document").equals("runon")), "the run-on article is still read");
        assertTrue(rows.stream().noneMatch(r -> r.get("document").equals("quotes")), "unattributed quotes are no statements");
    }

    @Test
    void aHugeFileAndADuplicateIdAreRejectedWithOneLineEach() throws IOException {
        Path a = Files.createDirectories(tmp.resolve("a"));
        Path b = Files.createDirectories(tmp.resolve("b"));
        Files.writeString(a.resolve("story.txt"), "“We won the final,” the coach said.\n");
        Files.writeString(b.resolve("story.txt"), "“We lost the final,” the coach said.\n");
        Files.writeString(a.resolve("dump.txt"), "The council met. ".repeat(330_000));
        Cli ingest = Cli.run("ingest", "--store", tmp.resolve("store").toString(), "--no-progress", a.toString(), b.toString());
        assertEquals(1, ingest.exit(), ingest::toString);
        List<String> errors = ingest.err().lines().toList();
        assertEquals(2, errors.size(), ingest::toString);
        assertTrue(errors.stream().anyMatch(l -> l.contains("dump.txt") && l.contains("too large for one article")), ingest::toString);
        assertTrue(errors.stream().anyMatch(l -> l.contains("duplicate article id 'story'")), ingest::toString);
        List<CSVRecord> rows = whoSaidWhat(tmp.resolve("store"));
        assertEquals(List.of("We won the final"), rows.stream().map(r -> r.get("statement")).toList(), "the first 'story' is kept");
    }

    @Test
    void namesAndTextsUnsafeInIrisOrLiteralsSurviveEveryExport() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("odd id <1> \"x\".txt"), "“A \"quoted\" word, a back\\slash and an emoji 🚀 stay,” said "
                + "Zoë O'Brien-Łukasz <Jr>. Minister Ahmad al-Ḥasan said the talks would resume.\n"
                + "Spokesman David בן-גוריון said that \"the line\\n is fine\".\n");
        Cli ingest = Cli.run("ingest", "--store", tmp.resolve("store").toString(), "--no-progress", in.toString());
        assertEquals(0, ingest.exit(), ingest::toString);
        assertFalse(whoSaidWhat(tmp.resolve("store")).isEmpty());
        for (String format : List.of("trig", "nquads", "jsonld", "turtle", "ntriples")) {
            Cli export = Cli.run("export", "--store", tmp.resolve("store").toString(), "--format", format);
            assertEquals(0, export.exit(), export::toString);
            Dataset ds = DatasetFactory.create();
            Lang lang = switch (format) {
                case "trig" -> Lang.TRIG;
                case "nquads" -> Lang.NQUADS;
                case "jsonld" -> Lang.JSONLD;
                case "turtle" -> Lang.TURTLE;
                default -> Lang.NTRIPLES;
            };
            RDFParser.fromString(export.out(), lang).parse(ds); // throws on anything that does not parse
            assertTrue(ds.asDatasetGraph().stream().findAny().isPresent() || !ds.getDefaultModel().isEmpty(), format);
        }
        Cli validate = Cli.run("validate", "--store", tmp.resolve("store").toString());
        assertEquals(0, validate.exit(), validate::toString);
    }
}
