package org.newskg.ingest;

import java.io.PrintWriter;
import java.util.function.Consumer;

/**
 * Reports how an ingest run is going. The ingest's writer calls {@link #update} after each stored
 * article (implementations decide how often to show it) and {@link #finish} once at the end.
 */
public interface Progress {

    /** Where the run is: articles and tokens done, input bytes read of the total, time since start. */
    record Snapshot(long articles, long tokens, long bytesRead, long totalBytes, long elapsedNanos) {

        double seconds() {
            return elapsedNanos / 1e9;
        }

        /** Share of the input read, 0..1, or -1 when the size is unknown. */
        double fraction() {
            return totalBytes > 0 ? Math.min(1.0, (double) bytesRead / totalBytes) : -1;
        }

        /** Seconds left, extrapolated from the share of input read, or -1. */
        double etaSeconds() {
            double f = fraction();
            return f > 0.001 ? seconds() * (1 - f) / f : -1;
        }

        String rates() {
            double s = Math.max(seconds(), 1e-9);
            return String.format("%d articles, %.1f articles/s, %,.0f tokens/s", articles, articles / s, tokens / s);
        }
    }

    Progress NONE = new Progress() {
        @Override
        public void update(Snapshot s) {
        }

        @Override
        public void finish(Snapshot s) {
        }
    };

    void update(Snapshot s);

    /** Says what the run does next when that is not reading articles (a first load writing its indexes). */
    default void stage(String what) {
    }

    void finish(Snapshot s);

    /** A bar redrawn in place with {@code \r} at most 4 times a second, for a terminal. */
    static Progress bar(PrintWriter err) {
        return new Progress() {
            private long last;
            private int width;

            @Override
            public void update(Snapshot s) {
                if (s.elapsedNanos() - last < 250_000_000L) {
                    return;
                }
                last = s.elapsedNanos();
                StringBuilder b = new StringBuilder("\r");
                double f = s.fraction();
                if (f >= 0) {
                    int done = (int) Math.round(f * 30);
                    b.append('[').append("#".repeat(done)).append(".".repeat(30 - done)).append(']')
                            .append(String.format(" %3.0f%% ", f * 100));
                }
                b.append(s.rates());
                if (s.etaSeconds() >= 0) {
                    b.append(", ETA ").append(duration(s.etaSeconds()));
                }
                int len = b.length();
                b.append(" ".repeat(Math.max(0, width - len)));
                width = len;
                err.print(b);
                err.flush();
            }

            @Override
            public void stage(String what) {
                if (width == 0) {
                    return; // a run too short to have shown a bar says nothing either
                }
                String line = "\r" + what + "…";
                err.print(line + " ".repeat(Math.max(0, width - line.length())));
                err.flush();
                width = line.length();
            }

            @Override
            public void finish(Snapshot s) {
                if (width > 0) {
                    err.print("\r" + " ".repeat(width) + "\r");
                    err.flush();
                }
            }
        };
    }

    /** One log line every {@code everyNanos}, for a pipe or a log file. */
    static Progress log(Consumer<String> log, long everyNanos) {
        return new Progress() {
            private long last;

            @Override
            public void update(Snapshot s) {
                if (s.elapsedNanos() - last < everyNanos) {
                    return;
                }
                last = s.elapsedNanos();
                StringBuilder b = new StringBuilder("… ").append(s.rates());
                if (s.fraction() >= 0) {
                    b.append(String.format(", %.0f%% of the input read", s.fraction() * 100));
                }
                if (s.etaSeconds() >= 0) {
                    b.append(", ETA ").append(duration(s.etaSeconds()));
                }
                log.accept(b.toString());
            }

            @Override
            public void stage(String what) {
                if (last > 0) { // only a run long enough to have logged its progress
                    log.accept("… " + what);
                }
            }

            @Override
            public void finish(Snapshot s) {
            }
        };
    }

    private static String duration(double seconds) {
        long t = Math.round(seconds);
        return t >= 3600 ? String.format("%dh%02dm", t / 3600, t / 60 % 60)
                : t >= 60 ? String.format("%dm%02ds", t / 60, t % 60) : t + "s";
    }
}
