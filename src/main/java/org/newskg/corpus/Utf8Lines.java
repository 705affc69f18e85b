package org.newskg.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads a stream one line at a time, each line decoded as UTF-8 on its own: a byte that is not
 * UTF-8 costs only its line, and every line before a read failure (a gzip file cut short) is
 * returned before the failure is thrown. A line ends at {@code \n}, {@code \r\n} or {@code \r}, as
 * for {@link java.io.BufferedReader#readLine}. Closing the stream is the caller's. Not thread-safe.
 */
final class Utf8Lines {

    private final InputStream in;
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final byte[] buffer = new byte[1 << 16];
    private int start;
    private int end;
    private byte[] line = new byte[1 << 12];
    private int length;
    private boolean skipLf;
    private int number;

    Utf8Lines(InputStream in) {
        this.in = in;
    }

    /** The 1-based number of the line last returned, or of the line being read when an exception was thrown. */
    int lineNumber() {
        return number;
    }

    /**
     * The next line without its line end, or null at the end of the stream.
     *
     * @throws CharacterCodingException the line is not UTF-8; it has been read, so the next call
     *         returns the line after it
     * @throws IOException the stream failed; the line being read is lost
     */
    String next() throws IOException {
        number++;
        length = 0;
        while (true) {
            if (start == end && !fill()) {
                return length == 0 ? null : decode();
            }
            if (skipLf) {
                skipLf = false;
                if (buffer[start] == '\n') {
                    start++;
                    continue;
                }
            }
            int i = start;
            while (i < end && buffer[i] != '\n' && buffer[i] != '\r') {
                i++;
            }
            append(start, i);
            if (i == end) {
                start = end;
                continue;
            }
            skipLf = buffer[i] == '\r';
            start = i + 1;
            return decode();
        }
    }

    private boolean fill() throws IOException {
        int n = in.read(buffer);
        if (n < 0) {
            return false;
        }
        start = 0;
        end = n;
        return true;
    }

    private void append(int from, int to) {
        int n = to - from;
        if (length + n > line.length) {
            line = Arrays.copyOf(line, Math.max(2 * line.length, length + n));
        }
        System.arraycopy(buffer, from, line, length, n);
        length += n;
    }

    private String decode() throws CharacterCodingException {
        return utf8.decode(ByteBuffer.wrap(line, 0, length)).toString();
    }
}
