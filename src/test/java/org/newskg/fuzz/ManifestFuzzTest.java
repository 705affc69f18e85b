package org.newskg.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.newskg.corpus.InputProblem;
import org.newskg.corpus.Manifest;

/**
 * Fuzzes the manifest parser: bytes → {@code manifest.tsv} → {@link Manifest#read}. Only an
 * {@link IOException} may escape (bytes that are not UTF-8); every problem it reports is one
 * line: no line break of any kind ({@code \R}: {@code \n \r}, vertical tab, form feed, NEL,
 * U+2028, U+2029) inside {@link InputProblem#line()}, which ingest prints to stderr as one line.
 */
class ManifestFuzzTest {

    static final int MAX_BYTES = 4096;
    static final Pattern LINE_BREAK = Pattern.compile("\\R");

    private static Path file;

    private static synchronized Path file() {
        if (file == null) {
            try {
                file = Files.createTempFile("newskg-fuzz-", "-" + Manifest.FILE_NAME);
                file.toFile().deleteOnExit();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return file;
    }

    @FuzzTest(maxDuration = "45s")
    void everyProblemIsOneLine(byte[] bytes) throws IOException {
        if (bytes.length > MAX_BYTES) {
            return;
        }
        Files.write(file(), bytes);
        Manifest manifest;
        try {
            manifest = Manifest.read(file());
        } catch (CharacterCodingException notUtf8) {
            return; // reported by ingest as one line of its own
        }
        for (InputProblem p : manifest.problems()) {
            assertFalse(LINE_BREAK.matcher(p.line()).find(), () -> "problem spans lines: " + escaped(p.line()));
            assertTrue(p.line().startsWith(file().toString()), p::line);
        }
        // Rows and problems are consistent with each other and with merging.
        assertTrue(manifest.size() <= bytes.length, "more rows than bytes");
        Manifest twice = manifest.plus(manifest);
        assertEquals(manifest.size(), twice.size());
        assertEquals(2 * manifest.problems().size(), twice.problems().size());
    }

    private static String escaped(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(c -> b.append(c < 0x20 || c > 0x7e ? String.format("\\u{%x}", c) : Character.toString(c)));
        return b.toString();
    }
}
