package org.newskg.testutil;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/** JSON Lines inputs with the faults of issue 28: a byte that is not UTF-8, a gzip file cut short. */
public final class FaultyJsonl {
    private FaultyJsonl() {
    }

    /**
     * {@code count} JSON lines with ids {@code prefix1 … prefixN}, each about 300 bytes of varied
     * words (so that gzip does not squeeze them to nothing) with one statement in front.
     */
    public static String jsonLines(String prefix, int count) {
        String[] words = {"bridge", "council", "harbour", "minister", "flood", "budget", "talks", "river", "ceasefire",
                "station", "school", "Monday", "May", "barriers", "reopen", "election", "outlet", "market"};
        Random random = new Random(28);
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= count; i++) {
            StringBuilder text = new StringBuilder("Officials said the ").append(prefix).append(i).append(" bridge will reopen in May.");
            while (text.length() < 280) {
                text.append(' ').append(words[random.nextInt(words.length)]);
            }
            b.append("{\"id\": \"").append(prefix).append(i).append("\", \"text\": \"").append(text).append(".\"}\n");
        }
        return b.toString();
    }

    /** A 30-line file (ids {@code b1 … b30}) whose line 11 holds a byte that is not UTF-8. */
    public static Path badByteOnLine11(Path file) throws IOException {
        byte[] bytes = jsonLines("b", 30).getBytes(StandardCharsets.UTF_8);
        int line11 = IntStream.range(0, bytes.length).filter(i -> bytes[i] == '\n').skip(9).findFirst().orElseThrow() + 1;
        bytes[line11 + 40] = (byte) 0xFF; // inside the text of b11
        return Files.write(file, bytes);
    }

    /** 200 lines (ids {@code g1 … g200}) gzip'd, the file cut in half. */
    public static Path truncatedGzip(Path file) throws IOException {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(gz)) {
            out.write(jsonLines("g", 200).getBytes(StandardCharsets.UTF_8));
        }
        byte[] all = gz.toByteArray();
        return Files.write(file, Arrays.copyOf(all, all.length / 2));
    }

    /** How many whole lines a truncated gzip file holds before its cut, decompressed a byte at a time. */
    public static int completeLines(Path gz) throws IOException {
        int lines = 0;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
            for (int b; (b = in.read()) >= 0;) {
                lines += b == '\n' ? 1 : 0;
            }
        } catch (EOFException expected) {
            return lines;
        }
        throw new AssertionError("not truncated: " + gz);
    }
}
