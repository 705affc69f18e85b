package org.newskg.store;

/**
 * Sorts records of four {@code long}s laid out one after another in a flat array, comparing the
 * four in turn (signed). A flat array keeps a million quads in 32 MB and in cache-friendly order,
 * where an array of objects would need a comparator call and a pointer per record. Quicksort with
 * Hoare's partition and median-of-three pivots, insertion sort for short ranges, and heapsort when
 * the recursion gets deep, so it is never quadratic.
 */
final class RecordSort {

    private static final int W = 4;
    private static final int SHORT = 12;

    private RecordSort() {
    }

    /** Sorts the first {@code count} records of {@code a}. */
    static void sort(long[] a, int count) {
        int depth = 3 * (32 - Integer.numberOfLeadingZeros(Math.max(1, count)));
        quicksort(a, 0, count, depth, new long[W]);
    }

    static int compare(long[] a, int i, long[] b, int j) {
        int x = i * W;
        int y = j * W;
        for (int c = 0; c < W; c++) {
            int r = Long.compare(a[x + c], b[y + c]);
            if (r != 0) {
                return r;
            }
        }
        return 0;
    }

    private static void quicksort(long[] a, int from, int to, int depth, long[] pivot) {
        while (to - from > SHORT) {
            if (depth-- == 0) {
                heapsort(a, from, to);
                return;
            }
            int mid = (from + to) >>> 1;
            System.arraycopy(a, median(a, from, mid, to - 1) * W, pivot, 0, W);
            // Hoare's partition around the median of three: the pivot value occurs in the range,
            // so both scans stop inside it and both sides end up non-empty; records equal to the
            // pivot are spread over both sides, so many equal records do not unbalance it.
            int i = from - 1;
            int j = to;
            while (true) {
                do {
                    i++;
                } while (compare(a, i, pivot, 0) < 0);
                do {
                    j--;
                } while (compare(a, j, pivot, 0) > 0);
                if (i >= j) {
                    break;
                }
                swap(a, i, j);
            }
            // [from, j] <= pivot <= [j + 1, to). Recurse into the smaller side, loop on the larger.
            if (j + 1 - from < to - (j + 1)) {
                quicksort(a, from, j + 1, depth, pivot);
                from = j + 1;
            } else {
                quicksort(a, j + 1, to, depth, pivot);
                to = j + 1;
            }
        }
        insertionSort(a, from, to);
    }

    private static int median(long[] a, int i, int j, int k) {
        if (compare(a, i, a, j) < 0) {
            if (compare(a, j, a, k) < 0) {
                return j;
            }
            return compare(a, i, a, k) < 0 ? k : i;
        }
        if (compare(a, i, a, k) < 0) {
            return i;
        }
        return compare(a, j, a, k) < 0 ? k : j;
    }

    private static void insertionSort(long[] a, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            for (int j = i; j > from && compare(a, j - 1, a, j) > 0; j--) {
                swap(a, j - 1, j);
            }
        }
    }

    private static void heapsort(long[] a, int from, int to) {
        int n = to - from;
        for (int i = n / 2 - 1; i >= 0; i--) {
            siftDown(a, from, i, n);
        }
        for (int end = n - 1; end > 0; end--) {
            swap(a, from, from + end);
            siftDown(a, from, 0, end);
        }
    }

    private static void siftDown(long[] a, int base, int i, int n) {
        while (true) {
            int child = 2 * i + 1;
            if (child >= n) {
                return;
            }
            if (child + 1 < n && compare(a, base + child, a, base + child + 1) < 0) {
                child++;
            }
            if (compare(a, base + i, a, base + child) >= 0) {
                return;
            }
            swap(a, base + i, base + child);
            i = child;
        }
    }

    private static void swap(long[] a, int i, int j) {
        int x = i * W;
        int y = j * W;
        for (int c = 0; c < W; c++) {
            long t = a[x + c];
            a[x + c] = a[y + c];
            a[y + c] = t;
        }
    }
}
