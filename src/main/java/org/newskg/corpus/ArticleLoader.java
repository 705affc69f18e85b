package org.newskg.corpus;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads one article file as UTF-8 text. Rejects, with a one-line reason, what cannot be an
 * article: an empty or blank file, a binary file, bytes that are not UTF-8. A UTF-8 byte-order
 * mark is dropped and Windows/old-Mac line ends become {@code \n}.
 */
public final class ArticleLoader {

    /** Share of control characters above which a file is taken for binary. */
    private static final double BINARY_CONTROL_SHARE = 0.01;

    private ArticleLoader() {
    }

    public static Article load(Path file, String id, ArticleMeta meta) throws BadInputException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new BadInputException("no such file");
        } catch (IOException e) {
            throw new BadInputException("cannot read: " + e.getMessage());
        }
        return new Article(id, decode(bytes), meta);
    }

    static String decode(byte[] bytes) throws BadInputException {
        if (bytes.length == 0) {
            throw new BadInputException("empty file");
        }
        if (looksBinary(bytes)) {
            throw new BadInputException("binary file, not text");
        }
        String text;
        try {
            CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (MalformedInputException e) {
            throw new BadInputException("not valid UTF-8 text (bad byte sequence)");
        } catch (CharacterCodingException e) {
            throw new BadInputException("not valid UTF-8 text");
        }
        text = normalise(text);
        if (text.isBlank()) {
            throw new BadInputException("no text (only whitespace)");
        }
        return text;
    }

    /** Drops a byte-order mark and turns Windows/old-Mac line ends into {@code \n}. */
    static String normalise(String text) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static boolean looksBinary(byte[] bytes) {
        int control = 0;
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
            if (b >= 0 && b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return control > bytes.length * BINARY_CONTROL_SHARE;
    }
}
