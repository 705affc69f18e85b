package org.newskg.cli;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import org.newskg.serve.SparqlServer;
import org.newskg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "serve", header = "Serve the store over SPARQL (Fuseki) with a browser page.", mixinStandardHelpOptions = true,
        description = {"Serves the store with Apache Jena Fuseki as dataset /newskg: SPARQL at",
                "/newskg/sparql (GET and POST, every result format), Graph Store reads at",
                "/newskg/get (the union of article graphs as default graph), bundled queries at",
                "/newskg/queries/NAME, a browser page at /. Read-only unless --update.",
                "TDB2 allows one process per store: stop the server before ingesting."})
final class ServeCommand implements Callable<Integer> {

    @Mixin
    StoreOption storeOption;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "3030", description = "TCP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
            description = "Interface to listen on (default: ${DEFAULT-VALUE}, loopback only; 0.0.0.0 for all).")
    String host;

    @Option(names = "--update", description = "Accept SPARQL Update and Graph Store writes (refused by default).")
    boolean update;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Query time limit in seconds (default: ${DEFAULT-VALUE}).")
    double timeoutSeconds;

    @Option(names = "--max-results", paramLabel = "ROWS", defaultValue = "100000",
            description = {"Most rows a query answers (default: ${DEFAULT-VALUE}); a larger result is cut there",
                    "and the response says so in the X-SPARQL-MaxRows header."})
    long maxResults;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (port < 0 || port > 65535) {
            throw new ParameterException(spec.commandLine(), "--port must be 0..65535");
        }
        if (!(timeoutSeconds > 0)) {
            throw new ParameterException(spec.commandLine(), "--timeout must be a positive number of seconds");
        }
        if (maxResults < 1) {
            throw new ParameterException(spec.commandLine(), "--max-results must be at least 1");
        }
        KgStore store = KgStore.openExisting(storeOption.store);
        SparqlServer server;
        try {
            server = SparqlServer.builder(store).port(port).host(host).allowUpdate(update).maxResults(maxResults)
                    .timeout(Duration.ofMillis(Math.round(timeoutSeconds * 1000))).build().start();
        } catch (RuntimeException e) {
            store.close();
            throw new IOException("cannot listen on " + host + ":" + port + ": " + rootMessage(e), e);
        }
        AtomicBoolean stopped = new AtomicBoolean();
        Runnable stop = () -> {
            if (stopped.compareAndSet(false, true)) {
                server.stop();
                store.close();
            }
        };
        Thread hook = new Thread(stop, "newskg-serve-shutdown");
        Runtime.getRuntime().addShutdownHook(hook); // Ctrl-C: stop serving, release the store lock
        spec.commandLine().getOut().println(server.banner());
        server.join();
        stop.run();
        return 0;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return String.valueOf(t.getMessage());
    }
}
