package org.newskg.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** UTF-16 text without a byte-order mark is read as UTF-16, with a warning, not called a binary file. */
class Utf16WithoutMarkTest {

    static final String TEXT = "The minister said on Tuesday that talks would resume.\nÉlodie Dupont, 42, said: “We will see.”\n";

    @Test
    void utf16WithoutAMarkIsReadWithAWarning() throws Exception {
        for (Charset cs : new Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
            ArticleLoader.Decoded d = ArticleLoader.decodeText(TEXT.getBytes(cs));
            assertEquals(TEXT, d.text(), cs.name());
            assertTrue(d.warning() != null && d.warning().contains(cs.name()) && d.warning().contains("byte-order mark"), d.warning());
        }
    }

    @Test
    void binaryIsStillBinary() {
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        BadInputException e = assertThrows(BadInputException.class, () -> ArticleLoader.decodeText(noise));
        assertTrue(e.getMessage().contains("binary"), e.getMessage());
        // Every other byte zero, but the rest are control bytes, not text.
        byte[] controls = new byte[4096];
        for (int i = 0; i < controls.length; i += 2) {
            controls[i] = (byte) (1 + i % 7);
        }
        assertTrue(assertThrows(BadInputException.class, () -> ArticleLoader.decodeText(controls)).getMessage().contains("binary"));
    }
}
