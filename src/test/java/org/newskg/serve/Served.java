package org.newskg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.newskg.cli.Newskg;
import org.newskg.store.KgStore;

/** Test helpers: a store of the bundled corpus or of given inputs, a free loopback port, plain HTTP. */
final class Served {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private Served() {
    }

    /** Ingests the bundled corpus with the real CLI (in-process). */
    static void ingestCorpus(Path store) {
        ingest(store, Path.of("corpus"));
    }

    /** A store of the bundled corpus, ingested into {@code dir} and opened. */
    static KgStore corpusStore(Path dir) {
        ingestCorpus(dir);
        return KgStore.openExisting(dir);
    }

    /** Ingests an input (file or folder) with the real CLI (in-process); what it printed. */
    static String ingest(Path store, Path input) {
        StringWriter out = new StringWriter();
        int exit = Newskg.commandLine(new PrintWriter(out, true), new PrintWriter(out, true))
                .execute("ingest", "--store", store.toString(), input.toString());
        assertEquals(0, exit, out::toString);
        return out.toString();
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    static HttpResponse<String> get(String url, String accept) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET();
        if (accept != null) {
            b.header("Accept", accept);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> send(String method, String url, String contentType, String body)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", contentType).header("Accept", "application/sparql-results+json, */*;q=0.5").method(method, HttpRequest.BodyPublishers.ofString(body)).build();
        // A fresh connection per write attempt: a server may close the connection after refusing a request
        // whose body it did not read, and a pooled connection would then fail the next request.
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    static String encode(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
