package org.newskg.cli;

import java.util.concurrent.Callable;
import org.newskg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "compact", header = "Rewrite the store without the space its updates left behind.", mixinStandardHelpOptions = true,
        description = {"Writes the store's indexes afresh, packed, into a new generation of the store and deletes the old one. "
                + "Ingests into a store that already holds articles, re-ingests and resolution leave replaced index pages "
                + "in TDB2's files; compact gives that space back. All or nothing: if it is stopped, the store is as it was.",
                "Use this, not TDB2's tdb2.tdbcompact, which rebuilds the store with six quad indexes instead of its four."})
final class CompactCommand implements Callable<Integer> {

    /** Nanoseconds between progress lines. */
    private static final long PROGRESS_EVERY = 10_000_000_000L;

    @Mixin
    StoreOption storeOption;

    @Option(names = "--no-progress", description = "No progress lines on stderr.")
    boolean noProgress;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        long start = System.nanoTime();
        long[] lastLine = {start};
        try (KgStore store = KgStore.openExisting(storeOption.store)) {
            KgStore.Compaction c = store.compact(copied -> {
                long now = System.nanoTime();
                if (!noProgress && now - lastLine[0] >= PROGRESS_EVERY) {
                    lastLine[0] = now;
                    err.printf("compacting: %,d index records written (%,.0f a second)%n", copied, copied / ((now - start) / 1e9));
                    err.flush();
                }
            });
            out.printf("compacted %s: %,d quads in %,d graphs; files %.1f MB -> %.1f MB (as 'stats' counts them); %.1f s%n",
                    store.directory(), c.quads(), c.graphs(), c.bytesBefore() / 1e6, c.bytesAfter() / 1e6, (System.nanoTime() - start) / 1e9);
        }
        return 0;
    }
}
