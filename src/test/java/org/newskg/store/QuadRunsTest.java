package org.newskg.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sorted runs behind a first load: every index order comes back complete, ascending as
 * unsigned numbers (as TDB2 compares record bytes), without duplicates, whether the quads stayed
 * in memory or were spilled to many run files; and the record sort itself against a reference.
 */
class QuadRunsTest {

    private static final int[][] ORDERS = {{0, 1, 2, 3}, {1, 2, 3, 0}, {2, 3, 1, 0}, {3, 1, 2, 0}};

    @TempDir
    Path tmp;

    /** Unsigned comparison of two quads column by column. */
    private static final Comparator<long[]> UNSIGNED = (x, y) -> {
        for (int c = 0; c < 4; c++) {
            int r = Long.compareUnsigned(x[c], y[c]);
            if (r != 0) {
                return r;
            }
        }
        return 0;
    };

    private static long[] permuted(long[] q, int[] order) {
        return new long[] {q[order[0]], q[order[1]], q[order[2]], q[order[3]]};
    }

    /** Values from a small range (so quads and columns repeat) mixed with ones that have the top bit set. */
    private static long value(Random r) {
        return switch (r.nextInt(4)) {
            case 0 -> r.nextLong();            // negative as a signed long: must sort after every small value
            case 1 -> Long.MIN_VALUE | r.nextInt(5);
            default -> r.nextInt(7);
        };
    }

    private void assertSortedInEveryOrder(int quads, int runSize, long seed) throws IOException {
        Random r = new Random(seed);
        List<long[]> added = new ArrayList<>();
        Path dir = tmp.resolve("runs-" + seed);
        try (QuadRuns runs = new QuadRuns(dir, ORDERS, runSize)) {
            for (int i = 0; i < quads; i++) {
                long[] q = {value(r), value(r), value(r), value(r)};
                if (i > 0 && r.nextInt(10) == 0) {
                    q = added.get(r.nextInt(added.size())).clone(); // an exact duplicate
                }
                added.add(q);
                runs.add(q[0], q[1], q[2], q[3]);
            }
            assertEquals(quads, runs.added());
            for (int o = 0; o < ORDERS.length; o++) {
                TreeSet<long[]> expected = new TreeSet<>(UNSIGNED);
                for (long[] q : added) {
                    expected.add(permuted(q, ORDERS[o]));
                }
                List<long[]> got = new ArrayList<>();
                try (QuadRuns.SortedQuads sorted = runs.sorted(o)) {
                    sorted.forEachRemaining(got::add);
                }
                assertEquals(expected.size(), got.size(), "order " + o + ": quads once each");
                int i = 0;
                for (long[] e : expected) {
                    assertArrayEquals(e, got.get(i++), "order " + o + ", quad " + (i - 1));
                }
            }
        }
        try (Stream<Path> left = Files.exists(dir) ? Files.list(dir) : Stream.empty()) {
            assertEquals(0, left.count(), "run files are deleted on close");
        }
    }

    @Test
    void quadsThatStayInMemoryComeBackSortedInEveryOrder() throws IOException {
        assertSortedInEveryOrder(5_000, 10_000, 1);
    }

    @Test
    void quadsSpilledToManyRunsComeBackMergedSortedAndOnce() throws IOException {
        assertSortedInEveryOrder(20_000, 1_500, 2);   // 13 full runs and a tail in memory
        assertSortedInEveryOrder(6_000, 1_000, 3);    // full runs only, nothing left in memory
    }

    @Test
    void noQuadsGiveNothing() {
        try (QuadRuns runs = new QuadRuns(tmp.resolve("none"), ORDERS, 10)) {
            try (QuadRuns.SortedQuads sorted = runs.sorted(2)) {
                assertEquals(false, sorted.hasNext());
            }
        }
    }

    private static long[] flat(List<long[]> records) {
        long[] a = new long[records.size() * 4];
        for (int i = 0; i < records.size(); i++) {
            System.arraycopy(records.get(i), 0, a, i * 4, 4);
        }
        return a;
    }

    @Test
    void recordSortAgreesWithAReferenceSortOnHardInputs() {
        Random r = new Random(7);
        Comparator<long[]> signed = Arrays::compare;
        List<List<long[]>> inputs = new ArrayList<>();
        for (int n : new int[] {0, 1, 2, 3, 13, 100, 5_000}) {
            List<long[]> random = new ArrayList<>();
            List<long[]> fewValues = new ArrayList<>();
            List<long[]> allEqual = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                random.add(new long[] {r.nextLong(), r.nextLong(), r.nextLong(), r.nextLong()});
                fewValues.add(new long[] {r.nextInt(2), r.nextInt(3), 0, r.nextInt(2)});
                allEqual.add(new long[] {5, 5, 5, 5});
            }
            List<long[]> ascending = new ArrayList<>(random);
            ascending.sort(signed);
            List<long[]> descending = new ArrayList<>(ascending);
            java.util.Collections.reverse(descending);
            List<long[]> organPipe = new ArrayList<>(ascending.subList(0, n / 2));
            organPipe.addAll(descending.subList(0, n - n / 2));
            inputs.addAll(List.of(random, fewValues, allEqual, ascending, descending, organPipe));
        }
        for (List<long[]> input : inputs) {
            long[] a = flat(input);
            RecordSort.sort(a, input.size());
            List<long[]> expected = new ArrayList<>(input);
            expected.sort(signed);
            assertArrayEquals(flat(expected), a, "input of " + input.size() + " records");
        }
    }
}
