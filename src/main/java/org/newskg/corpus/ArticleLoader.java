package org.newskg.corpus;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
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

    /** Decoded text and, when it had to be repaired, a one-line warning saying how. */
    public record Decoded(String text, String warning) {
    }

    static String decode(byte[] bytes) throws BadInputException {
        return decodeText(bytes).text();
    }

    /**
     * Text from bytes: UTF-8 (a byte-order mark dropped), or UTF-16 when a UTF-16 byte-order mark
     * says so or its zero bytes do (repaired, with a warning); rejected when empty, binary, larger than
     * {@link #MAX_ARTICLE_BYTES}, or not valid UTF-8.
     */
    public static Decoded decodeText(byte[] bytes) throws BadInputException {
        if (bytes.length == 0) {
            throw new BadInputException("empty file");
        }
        if (bytes.length > MAX_ARTICLE_BYTES) {
            throw new BadInputException(String.format("%.1f MB is too large for one article (limit %d MB); split it, or give"
                    + " JSON Lines with one article per line", bytes.length / 1e6, MAX_ARTICLE_BYTES / 1_000_000));
        }
        if (bytes.length >= 2 && (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF || bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)) {
            String text = normalise(new String(bytes, StandardCharsets.UTF_16));
            if (text.isBlank()) {
                throw new BadInputException("no text (only whitespace)");
            }
            return new Decoded(text, "UTF-16 text (byte-order mark); read as UTF-16");
        }
        if (looksBinary(bytes)) {
            java.util.Optional<Charset> utf16 = utf16WithoutMark(bytes);
            if (utf16.isPresent()) {
                String text = normalise(new String(bytes, utf16.get()));
                if (text.isBlank()) {
                    throw new BadInputException("no text (only whitespace)");
                }
                return new Decoded(text, utf16.get().name() + " text without a byte-order mark; read as " + utf16.get().name());
            }
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
        return new Decoded(text, longestUnpunctuatedRun(text) > LONG_RUN
                ? "a passage of more than " + LONG_RUN + " characters has no sentence punctuation; it is read in pieces"
                : null);
    }

    /** Largest file read as one article (a larger one is a dump, not an article). */
    public static final int MAX_ARTICLE_BYTES = 5_000_000;
    private static final int LONG_RUN = 5_000;

    private static int longestUnpunctuatedRun(String text) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            run = c == '.' || c == '!' || c == '?' || c == '\n' ? 0 : run + 1;
            longest = Math.max(longest, run);
        }
        return longest;
    }

    /** Whether text that came as plain text is in fact an HTML page ("<!DOCTYPE html>", "<html>"). */
    public static boolean looksLikeHtml(String text) {
        String head = text.stripLeading().toLowerCase(java.util.Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<?xml") && head.contains("<html");
    }

    /** Drops a byte-order mark and turns Windows/old-Mac line ends into {@code \n}. */
    static String normalise(String text) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /**
     * UTF-16 without a byte-order mark: an even length, nearly every byte on one side of each pair
     * zero (the high byte of Latin text) and few on the other, and text once decoded (no unpaired
     * surrogates, no control characters but line ends and tabs).
     */
    private static java.util.Optional<Charset> utf16WithoutMark(byte[] bytes) {
        if (bytes.length < 2 || bytes.length % 2 != 0) {
            return java.util.Optional.empty();
        }
        int evenZero = 0;
        int oddZero = 0;
        for (int i = 0; i < bytes.length; i += 2) {
            evenZero += bytes[i] == 0 ? 1 : 0;
            oddZero += bytes[i + 1] == 0 ? 1 : 0;
        }
        int pairs = bytes.length / 2;
        Charset cs = oddZero >= pairs * 0.6 && evenZero <= pairs * 0.05 ? StandardCharsets.UTF_16LE
                : evenZero >= pairs * 0.6 && oddZero <= pairs * 0.05 ? StandardCharsets.UTF_16BE : null;
        if (cs == null) {
            return java.util.Optional.empty();
        }
        try {
            String text = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            boolean controls = text.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f');
            return controls ? java.util.Optional.empty() : java.util.Optional.of(cs);
        } catch (CharacterCodingException e) {
            return java.util.Optional.empty();
        }
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
