package org.newskg.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Manifest#read}: a TSV with a named header, read from real temp files. */
class ManifestTest {

    @TempDir
    Path dir;

    private Manifest read(String... lines) throws IOException {
        Path file = dir.resolve("manifest.tsv");
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return Manifest.read(file);
    }

    private static String row(String... cells) {
        return String.join("\t", cells);
    }

    @Test
    void readsAllColumnsInTheStandardOrder() throws IOException {
        Manifest m = read(
                row("id", "title", "publisher", "published", "url"),
                row("a1", "US strikes", "Reuters", "2024-01-25", "https://example.org/a1"));

        assertEquals(1, m.size());
        assertEquals(new ArticleMeta("US strikes", "Reuters", LocalDate.of(2024, 1, 25), "https://example.org/a1"),
                m.lookup("a1").orElseThrow());
        assertTrue(m.problems().isEmpty(), () -> "unexpected problems: " + m.problems());
    }

    @Test
    void findsColumnsByNameInAnyOrder() throws IOException {
        Manifest m = read(
                row("url", "published", "id", "publisher", "title"),
                row("https://example.org/b", "2023-12-31", "b", "AP", "Talks resume"));

        ArticleMeta meta = m.lookup("b").orElseThrow();
        assertEquals("Talks resume", meta.title());
        assertEquals("AP", meta.publisher());
        assertEquals(LocalDate.of(2023, 12, 31), meta.published());
        assertEquals("https://example.org/b", meta.url());
    }

    @Test
    void headerNamesAreCaseInsensitiveAndTrimmed() throws IOException {
        Manifest m = read(
                row(" ID ", "Title", "PUBLISHED"),
                row("c", "Headline", "2024-02-29"));

        ArticleMeta meta = m.lookup("c").orElseThrow();
        assertEquals("Headline", meta.title());
        assertEquals(LocalDate.of(2024, 2, 29), meta.published());
    }

    @Test
    void ignoresUnknownColumns() throws IOException {
        Manifest m = read(
                row("id", "wordcount", "title", "notes"),
                row("a1", "812", "A title", "some\u00A0note"));

        assertEquals(new ArticleMeta("A title", null, null, null), m.lookup("a1").orElseThrow());
        assertTrue(m.problems().isEmpty());
    }

    @Test
    void missingColumnsGiveNullFields() throws IOException {
        Manifest m = read(row("id", "publisher"), row("a1", "BBC"));

        ArticleMeta meta = m.lookup("a1").orElseThrow();
        assertNull(meta.title());
        assertEquals("BBC", meta.publisher());
        assertNull(meta.published());
        assertTrue(meta.publishedDate().isEmpty());
        assertNull(meta.url());
    }

    @Test
    void emptyAndShortCellsGiveNullFields() throws IOException {
        Manifest m = read(
                row("id", "title", "publisher", "published", "url"),
                row("a1", "", "  ", ""),
                "a2");

        assertEquals(new ArticleMeta(null, null, null, null), m.lookup("a1").orElseThrow());
        assertEquals(new ArticleMeta(null, null, null, null), m.lookup("a2").orElseThrow());
        assertTrue(m.problems().isEmpty(), () -> "unexpected problems: " + m.problems());
    }

    @Test
    void malformedDateIsAnErrorNamingLineAndArticleButTheRowStays() throws IOException {
        Manifest m = read(
                row("id", "title", "published"),
                row("good", "Fine", "2024-01-10"),
                row("bad", "Kept title", "10/01/2024"));

        ArticleMeta bad = m.lookup("bad").orElseThrow();
        assertEquals("Kept title", bad.title());
        assertNull(bad.published());
        assertEquals(LocalDate.of(2024, 1, 10), m.lookup("good").orElseThrow().published());

        assertEquals(1, m.problems().size(), () -> "problems: " + m.problems());
        InputProblem p = m.problems().get(0);
        assertTrue(p.fatal(), "a malformed date is reported as an error");
        assertTrue(p.where().endsWith("manifest.tsv line 3"), p.where());
        assertTrue(p.reason().contains("'10/01/2024'"), p.reason());
        assertTrue(p.reason().contains("article bad"), p.reason());
        assertFalse(p.line().contains("\n"), "one line");
    }

    @Test
    void impossibleCalendarDateIsMalformed() throws IOException {
        Manifest m = read(row("id", "published"), row("x", "2023-02-30"));

        assertNull(m.lookup("x").orElseThrow().published());
        assertEquals(1, m.problems().size());
        assertTrue(m.problems().get(0).reason().contains("2023-02-30"));
    }

    @Test
    void byteOrderMarkInHeaderIsIgnored() throws IOException {
        Manifest m = read("\uFEFF" + row("id", "title"), row("a1", "With BOM"));

        assertEquals("With BOM", m.lookup("a1").orElseThrow().title());
        assertTrue(m.problems().isEmpty(), () -> "unexpected problems: " + m.problems());
    }

    @Test
    void blankLinesAreSkippedAndLineNumbersStillCountThem() throws IOException {
        Manifest m = read(
                row("id", "published"),
                "",
                row("a1", "2024-01-01"),
                "   ",
                "\t",
                row("a2", "nope"));

        assertEquals(2, m.size());
        assertEquals(1, m.problems().size());
        assertTrue(m.problems().get(0).where().endsWith(" line 6"), m.problems().get(0).where());
    }

    @Test
    void rowWithoutIdIsAWarningAndIgnored() throws IOException {
        Manifest m = read(
                row("title", "id"),
                row("Orphan", ""),
                row("Kept", "k"));

        assertEquals(1, m.size());
        assertTrue(m.lookup("").isEmpty());
        assertEquals("Kept", m.lookup("k").orElseThrow().title());
        assertEquals(1, m.problems().size());
        InputProblem p = m.problems().get(0);
        assertFalse(p.fatal(), "a row without id is only a warning");
        assertTrue(p.where().endsWith(" line 2"), p.where());
    }

    @Test
    void headerWithoutIdColumnIsAnError() throws IOException {
        Manifest m = read(row("title", "published"), row("x", "2024-01-01"));

        assertEquals(0, m.size());
        assertEquals(1, m.problems().size());
        assertTrue(m.problems().get(0).fatal());
        assertTrue(m.problems().get(0).reason().contains("'id'"));
    }

    @Test
    void emptyFileIsAnError() throws IOException {
        Path file = dir.resolve("empty.tsv");
        Files.write(file, new byte[0]);
        Manifest m = Manifest.read(file);

        assertEquals(0, m.size());
        assertEquals(List.of(true), m.problems().stream().map(InputProblem::fatal).toList());
        assertEquals(file.toString(), m.problems().get(0).where());
    }

    @Test
    void valuesAreTrimmed() throws IOException {
        Manifest m = read(row("id", "title", "published"), row(" a1 ", "  Spaced  ", " 2024-03-05 "));

        ArticleMeta meta = m.lookup("a1").orElseThrow();
        assertEquals("Spaced", meta.title());
        assertEquals(LocalDate.of(2024, 3, 5), meta.published());
    }

    @Test
    void crlfLineEndsAreHandled() throws IOException {
        Path file = dir.resolve("crlf.tsv");
        Files.writeString(file, "id\tpublished\r\na1\t2024-01-02\r\n", StandardCharsets.UTF_8);
        Manifest m = Manifest.read(file);

        assertEquals(LocalDate.of(2024, 1, 2), m.lookup("a1").orElseThrow().published());
        assertTrue(m.problems().isEmpty(), () -> "unexpected problems: " + m.problems());
    }

    @Test
    void plusKeepsOwnRowsAndAddsOthersWithAllProblems() throws IOException {
        Path f1 = dir.resolve("one.tsv");
        Path f2 = dir.resolve("two.tsv");
        Files.writeString(f1, "id\ttitle\tpublished\nshared\tFirst\t\nonly1\tOne\tbad\n", StandardCharsets.UTF_8);
        Files.writeString(f2, "id\ttitle\nshared\tSecond\nonly2\tTwo\n", StandardCharsets.UTF_8);

        Manifest merged = Manifest.read(f1).plus(Manifest.read(f2));

        assertEquals(3, merged.size());
        assertEquals("First", merged.lookup("shared").orElseThrow().title());
        assertEquals("Two", merged.lookup("only2").orElseThrow().title());
        assertEquals(1, merged.problems().size());
    }
}
