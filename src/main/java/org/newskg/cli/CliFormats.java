package org.newskg.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Small helpers shared by the commands: format names and writing bytes to picocli's writer. */
final class CliFormats {

    private CliFormats() {
    }

    /** The enum constant named (case-insensitively) by {@code value}, else a usage error listing the choices. */
    static <E extends Enum<E>> E parse(CommandSpec spec, String option, String value, Class<E> type) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(value)) {
                return e;
            }
        }
        String choices = Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
        throw new ParameterException(spec.commandLine(), "unknown " + option + " '" + value + "' (choose: " + choices + ")");
    }

    /** An OutputStream over the command's PrintWriter (so tests can capture output in-process). */
    static final class WriterStream extends OutputStream {
        private final PrintWriter writer;
        private final java.io.ByteArrayOutputStream pending = new java.io.ByteArrayOutputStream();

        WriterStream(PrintWriter writer) {
            this.writer = writer;
        }

        @Override
        public void write(int b) {
            pending.write(b);
            if (b == '\n') {
                flush();
            }
        }

        @Override
        public void write(byte[] b, int off, int len) {
            pending.write(b, off, len);
            if (pending.size() > 65536) {
                flush();
            }
        }

        @Override
        public void flush() {
            byte[] bytes = pending.toByteArray();
            int cut = lastCompleteChar(bytes);
            writer.write(new String(bytes, 0, cut, StandardCharsets.UTF_8));
            writer.flush();
            pending.reset();
            pending.write(bytes, cut, bytes.length - cut);
        }

        /** Keeps an incomplete UTF-8 sequence at the end for the next write. */
        private static int lastCompleteChar(byte[] b) {
            int n = b.length;
            for (int i = n - 1; i >= Math.max(0, n - 4); i--) {
                int c = b[i] & 0xFF;
                if (c < 0x80) {
                    return n;
                }
                if (c >= 0xC0) {
                    int len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
                    return i + len <= n ? n : i;
                }
            }
            return n;
        }

        @Override
        public void close() {
            flush();
        }
    }
}
