package org.newskg.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newskg.serve.SparqlServer;
import org.newskg.store.KgStore;

/**
 * Runs the everyday commands once, in one JVM, on a small corpus and a throw-away store, and serves
 * that store for a moment, so that the launcher ({@code bin/newskg}) can record the classes they
 * load in a class-data archive (Java's AppCDS, {@code -XX:ArchiveClassesAtExit}). Every later
 * command starts from that archive instead of loading and verifying about 5,000 classes from the
 * jar: 0.4-0.8 s less per command where we measured it (README, Start-up). Nothing here is part of
 * the product's behaviour: a failed command only means that its classes are missing from the
 * archive.
 *
 * <pre>java -XX:ArchiveClassesAtExit=ARCHIVE -cp newskg.jar org.newskg.cli.ClassDataWarmup CORPUS WORKDIR</pre>
 */
public final class ClassDataWarmup {

    private ClassDataWarmup() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: ClassDataWarmup CORPUS WORKDIR");
            System.exit(2);
        }
        System.exit(run(Path.of(args[0]), Path.of(args[1])).isEmpty() ? 0 : 1);
    }

    /** Runs each command on the corpus, with a store in {@code work}; returns the commands that failed. */
    static List<String> run(Path corpus, Path work) throws IOException {
        String store = Files.createDirectories(work).resolve("store").toString();
        List<String[]> commands = List.of(
                new String[] {"ingest", "--store", store, "--no-progress", corpus.toString()},
                // Again, into the store that now holds articles: the transactional path, not the first load's.
                new String[] {"ingest", "--store", store, "--no-progress", corpus.toString()},
                new String[] {"query", "--store", store, "who-said-what", "--format", "csv"},
                new String[] {"query", "--store", store, "actor-profile", "--param", "actor=Iraq", "--format", "table"},
                new String[] {"query", "--store", store, "timeline", "--format", "json"},
                new String[] {"export", "--store", store, "--format", "trig", "-o", work.resolve("export.trig").toString()},
                new String[] {"export", "--store", store, "--format", "jsonld", "-o", work.resolve("export.jsonld").toString()},
                new String[] {"stats", "--store", store},
                new String[] {"validate", "--store", store},
                new String[] {"viz", "--store", store, "--format", "graphml", "-o", work.resolve("view.graphml").toString()});
        // The commands' output is of no interest; only the classes that producing it loads.
        PrintWriter sink = new PrintWriter(Writer.nullWriter());
        List<String> failed = new ArrayList<>();
        for (String[] command : commands) {
            if (Newskg.commandLine(sink, sink).execute(command) != 0) {
                failed.add(String.join(" ", command));
            }
        }
        if (!serveOnce(Path.of(store))) {
            failed.add("serve");
        }
        return failed;
    }

    /**
     * What {@code serve} loads (Jetty, Fuseki, the result writers of the endpoint): the store is
     * served on a free loopback port and asked what a browser and a SPARQL client ask first. The
     * {@code serve} command itself blocks until it is stopped, so the server is started here the way
     * that command starts it. Returns whether every answer was 200 (false when the server could
     * not start or answer at all).
     */
    private static boolean serveOnce(Path store) {
        String query = "SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 10";
        try (KgStore kg = KgStore.openExisting(store)) {
            SparqlServer server = SparqlServer.builder(kg).port(0).build().start();
            try {
                return ok(server.baseUrl(), "text/html")
                        && ok(server.sparqlUrl() + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8), "application/sparql-results+json")
                        && ok(server.baseUrl() + "newskg/queries/who-said-what", "text/csv");
            } finally {
                server.stop();
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Reads the whole answer to a GET; whether it was 200. */
    private static boolean ok(String url, String accept) throws IOException {
        HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
        c.setRequestProperty("Accept", accept);
        try {
            int status = c.getResponseCode();
            try (InputStream in = status == 200 ? c.getInputStream() : c.getErrorStream()) {
                if (in != null) {
                    in.transferTo(OutputStream.nullOutputStream());
                }
            }
            return status == 200;
        } finally {
            c.disconnect();
        }
    }
}
