package org.newskg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.serve.Served.encode;
import static org.newskg.serve.Served.get;
import static org.newskg.serve.Served.send;

import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.fuseki.main.FusekiServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.store.KgStore;

/**
 * The shipped Fuseki configuration ({@code newskg/fuseki/config.ttl}) as a standalone Fuseki 5
 * reads it: the same dataset, union default graph, read-only, time limit.
 */
class FusekiConfigTest {

    @TempDir
    Path tmp;

    @Test
    void aStandaloneFusekiServesTheStoreReadOnlyWithTheUnionDefaultGraph() throws Exception {
        Path store = tmp.resolve("store");
        Served.ingestCorpus(store);
        String config;
        try (InputStream in = FusekiConfigTest.class.getResourceAsStream("/newskg/fuseki/config.ttl")) {
            config = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(config.contains("tdb2:location \"newskg-store\"") && config.contains("\"30000\""));
        Path file = tmp.resolve("config.ttl");
        Files.writeString(file, config.replace("\"newskg-store\"", "\"" + store.toAbsolutePath() + "\"")
                .replace("\"30000\"", "\"2000\""));

        FusekiServer fuseki = FusekiServer.create().port(Served.freePort()).loopback(true).parseConfigFile(file).build().start();
        try {
            String base = "http://localhost:" + fuseki.getHttpPort() + "/newskg/";
            String query = "SELECT (COUNT(?s) AS ?n) WHERE { ?s a <https://w3id.org/newskg/ontology#Statement> }";
            HttpResponse<String> r = get(base + "sparql?query=" + encode(query), "application/sparql-results+json");
            assertEquals(200, r.statusCode(), r::body);
            int n = org.apache.jena.atlas.json.JSON.parse(r.body()).get("results").getAsObject().get("bindings").getAsArray()
                    .get(0).getAsObject().get("n").getAsObject().get("value").getAsString().value().transform(Integer::parseInt);
            assertTrue(n >= 40, "statements in the union default graph: " + n);

            HttpResponse<String> update = send("POST", base + "sparql", "application/sparql-update",
                    "INSERT DATA { <urn:a> <urn:b> <urn:c> }");
            assertTrue(update.statusCode() >= 400 && update.statusCode() < 500, "update: " + update.statusCode());
            assertEquals(404, send("POST", base + "update", "application/sparql-update", "CLEAR ALL").statusCode());

            HttpResponse<String> runaway = get(base + "sparql?query=" + encode(SparqlServerTest.RUNAWAY), null);
            assertEquals(503, runaway.statusCode(), runaway::body);
        } finally {
            fuseki.stop();
            KgStore.openExisting(store.toAbsolutePath()).close(); // the same in-process dataset: releases the store
        }
    }
}
