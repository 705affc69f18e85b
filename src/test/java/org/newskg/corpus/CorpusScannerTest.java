package org.newskg.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link CorpusScanner#scan} over real directories. */
class CorpusScannerTest {

    @TempDir
    Path root;

    private static Path touch(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static List<String> ids(CorpusScanner.Scan scan) {
        return scan.sources().stream().map(CorpusScanner.Source::id).toList();
    }

    @Test
    void directoryGivesItsTxtFilesSortedAndNotRecursive() throws IOException {
        Path corpus = root.resolve("corpus");
        touch(corpus.resolve("b.txt"), "B.");
        touch(corpus.resolve("a.txt"), "A.");
        touch(corpus.resolve("c.txt"), "C.");
        touch(corpus.resolve("notes.md"), "not an article");
        touch(corpus.resolve("data.TXT.bak"), "not an article");
        touch(corpus.resolve("nested/d.txt"), "nested, not scanned");
        Files.createDirectories(corpus.resolve("dir.txt"));

        CorpusScanner.Scan scan = CorpusScanner.scan(List.of(corpus), null);

        assertEquals(List.of("a", "b", "c"), ids(scan));
        assertEquals(List.of(corpus.resolve("a.txt"), corpus.resolve("b.txt"), corpus.resolve("c.txt")),
                scan.sources().stream().map(CorpusScanner.Source::file).toList());
        assertTrue(scan.problems().isEmpty(), () -> "unexpected problems: " + scan.problems());
    }

    @Test
    void fileArgumentIsOneArticleWhateverItsExtension() throws IOException {
        Path file = touch(root.resolve("story.md"), "Text.");

        CorpusScanner.Scan scan = CorpusScanner.scan(List.of(file), null);

        assertEquals(List.of(new CorpusScanner.Source(file, "story")), scan.sources());
        assertTrue(scan.problems().isEmpty());
    }

    @Test
    void sourcesKeepArgumentOrder() throws IOException {
        Path z = touch(root.resolve("z.txt"), "Z.");
        Path dir = root.resolve("d");
        touch(dir.resolve("m.txt"), "M.");
        Path a = touch(root.resolve("a.txt"), "A.");

        CorpusScanner.Scan scan = CorpusScanner.scan(List.of(z, dir, a), null);

        assertEquals(List.of("z", "m", "a"), ids(scan));
    }

    @Test
    void idIsFileNameWithoutExtension() {
        assertEquals("2024-01-25-pentagon", CorpusScanner.idOf(Path.of("x", "2024-01-25-pentagon.txt")));
        assertEquals("report.v2", CorpusScanner.idOf(Path.of("report.v2.txt")));
        assertEquals("README", CorpusScanner.idOf(Path.of("README")));
        assertEquals(".hidden", CorpusScanner.idOf(Path.of(".hidden")));
    }

    @Test
    void directoryManifestIsPickedUp() throws IOException {
        Path corpus = root.resolve("corpus");
        touch(corpus.resolve("a1.txt"), "A.");
        touch(corpus.resolve(Manifest.FILE_NAME), "id\ttitle\tpublished\na1\tFirst\t2024-01-25\n");

        CorpusScanner.Scan scan = CorpusScanner.scan(List.of(corpus), null);

        assertEquals(List.of("a1"), ids(scan));
        ArticleMeta meta = scan.manifest().lookup("a1").orElseThrow();
        assertEquals("First", meta.title());
        assertEquals(LocalDate.of(2024, 1, 25), meta.published());
        assertTrue(scan.problems().isEmpty());
    }

    @Test
    void eachDirectoryBringsItsOwnManifest() throws IOException {
        Path d1 = root.resolve("d1");
        Path d2 = root.resolve("d2");
        touch(d1.resolve("a.txt"), "A.");
        touch(d2.resolve("b.txt"), "B.");
        touch(d1.resolve(Manifest.FILE_NAME), "id\ttitle\na\tFrom d1\n");
        touch(d2.resolve(Manifest.FILE_NAME), "id\ttitle\nb\tFrom d2\n");

        CorpusScanner.Scan scan = CorpusScanner.scan(List.of(d1, d2), null);

        assertEquals(2, scan.manifest().size());
        assertEquals("From d1", scan.manifest().lookup("a").orElseThrow().title());
        assertEquals("From d2", scan.manifest().lookup("b").orElseThrow().title());
    }

    @Test
    void explicitManifestWinsOverDirectoryManifest() throws IOException {
        Path corpus = root.resolve("corpus");
        touch(corpus.resolve("a1.txt"), "A.");
        touch(corpus.resolve(Manifest.FILE_NAME), "id\ttitle\na1\tFrom directory\nonlyDir\tX\n");
        Path explicit = touch(root.resolve("other.tsv"), "id\ttitle\na1\tExplicit\n");

        CorpusScanner.Scan scan = CorpusScanner.scan(List.of(corpus), explicit);

        assertEquals("Explicit", scan.manifest().lookup("a1").orElseThrow().title());
        assertTrue(scan.manifest().lookup("onlyDir").isEmpty(), "the directory manifest is not read");
        assertEquals(1, scan.manifest().size());
    }

    @Test
    void manifestProblemsAreReported() throws IOException {
        Path corpus = root.resolve("corpus");
        touch(corpus.resolve("a1.txt"), "A.");
        touch(corpus.resolve(Manifest.FILE_NAME), "id\tpublished\na1\t25 Jan 2024\n");

        CorpusScanner.Scan scan = CorpusScanner.scan(List.of(corpus), null);

        assertEquals(List.of("a1"), ids(scan));
        assertEquals(1, scan.problems().size());
        assertTrue(scan.problems().get(0).line().contains("a1"), scan.problems().get(0).line());
    }

    @Test
    void missingExplicitManifestIsAProblem() throws IOException {
        Path corpus = root.resolve("corpus");
        touch(corpus.resolve("a1.txt"), "A.");
        Path missing = root.resolve("missing.tsv");

        CorpusScanner.Scan scan = CorpusScanner.scan(List.of(corpus), missing);

        assertEquals(List.of("a1"), ids(scan));
        assertEquals(0, scan.manifest().size());
        assertEquals(1, scan.problems().size());
        InputProblem p = scan.problems().get(0);
        assertTrue(p.fatal());
        assertEquals(missing.toString(), p.where());
        assertTrue(p.reason().startsWith("cannot read manifest"), p.reason());
    }

    @Test
    void nonExistentPathIsAnErrorProblem() throws IOException {
        Path good = touch(root.resolve("good.txt"), "Good.");
        Path missing = root.resolve("nope");

        CorpusScanner.Scan scan = CorpusScanner.scan(List.of(missing, good), null);

        assertEquals(List.of("good"), ids(scan));
        assertEquals(List.of(InputProblem.error(missing.toString(), "no such file or directory")), scan.problems());
    }

    @Test
    void emptyDirectoryIsAnErrorProblem() throws IOException {
        Path empty = Files.createDirectory(root.resolve("empty"));

        CorpusScanner.Scan scan = CorpusScanner.scan(List.of(empty), null);

        assertTrue(scan.sources().isEmpty());
        assertEquals(1, scan.problems().size());
        InputProblem p = scan.problems().get(0);
        assertTrue(p.fatal());
        assertEquals(empty.toString(), p.where());
        assertTrue(p.reason().contains(".txt"), p.reason());
    }

    @Test
    void directoryWithoutArticleFilesIsAnErrorProblem() throws IOException {
        Path dir = root.resolve("other");
        touch(dir.resolve("a.pdf"), "%PDF-1.4");
        touch(dir.resolve("notes.md"), "# notes");
        touch(dir.resolve(Manifest.FILE_NAME), "id\ttitle\na\tA\n");

        CorpusScanner.Scan scan = CorpusScanner.scan(List.of(dir), null);

        assertTrue(scan.sources().isEmpty());
        List<InputProblem> errors = scan.problems().stream().filter(InputProblem::fatal).toList();
        assertEquals(1, errors.size(), scan.problems()::toString);
        assertFalse(errors.get(0).reason().isBlank());
        // and the manifest row for 'a' names no file here: a warning, not an error
        assertTrue(scan.problems().stream().anyMatch(p -> !p.fatal() && p.reason().contains("no file here: a")), scan.problems()::toString);
    }

    @Test
    void directoryAlsoGivesJsonLinesHtmlAndGzipFiles() throws IOException {
        Path dir = root.resolve("mixed");
        touch(dir.resolve("a.txt"), "A.");
        touch(dir.resolve("b.jsonl"), "{}");
        touch(dir.resolve("c.html"), "<p>C.</p>");
        touch(dir.resolve("d.txt.gz"), "");
        touch(dir.resolve("e.jsonl.gz"), "");
        touch(dir.resolve("f.htm"), "");
        touch(dir.resolve("g.gz"), "");

        CorpusScanner.Scan scan = CorpusScanner.scan(List.of(dir), null);

        assertEquals(List.of("a", "b", "c", "d", "e", "f"), ids(scan));
        assertEquals(List.of(InputFormat.TEXT, InputFormat.JSONL, InputFormat.HTML, InputFormat.TEXT, InputFormat.JSONL,
                InputFormat.HTML), scan.sources().stream().map(CorpusScanner.Source::format).toList());
    }
}
