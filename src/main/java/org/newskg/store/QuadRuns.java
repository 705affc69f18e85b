package org.newskg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;

/**
 * Quads of four 64-bit keys, gathered for a first load and read back sorted once per index order,
 * so that each index can be written bottom-up in one pass instead of by one B+tree insertion per
 * quad. Memory holds one run of at most {@code runSize} quads (the buffer grows to that size); each full run is sorted in every
 * order and written to {@code dir} (delta-encoded, see {@link #write}), and {@link #sorted} merges an order's
 * runs with the quads still in memory. Keys compare as unsigned numbers, as TDB2 compares the bytes
 * of its records. Not thread-safe while adding; {@link #sorted} may be called from several threads
 * once adding is done.
 */
final class QuadRuns implements AutoCloseable {

    private static final int WIDTH = 4;
    private static final int IO_BUFFER = 1 << 16;

    private static final int FIRST_BUFFER = 1 << 12;

    private final Path dir;
    private final int[][] orders;
    private final int runSize;
    private long[] buffer;
    private final List<List<Path>> runs = new ArrayList<>();
    private int buffered;
    private long added;

    /**
     * @param orders for each index order, the positions in an added quad of its four key columns
     *               (GSPO as added, SPOG is {1, 2, 3, 0})
     */
    QuadRuns(Path dir, int[][] orders, int runSize) {
        this.dir = dir;
        this.orders = orders.clone();
        this.runSize = runSize;
        // Grows to a run's size as quads come: a first load of five articles needs kilobytes.
        this.buffer = new long[Math.min(runSize, FIRST_BUFFER) * WIDTH];
        for (int i = 0; i < orders.length; i++) {
            runs.add(new ArrayList<>());
        }
    }

    void add(long k0, long k1, long k2, long k3) {
        if (buffered == runSize) {
            spill();
        } else if (buffered * WIDTH == buffer.length) {
            buffer = java.util.Arrays.copyOf(buffer, Math.min(runSize, 2 * buffered) * WIDTH);
        }
        int at = buffered++ * WIDTH;
        buffer[at] = k0;
        buffer[at + 1] = k1;
        buffer[at + 2] = k2;
        buffer[at + 3] = k3;
        added++;
    }

    /** Quads added, duplicates included. */
    long added() {
        return added;
    }

    /** Writes the buffer as one sorted run per order. */
    private void spill() {
        try {
            Files.createDirectories(dir);
            long[] sorted = new long[buffered * WIDTH];
            for (int o = 0; o < orders.length; o++) {
                permute(buffer, buffered, orders[o], sorted);
                RecordSort.sort(sorted, buffered);
                Path run = dir.resolve("run-" + o + "-" + runs.get(o).size() + ".bin");
                write(run, sorted, buffered);
                runs.get(o).add(run);
            }
            buffered = 0;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a sorted run to " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes a sorted run, delta-encoded: per quad one byte {@code c}, the first column that differs
     * from the quad before (a file starts from a quad of zeros), the increase of column {@code c},
     * then columns {@code c + 1} to 3 as they are, each an unsigned variable-length number (7 bits
     * a byte, the high bit set on all but the last). Exact duplicates are left out. Sorted node ids
     * mostly differ in the last column or two by little, so a quad takes about 8 bytes instead of
     * 32 (100k articles: 1.4 GB of runs instead of 5.5 GB), less for the disk to hold and to read
     * back while the indexes are written.
     */
    private static void write(Path file, long[] sorted, int count) throws IOException {
        try (VarLongOut out = new VarLongOut(file)) {
            long[] prev = new long[WIDTH];
            java.util.Arrays.fill(prev, Long.MIN_VALUE); // zeros, sign bits flipped as the run's quads are
            for (int i = 0; i < count; i++) {
                int at = i * WIDTH;
                int c = 0;
                while (c < WIDTH && sorted[at + c] == prev[c]) {
                    c++;
                }
                if (c == WIDTH) {
                    continue; // a duplicate: merging keeps one anyway
                }
                out.writeByte(c);
                out.writeVarLong(sorted[at + c] - prev[c]);
                for (int k = c + 1; k < WIDTH; k++) {
                    out.writeVarLong(sorted[at + k] ^ Long.MIN_VALUE);
                }
                System.arraycopy(sorted, at, prev, 0, WIDTH);
            }
        }
    }

    /** A file written through one buffer: bytes and unsigned variable-length longs. */
    private static final class VarLongOut implements AutoCloseable {
        private final FileChannel channel;
        private final ByteBuffer buffer = ByteBuffer.allocateDirect(IO_BUFFER);

        VarLongOut(Path file) throws IOException {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE);
        }

        void writeByte(int b) throws IOException {
            if (!buffer.hasRemaining()) {
                flush();
            }
            buffer.put((byte) b);
        }

        void writeVarLong(long v) throws IOException {
            while ((v & ~0x7FL) != 0) {
                writeByte((int) (v & 0x7F) | 0x80);
                v >>>= 7;
            }
            writeByte((int) v);
        }

        private void flush() throws IOException {
            buffer.flip();
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            buffer.clear();
        }

        @Override
        public void close() throws IOException {
            try {
                flush();
            } finally {
                channel.close();
            }
        }
    }

    /**
     * The quads in order {@code o}'s column order, ascending (unsigned), each once. The caller
     * closes the iterator (it holds the run files open).
     */
    SortedQuads sorted(int o) {
        List<Source> sources = new ArrayList<>();
        try {
            for (Path run : runs.get(o)) {
                sources.add(new FileSource(run));
            }
        } catch (IOException e) {
            sources.forEach(Source::close);
            throw new UncheckedIOException("cannot read sorted run: " + e.getMessage(), e);
        }
        if (buffered > 0) {
            long[] tail = new long[buffered * WIDTH];
            permute(buffer, buffered, orders[o], tail);
            RecordSort.sort(tail, buffered);
            sources.add(new ArraySource(tail));
        }
        return new SortedQuads(sources);
    }

    /** Copies quads into {@code out} with their columns in {@code order}, sign bits flipped for unsigned order. */
    private static void permute(long[] in, int count, int[] order, long[] out) {
        for (int i = 0; i < count; i++) {
            int at = i * WIDTH;
            for (int c = 0; c < WIDTH; c++) {
                out[at + c] = in[at + order[c]] ^ Long.MIN_VALUE;
            }
        }
    }

    /** Deletes the run files. */
    @Override
    public void close() {
        for (List<Path> order : runs) {
            for (Path run : order) {
                try {
                    Files.deleteIfExists(run);
                } catch (IOException e) {
                    // a leftover run is only wasted space; the directory goes with the load
                }
            }
        }
    }

    /** Sorted quads of one order, merged from its runs; each call to {@link #next} gives a new array. */
    static final class SortedQuads implements Iterator<long[]>, AutoCloseable {
        private final PriorityQueue<Source> queue = new PriorityQueue<>((a, b) -> RecordSort.compare(a.head, 0, b.head, 0));
        private final List<Source> sources;
        private long[] last;
        private long[] next;

        private SortedQuads(List<Source> sources) {
            this.sources = sources;
            for (Source s : sources) {
                if (s.advance()) {
                    queue.add(s);
                }
            }
            next = pull();
        }

        private long[] pull() {
            while (!queue.isEmpty()) {
                Source s = queue.poll();
                long[] q = s.head.clone();
                if (s.advance()) {
                    queue.add(s);
                }
                if (last == null || RecordSort.compare(q, 0, last, 0) != 0) {
                    last = q;
                    return q;
                }
            }
            return null;
        }

        @Override
        public boolean hasNext() {
            return next != null;
        }

        /** The next quad, in this order's columns, as unsigned keys. */
        @Override
        public long[] next() {
            if (next == null) {
                throw new NoSuchElementException();
            }
            long[] q = next;
            next = pull();
            long[] out = new long[WIDTH];
            for (int c = 0; c < WIDTH; c++) {
                out[c] = q[c] ^ Long.MIN_VALUE;
            }
            return out;
        }

        @Override
        public void close() {
            sources.forEach(Source::close);
        }
    }

    /** One sorted run being merged: its current quad in {@code head}. */
    private abstract static class Source {
        final long[] head = new long[WIDTH];

        abstract boolean advance();

        void close() {
        }
    }

    private static final class ArraySource extends Source {
        private final long[] quads;
        private int at;

        ArraySource(long[] quads) {
            this.quads = quads;
        }

        @Override
        boolean advance() {
            if (at >= quads.length) {
                return false;
            }
            System.arraycopy(quads, at, head, 0, WIDTH);
            at += WIDTH;
            return true;
        }
    }

    /** A run file ({@link #write}'s encoding) read through one buffer. */
    private static final class FileSource extends Source {
        private final FileChannel in;
        private final Path file;
        private final ByteBuffer bytes = ByteBuffer.allocateDirect(IO_BUFFER);

        FileSource(Path file) throws IOException {
            this.file = file;
            this.in = FileChannel.open(file, StandardOpenOption.READ);
            bytes.limit(0);
            java.util.Arrays.fill(head, Long.MIN_VALUE); // the quad of zeros a run starts from
        }

        @Override
        boolean advance() {
            if (!bytes.hasRemaining() && !fill()) {
                return false;
            }
            int c = bytes.get();
            head[c] += readVarLong();
            for (int k = c + 1; k < WIDTH; k++) {
                head[k] = readVarLong() ^ Long.MIN_VALUE;
            }
            return true;
        }

        private long readVarLong() {
            long v = 0;
            for (int shift = 0; ; shift += 7) {
                if (!bytes.hasRemaining() && !fill()) {
                    throw new UncheckedIOException(new IOException("sorted run " + file + " ends inside a quad"));
                }
                byte b = bytes.get();
                v |= (long) (b & 0x7F) << shift;
                if (b >= 0) {
                    return v;
                }
            }
        }

        /** Reads the next buffer-full; false at the end of the file. */
        private boolean fill() {
            try {
                bytes.clear();
                while (bytes.hasRemaining() && in.read(bytes) >= 0) {
                    // keep reading until the buffer is full or the file ends
                }
                bytes.flip();
                return bytes.hasRemaining();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read sorted run " + file + ": " + e.getMessage(), e);
            }
        }

        @Override
        void close() {
            try {
                in.close();
            } catch (IOException e) {
                // read-only file: nothing was lost
            }
        }
    }
}
