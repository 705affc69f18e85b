package org.newskg.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.newskg.resolve.ActorResolver;
import org.newskg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "resolve", header = "List (or clear) the links of one person, event, agreement or deployment across articles.",
        mixinStandardHelpOptions = true,
        description = {"Links the names of one person across articles (spelling variants, short given names, bare surnames), "
                + "the reports of one event (same kind, a day apart at most, a shared participant), of one agreement (same "
                + "parties, establishing the same thing) and of one deployment (same forces in the same place), and prints each "
                + "link with its reason, then the date the reports of each agreement allow together (an article's \"last "
                + "summer\" refined by another's \"August 2023\"; none when they disagree). Ingest runs this automatically.",
                "Merges live in their own graph; --clear removes them all (article graphs are never changed)."})
final class ResolveCommand implements Callable<Integer> {

    @Mixin
    StoreOption storeOption;

    @Option(names = "--clear", description = "Remove every merge instead (until the next ingest or resolve).")
    boolean clear;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        try (KgStore store = KgStore.openExisting(storeOption.store)) {
            if (clear) {
                ActorResolver.clear(store);
                out.println("cleared all cross-article merges");
                return 0;
            }
            ActorResolver.Resolution r = new ActorResolver().run(store);
            List<ActorResolver.Merge> merges = r.merges();
            merges.forEach(m -> out.println(m.actorLabel() + " → " + m.canonicalLabel() + "  (" + m.reason() + ")"));
            r.linkedDates().forEach(d -> out.println(d.node() + " date " + (d.date() == null ? "none" : d.date()) + "  (" + d.rule() + ")"));
            out.println(merges.size() + " merge" + (merges.size() == 1 ? "" : "s") + ", " + r.linkedDates().size() + " linked date"
                    + (r.linkedDates().size() == 1 ? "" : "s"));
        }
        return 0;
    }
}
