package org.newskg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newskg.corpus.CorpusScanner;
import org.newskg.extract.Extractor;
import org.newskg.ingest.IngestReport;
import org.newskg.ingest.Ingester;
import org.newskg.nlp.NlpModels;
import org.newskg.resolve.ActorResolver;
import org.newskg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "ingest", header = "Read articles and store what they say: actors, statements, events, units, agreements.", mixinStandardHelpOptions = true,
        description = {"Reads articles, extracts actors, statements, events, units and agreements, and stores one named",
                "graph per article.",
                "Re-ingesting an article replaces its graph, so running ingest twice gives the same store.",
                "Bad inputs are reported one line each on stderr (exit 1); the good ones are still stored."})
final class IngestCommand implements Callable<Integer> {

    @Mixin
    StoreOption storeOption;

    @Option(names = "--manifest", paramLabel = "FILE",
            description = "Tab-separated manifest (id title publisher published url). Default: manifest.tsv in each directory.")
    Path manifest;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "" + Ingester.DEFAULT_BATCH,
            description = "Articles per write transaction (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--no-resolve", description = "Do not link the names of one person across articles after ingesting.")
    boolean noResolve;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files (.txt) or directories of them.")
    List<Path> paths;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (batch < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--batch must be at least 1");
        }
        var err = spec.commandLine().getErr();
        CorpusScanner.Scan scan = CorpusScanner.scan(paths, manifest);
        IngestReport report;
        try (KgStore store = KgStore.open(storeOption.store)) {
            Ingester ingester = new Ingester(NlpModels.load(), Extractor.standard(), batch, line -> err.println("newskg: " + line));
            report = ingester.ingest(scan, store);
            if (!noResolve) {
                int merges = new ActorResolver().resolve(store).size();
                if (merges > 0) {
                    err.println("newskg: linked " + merges + " report" + (merges == 1 ? "" : "s")
                            + " of people and events across articles ('newskg resolve' lists why)");
                }
            }
        }
        spec.commandLine().getOut().printf("ingested %d article%s into %s: %d statements, %d actors, %d triples (%.1f s)%n",
                report.articles(), report.articles() == 1 ? "" : "s", storeOption.store, report.statements(), report.actors(),
                report.triples(), report.elapsed().toMillis() / 1000.0);
        return report.failed() ? 1 : 0;
    }
}
