package org.newskg.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link ArticleLoader#load} on real files: what is accepted, how it is normalised, what is rejected. */
class ArticleLoaderTest {

    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private String rejected(Path file) {
        BadInputException e = assertThrows(BadInputException.class, () -> ArticleLoader.load(file, "x", null));
        assertFalse(e.getMessage().isBlank(), "a reason is given");
        assertFalse(e.getMessage().contains("\n"), () -> "one-line message: " + e.getMessage());
        return e.getMessage();
    }

    @Test
    void goodFileGivesArticleWithExactText() throws Exception {
        String text = "Pentagon says “we’re done.”\nMaj. Gen. Pat Ryder said on Jan. 10 that… — café\n";
        Path file = write("a1.txt", text);
        ArticleMeta meta = new ArticleMeta("T", "P", LocalDate.of(2024, 1, 10), null);

        Article a = ArticleLoader.load(file, "a1", meta);

        assertEquals("a1", a.id());
        assertEquals(text, a.text());
        assertSame(meta, a.meta());
    }

    @Test
    void nullMetaBecomesUnknown() throws Exception {
        Article a = ArticleLoader.load(write("a.txt", "Text."), "a", null);
        assertSame(ArticleMeta.UNKNOWN, a.meta());
    }

    @Test
    void emptyFileIsRejected() throws IOException {
        assertEquals("empty file", rejected(write("empty.txt", new byte[0])));
    }

    @Test
    void whitespaceOnlyFileIsRejected() throws IOException {
        String reason = rejected(write("blank.txt", " \n\t\r\n  \n"));
        assertTrue(reason.contains("whitespace"), reason);
    }

    @Test
    void bomOnlyFileIsRejectedAsBlank() throws IOException {
        String reason = rejected(write("bom.txt", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '\n'}));
        assertTrue(reason.contains("whitespace"), reason);
    }

    @Test
    void fileWithNulBytesIsBinary() throws IOException {
        byte[] bytes = "Looks like text but".getBytes(StandardCharsets.US_ASCII);
        byte[] withNul = new byte[bytes.length + 1];
        System.arraycopy(bytes, 0, withNul, 0, bytes.length);
        String reason = rejected(write("nul.bin.txt", withNul));
        assertTrue(reason.contains("binary"), reason);
    }

    @Test
    void fileWithManyControlCharactersIsBinary() throws IOException {
        byte[] bytes = new byte[200];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 4 == 0 ? 0x01 : 'a');
        }
        String reason = rejected(write("ctl.txt", bytes));
        assertTrue(reason.contains("binary"), reason);
    }

    @Test
    void invalidUtf8IsRejected() throws IOException {
        byte[] bytes = {'O', 'k', ' ', (byte) 0xC3, (byte) 0x28, ' ', 'n', 'o'};
        String reason = rejected(write("latin.txt", bytes));
        assertTrue(reason.contains("UTF-8"), reason);
    }

    @Test
    void latin1EncodedTextIsRejected() throws IOException {
        String reason = rejected(write("latin1.txt", "caf\u00E9 cr\u00E8me".getBytes(StandardCharsets.ISO_8859_1)));
        assertTrue(reason.contains("UTF-8"), reason);
    }

    @Test
    void utf8ByteOrderMarkIsStripped() throws Exception {
        byte[] body = "Hello.\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);

        Article a = ArticleLoader.load(write("bom.txt", bytes), "bom", null);

        assertEquals("Hello.\n", a.text());
    }

    @Test
    void windowsAndOldMacLineEndsBecomeLineFeeds() throws Exception {
        Article a = ArticleLoader.load(write("crlf.txt", "One.\r\nTwo.\rThree.\n\r\nFour."), "crlf", null);
        assertEquals("One.\nTwo.\nThree.\n\nFour.", a.text());
    }

    @Test
    void tabsAndFormFeedsAreNotBinary() throws Exception {
        Article a = ArticleLoader.load(write("tabs.txt", "Col1\tCol2\fPage two."), "tabs", null);
        assertEquals("Col1\tCol2\fPage two.", a.text());
    }

    @Test
    void missingFileIsRejectedWithOneLineMessage() {
        assertEquals("no such file", rejected(dir.resolve("does-not-exist.txt")));
    }

    @Test
    void directoryIsRejectedWithOneLineMessage() throws IOException {
        Path sub = Files.createDirectory(dir.resolve("sub.txt"));
        String reason = rejected(sub);
        assertTrue(reason.startsWith("cannot read"), reason);
    }
}
