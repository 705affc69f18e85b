package org.newskg.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newskg.query.NamedQuery;
import org.newskg.query.QueryCatalog;
import org.newskg.query.QueryRunner;
import org.newskg.query.ResultFormat;
import org.newskg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "query", header = "Run a bundled query by name, or a SPARQL file.", mixinStandardHelpOptions = true,
        description = {"Runs a bundled query by name, or a SPARQL file, over the union of article graphs.",
                "Bundled: who-said-what, statements-by-speaker (--param speaker=NAME), said-about (--param actor=NAME),"
                        + " actors, timeline, attacks, military-units, agreements, actor-profile (--param actor=NAME),"
                        + " reported-figures. Each query's header comment (queries/NAME.rq) describes its columns."})
final class QueryCommand implements Callable<Integer> {

    @Mixin
    StoreOption storeOption;

    @Parameters(index = "0", paramLabel = "NAME|FILE.rq", description = "A bundled query name or a .rq file.")
    String query;

    @Option(names = "--param", paramLabel = "k=v", description = "Binds ?k to the string v (repeatable).")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv, tsv or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        ResultFormat resultFormat = CliFormats.parse(spec, "--format", format, ResultFormat.class);
        NamedQuery named = QueryCatalog.resolve(query).orElseThrow(() -> new picocli.CommandLine.ParameterException(
                spec.commandLine(), "no query '" + query + "' (bundled: " + String.join(", ", QueryCatalog.BUNDLED)
                        + "; or give a .rq file)"));
        QueryRunner.bindings(named, params);
        try (KgStore store = KgStore.openExisting(storeOption.store)) {
            PrintStream out = new PrintStream(new CliFormats.WriterStream(spec.commandLine().getOut()), true,
                    java.nio.charset.StandardCharsets.UTF_8);
            QueryRunner.run(store, named, params, resultFormat, out);
            out.flush();
        } catch (OutOfMemoryError e) {
            // Listing a whole large store (who-said-what over 100k articles: 1.4M rows, grouped and
            // sorted in memory) can need more than the launcher's default heap.
            spec.commandLine().getErr().println("newskg: query '" + named.name() + "' ran out of memory (Java heap of "
                    + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB): give it more (NEWSKG_JAVA_OPTS=-Xmx8g)"
                    + " or ask a narrower query (statements-by-speaker, said-about, actor-profile)");
            return 1;
        }
        return 0;
    }
}
