package org.newskg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.newskg.corpus.CorpusScanner;
import org.newskg.extract.Extractor;
import org.newskg.ingest.IngestReport;
import org.newskg.ingest.Ingester;
import org.newskg.ingest.Progress;
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
        description = {"Reads articles (.txt, JSON Lines, saved .html pages, and .gz of each), extracts actors, statements, events, units and agreements, and stores one named graph per article.",
                "Re-ingesting an article replaces its graph, so running ingest twice gives the same store.",
                "Bad inputs are reported one line each on stderr (exit 1); the good ones are still stored."})
final class IngestCommand implements Callable<Integer> {

    @Mixin
    StoreOption storeOption;

    @Option(names = "--manifest", paramLabel = "FILE",
            description = "Tab-separated manifest (id title publisher published url). Default: manifest.tsv in each directory.")
    Path manifest;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "" + Ingester.DEFAULT_BATCH,
            description = "Articles per write transaction into a store that holds articles (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--threads", paramLabel = "N",
            description = "NLP/extraction threads (default: one per core, here ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--bulk", negatable = true, defaultValue = "true", fallbackValue = "true", description = {
            "A first load into an empty store sorts the articles' quads into the store's indexes (TDB2's",
            "bulk-loading method): faster, a smaller store, all or nothing. On by default; a store that",
            "is not empty is written in transactions of --batch articles. --no-bulk: transactions always."})
    boolean bulk;

    @Option(names = "--no-progress", description = "No progress bar or periodic progress lines on stderr.")
    boolean noProgress;

    @Option(names = "--no-resolve", description = "Do not link the names of one person across articles after ingesting.")
    boolean noResolve;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = {
            "Article files or directories of them: .txt (one article), .jsonl (one article per line:",
            "id, title, publisher, published, url, text), .html saved pages; each may be .gz."})
    List<Path> paths;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (batch < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--batch must be at least 1");
        }
        if (threads < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1");
        }
        var err = spec.commandLine().getErr();
        CorpusScanner.Scan scan = CorpusScanner.scan(paths, manifest);
        IngestReport report;
        try (KgStore store = KgStore.open(storeOption.store)) {
            Consumer<String> log = line -> err.println("newskg: " + line);
            if (bulk && spec.commandLine().getParseResult().hasMatchedOption("--bulk") && !store.isEmpty()) {
                log.accept("note: the store is not empty, so articles are written in transactions, not bulk-loaded");
            }
            Ingester ingester = Ingester.builder(NlpModels.load(), Extractor.standard()).batch(batch).threads(threads)
                    .bulk(bulk).log(log).progress(progress(err, log)).build();
            report = ingester.ingest(scan, store);
            if (!noResolve) {
                ActorResolver.Resolution resolution = new ActorResolver().run(store);
                int merges = resolution.merges().size();
                long dated = resolution.linkedDates().stream().filter(d -> d.date() != null).count();
                if (merges > 0 || dated > 0) {
                    err.println("newskg: linked " + merges + " report" + (merges == 1 ? "" : "s")
                            + " of people, events, agreements and deployments across articles"
                            + (dated > 0 ? ", dated " + dated + " agreement" + (dated == 1 ? "" : "s") + " from linked reports" : "")
                            + " ('newskg resolve' lists why)");
                }
            }
        }
        double seconds = report.elapsed().toMillis() / 1000.0;
        spec.commandLine().getOut().printf(
                "ingested %d article%s into %s: %d statements, %d events, %d actors, %d triples (%.1f s, %.1f articles/s, %,.0f tokens/s)%n",
                report.articles(), report.articles() == 1 ? "" : "s", storeOption.store, report.statements(), report.events(),
                report.actors(), report.triples(), seconds, report.articles() / Math.max(seconds, 1e-3),
                report.tokens() / Math.max(seconds, 1e-3));
        return report.failed() ? 1 : 0;
    }

    /** A redrawn bar on a terminal; on a pipe (or in CI) a line every 10 s. */
    private Progress progress(PrintWriter err, Consumer<String> log) {
        if (noProgress) {
            return Progress.NONE;
        }
        boolean terminal = System.console() != null && System.getenv("CI") == null;
        return terminal ? Progress.bar(err) : Progress.log(log, 10_000_000_000L);
    }
}
