package org.newskg.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.testutil.FaultyJsonl.badByteOnLine11;
import static org.newskg.testutil.FaultyJsonl.completeLines;
import static org.newskg.testutil.FaultyJsonl.jsonLines;
import static org.newskg.testutil.FaultyJsonl.truncatedGzip;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link ArticleReader} over JSON Lines files with faults: every readable line is read, every
 * problem is reported with its true line, whether the faulty file comes last or not.
 */
class ArticleReaderTest {

    @TempDir
    Path dir;

    private static List<ArticleReader.Item> read(Path... files) {
        return ArticleReader.readAll(CorpusScanner.scan(List.of(files), null));
    }

    /** Where each article was read, as {@code file line N} with the file's name only. */
    private static List<String> reads(List<ArticleReader.Item> items) {
        return items.stream().filter(i -> i instanceof ArticleReader.Read)
                .map(i -> Path.of(((ArticleReader.Read) i).where()).getFileName().toString()).toList();
    }

    private static List<InputProblem> problems(List<ArticleReader.Item> items) {
        return items.stream().filter(i -> i instanceof ArticleReader.Problem).map(i -> ((ArticleReader.Problem) i).problem()).toList();
    }

    private static List<String> lines(Path file, IntStream numbers) {
        return numbers.mapToObj(n -> file.getFileName() + " line " + n).toList();
    }

    @Test
    void aBadByteCostsOnlyItsOwnLineInTheLastInput() throws IOException {
        Path bad = badByteOnLine11(dir.resolve("bad.jsonl"));

        List<ArticleReader.Item> items = read(bad);

        assertEquals(lines(bad, IntStream.rangeClosed(1, 30).filter(n -> n != 11)), reads(items));
        List<InputProblem> problems = problems(items);
        assertEquals(1, problems.size(), problems::toString);
        assertEquals(bad + " line 11", problems.get(0).where());
        assertTrue(problems.get(0).fatal());
        assertTrue(problems.get(0).reason().contains("UTF-8"), problems::toString);
    }

    @Test
    void aTruncatedGzipKeepsEveryCompleteLineAndReportsTheCut() throws IOException {
        Path cut = truncatedGzip(dir.resolve("cut.jsonl.gz"));
        int complete = completeLines(cut);
        assertTrue(complete > 60 && complete < 140, () -> complete + " complete lines");

        List<ArticleReader.Item> items = read(cut);

        assertEquals(lines(cut, IntStream.rangeClosed(1, complete)), reads(items));
        List<InputProblem> problems = problems(items);
        assertEquals(1, problems.size(), problems::toString);
        assertEquals(cut + " line " + (complete + 1), problems.get(0).where());
        assertTrue(problems.get(0).fatal());
        assertTrue(problems.get(0).reason().contains("gzip"), problems::toString);
    }

    @Test
    void faultsInEarlierInputsAreReportedAndTheInputsAfterThemRead() throws IOException {
        Path bad = badByteOnLine11(dir.resolve("bad.jsonl"));
        Path cut = truncatedGzip(dir.resolve("cut.jsonl.gz"));
        Path good = Files.writeString(dir.resolve("good.jsonl"), jsonLines("ok", 5));
        int complete = completeLines(cut);

        List<ArticleReader.Item> items = read(bad, cut, good);

        List<String> expected = new ArrayList<>(lines(bad, IntStream.rangeClosed(1, 30).filter(n -> n != 11)));
        expected.addAll(lines(cut, IntStream.rangeClosed(1, complete)));
        expected.addAll(lines(good, IntStream.rangeClosed(1, 5)));
        assertEquals(expected, reads(items));
        assertEquals(List.of(bad + " line 11", cut + " line " + (complete + 1)),
                problems(items).stream().map(InputProblem::where).toList());
    }

    @Test
    void linesLongerThanTheBufferAndEveryLineEndAreRead() throws IOException {
        // Lines of 140,000 bytes cross the reader's 64 KB buffer, a four-byte character on a seam;
        // Windows and old-Mac line ends; a byte-order mark; no newline after the last line.
        String longText = "é🙂".repeat(20_000) + "x".repeat(20_000);
        String bytes = "\uFEFF{\"id\": \"a1\", \"text\": \"" + longText + "\"}\r\n"
                + "{\"id\": \"a2\", \"text\": \"two\"}\r"
                + "\r\n"
                + "{\"id\": \"a4\", \"text\": \"four\"}\n"
                + "{\"id\": \"a5\", \"text\": \"" + longText + "\"}";
        Path file = Files.writeString(dir.resolve("ends.jsonl"), bytes);

        List<ArticleReader.Item> items = read(file);

        assertEquals(List.of(), problems(items));
        assertEquals(lines(file, IntStream.of(1, 2, 4, 5)), reads(items));
        List<Article> articles = items.stream().map(i -> ((ArticleReader.Read) i).article()).toList();
        assertEquals(List.of("a1", "a2", "a4", "a5"), articles.stream().map(Article::id).toList());
        assertEquals(longText, articles.get(0).text());
        assertEquals("two", articles.get(1).text());
        assertEquals(longText, articles.get(3).text());
    }

    @Test
    void aBadByteInALongLineCostsOnlyThatLine() throws IOException {
        byte[] head = ("{\"id\": \"a1\", \"text\": \"" + "word ".repeat(30_000)).getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\"}\n" + jsonLines("c", 3)).getBytes(StandardCharsets.UTF_8);
        byte[] bytes = Arrays.copyOf(head, head.length + 1 + tail.length);
        bytes[head.length] = (byte) 0xC3; // the first byte of a two-byte character, then a quote
        System.arraycopy(tail, 0, bytes, head.length + 1, tail.length);
        Path file = Files.write(dir.resolve("long.jsonl"), bytes);

        List<ArticleReader.Item> items = read(file);

        assertEquals(lines(file, IntStream.rangeClosed(2, 4)), reads(items));
        assertEquals(List.of(file + " line 1"), problems(items).stream().map(InputProblem::where).toList());
    }
}
