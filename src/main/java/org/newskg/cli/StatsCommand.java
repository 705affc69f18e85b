package org.newskg.cli;

import java.util.concurrent.Callable;
import org.newskg.resolve.ResolutionState;
import org.newskg.store.KgStore;
import org.newskg.store.StoreStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "stats", header = "Print what the store holds.", mixinStandardHelpOptions = true, description = "Prints what the store holds: articles, quads, instances per class, files, and whether the "
        + "cross-article links cover every article.")
final class StatsCommand implements Callable<Integer> {

    @Mixin
    StoreOption storeOption;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        try (KgStore store = KgStore.openExisting(storeOption.store)) {
            StoreStats stats = StoreStats.of(store);
            out.printf("store      %s%n", store.directory());
            out.printf("articles   %d%n", stats.articles());
            out.printf("quads      %d%n", stats.quads());
            stats.byClass().forEach((cls, n) -> out.printf("%-10s %d%n", cls, n));
            out.printf("resolution %s%n", ResolutionState.of(store, stats.articles()).describe());
            out.printf("files      %.1f MB (apparent size: TDB2 pre-allocates sparse files)%n", stats.bytesOnDisk() / 1e6);
        }
        return 0;
    }
}
