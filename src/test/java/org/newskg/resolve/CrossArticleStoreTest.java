package org.newskg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.cli.Newskg;

/**
 * Agreements and deployments linked across articles, on a real TDB2 store built by the CLI from
 * articles written for this test (East Africa and the Sahel, not the corpus): a season refined by
 * another article's month, an agreement named differently in two articles, two articles that
 * disagree on a date, a deployment without a figure shown with the figures of the others.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrossArticleStoreTest {

    private Path store;

    @BeforeAll
    void ingest(@TempDir Path tmp) throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a1.txt"), """
                Kenya and Somalia agreed to establish a joint border commission last summer, officials in Nairobi said.
                Kenyan troops stationed in Somalia have come under repeated attack this year.
                """);
        Files.writeString(in.resolve("a2.txt"), """
                In July 2023, Kenya and Somalia agreed to form the Kenya-Somalia Joint Border Commission to manage the frontier.
                About 1,200 Kenyan troops are stationed in Somalia, the defence ministry said.
                """);
        Files.writeString(in.resolve("a3.txt"), """
                Some 1,500 Kenyan soldiers are deployed in Somalia, according to the African Union.
                Chad and Niger agreed to create a joint patrol force on May 3, 2023.
                """);
        Files.writeString(in.resolve("a4.txt"), """
                Chad and Niger agreed to create a joint patrol force on June 9, 2023, the two governments said.
                """);
        Files.writeString(in.resolve("manifest.tsv"), """
                id\ttitle\tpublisher\tpublished\turl
                a1\tA1\tX\t2024-03-14\t
                a2\tA2\tY\t2024-03-15\t
                a3\tA3\tZ\t2024-03-16\t
                a4\tA4\tZ\t2024-03-16\t
                """);
        store = tmp.resolve("store");
        assertEquals(0, run("ingest", "--store", store.toString(), "--no-progress", in.toString()).exit);
    }

    @Test
    void aSeasonIsRefinedByTheMonthAnotherArticleGivesAndEachArticleKeepsItsOwn() throws IOException {
        Map<String, CSVRecord> byDoc = byDocument(query("agreements"), "joint border commission");
        assertEquals("", byDoc.get("a1").get("date"));
        assertEquals("2023-06/2023-08", byDoc.get("a1").get("period"));
        assertEquals("2023-07", byDoc.get("a1").get("linked_date"));
        assertEquals("2023-07", byDoc.get("a2").get("date"));
        assertEquals("2023-07", byDoc.get("a2").get("linked_date"));
        assertTrue(byDoc.get("a1").get("linked_rule").contains("a1: 2023-06/2023-08 (period); a2: 2023-07"),
                byDoc.get("a1").get("linked_rule"));
        // two nodes (named differently), one canonical
        assertEquals(byDoc.get("a1").get("canonical"), byDoc.get("a2").get("canonical"));
        assertTrue(!byDoc.get("a1").get("iri").equals(byDoc.get("a2").get("iri")));
    }

    @Test
    void datesThatDisagreeStaySideBySide() throws IOException {
        Map<String, CSVRecord> byDoc = byDocument(query("agreements"), "joint patrol force");
        assertEquals("2023-05-03", byDoc.get("a3").get("date"));
        assertEquals("2023-06-09", byDoc.get("a4").get("date"));
        assertEquals("", byDoc.get("a3").get("linked_date"));
        assertEquals("", byDoc.get("a4").get("linked_date"));
        assertTrue(byDoc.get("a3").get("linked_rule").startsWith("reports disagree"), byDoc.get("a3").get("linked_rule"));
    }

    @Test
    void aDeploymentWithoutAFigureShowsTheDisagreeingFiguresOfTheOthers() throws IOException {
        List<CSVRecord> rows = query("military-units").stream().filter(r -> r.get("kind").equals("deployment")).toList();
        CSVRecord a1 = rows.stream().filter(r -> r.get("document").equals("a1")).findFirst().orElseThrow();
        assertEquals("", a1.get("strength"));
        assertEquals("1200 (a2); 1500 (a3)", a1.get("linked_strength"));
        CSVRecord a3 = rows.stream().filter(r -> r.get("document").equals("a3")).findFirst().orElseThrow();
        assertEquals("1500", a3.get("strength"));
    }

    @Test
    void resolveListsEveryLinkWithItsReasonAndClearUndoesThem() throws IOException {
        Run listed = run("resolve", "--store", store.toString());
        assertTrue(listed.out.contains("same agreement: parties kenya, somalia, both establish 'joint border commission'"), listed.out);
        assertTrue(listed.out.contains("date 2023-07  (most precise date all 2 reports allow"), listed.out);
        assertTrue(listed.out.contains("date none  (reports disagree"), listed.out);
        try {
            assertEquals(0, run("resolve", "--store", store.toString(), "--clear").exit);
            Map<String, CSVRecord> byDoc = byDocument(query("agreements"), "joint border commission");
            assertEquals("", byDoc.get("a1").get("linked_date"));
            assertEquals(byDoc.get("a1").get("iri"), byDoc.get("a1").get("canonical"));
            assertTrue(!byDoc.get("a1").get("canonical").equals(byDoc.get("a2").get("canonical")));
        } finally {
            assertEquals(0, run("resolve", "--store", store.toString()).exit);
        }
    }

    private List<CSVRecord> query(String name) throws IOException {
        Run r = run("query", "--store", store.toString(), name, "--format", "csv");
        assertEquals(0, r.exit, r.err);
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        return new ArrayList<>(format.parse(new StringReader(r.out)).getRecords());
    }

    private static Map<String, CSVRecord> byDocument(List<CSVRecord> rows, String establishes) {
        Map<String, CSVRecord> out = new java.util.TreeMap<>();
        rows.stream().filter(r -> r.get("establishes").toLowerCase().endsWith(establishes)).forEach(r -> out.put(r.get("document"), r));
        return out;
    }

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Newskg.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Run(exit, out.toString(), err.toString());
    }
}
