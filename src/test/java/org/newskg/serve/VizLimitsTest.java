package org.newskg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.serve.Served.encode;
import static org.newskg.serve.Served.get;

import java.io.IOException;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.store.KgStore;
import org.newskg.viz.Focus;
import org.newskg.viz.NodeLinkGraph;
import org.newskg.viz.NodeLinkReader;
import org.newskg.viz.VizFormat;

/**
 * {@code /newskg/viz} is bounded like the SPARQL endpoint: it reads the neighbourhood it draws
 * (the same view {@code newskg viz} draws from the whole store), stops at the result cap (and
 * says so) and at the time limit.
 */
@Timeout(120)
class VizLimitsTest {

    @TempDir
    static Path tmp;
    static KgStore store;
    static SparqlServer server;

    @BeforeAll
    static void serve() throws IOException {
        store = Served.corpusStore(tmp.resolve("store"));
        server = SparqlServer.builder(store).port(Served.freePort()).timeout(Duration.ofSeconds(5)).build().start();
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    private static String drawn(Focus focus) throws IOException {
        NodeLinkGraph g = focus.apply(NodeLinkReader.read(store));
        StringWriter out = new StringWriter();
        VizFormat.CYTOSCAPE.writer().write(g, out);
        return out.toString();
    }

    @Test
    void theNeighbourhoodReadIsTheViewOfTheWholeStore() throws Exception {
        Set<NodeLinkGraph.Kind> all = EnumSet.noneOf(NodeLinkGraph.Kind.class);
        for (String actor : List.of("Ryder", "Iraq", "United States")) {
            for (int depth = 0; depth <= 3; depth++) {
                for (String[] dates : List.of(new String[] {null, null}, new String[] {"2024-01-25", "2024-01-26"},
                        new String[] {"2024-01-01", null})) {
                    for (Set<NodeLinkGraph.Kind> kinds : List.of(all, EnumSet.of(NodeLinkGraph.Kind.ACTOR, NodeLinkGraph.Kind.STATEMENT))) {
                        Focus focus = new Focus(actor, depth, dates[0], dates[1], kinds);
                        String expected;
                        try {
                            expected = drawn(focus);
                        } catch (Focus.NoSuchActor none) {
                            expected = null;
                        }
                        StringBuilder url = new StringBuilder(server.baseUrl() + "newskg/viz?actor=" + encode(actor) + "&depth=" + depth);
                        if (dates[0] != null) {
                            url.append("&from=").append(dates[0]);
                        }
                        if (dates[1] != null) {
                            url.append("&to=").append(dates[1]);
                        }
                        if (!kinds.isEmpty()) {
                            url.append("&types=actor,statement");
                        }
                        HttpResponse<String> r = get(url.toString(), null);
                        String what = url.toString();
                        if (expected == null) {
                            assertEquals(404, r.statusCode(), what);
                        } else {
                            assertEquals(200, r.statusCode(), () -> what + " → " + r.body());
                            assertEquals(expected, r.body(), what);
                            assertEquals(Optional.empty(), r.headers().firstValue(ResultCap.HEADER), what);
                        }
                    }
                }
            }
        }
    }

    @Test
    void aViewLargerThanTheCapIsCutAndSaysSo() throws Exception {
        // The whole store is some 3,000 triples: a cap of 200 cuts it; Ryder's close neighbourhood fits.
        SparqlServer small = SparqlServer.builder(store).port(Served.freePort()).timeout(Duration.ofSeconds(5)).maxResults(200)
                .build().start();
        try {
            HttpResponse<String> whole = get(small.baseUrl() + "newskg/viz", null);
            assertEquals(200, whole.statusCode(), whole::body);
            assertEquals(Optional.of("200"), whole.headers().firstValue(ResultCap.HEADER));
            assertTrue(whole.body().length() < drawn(Focus.all()).length());
            HttpResponse<String> near = get(small.baseUrl() + "newskg/viz?actor=Ryder&depth=1", null);
            assertEquals(200, near.statusCode(), near::body);
            assertEquals(drawn(new Focus("Ryder", 1, null, null, null)), near.body());
            assertEquals(Optional.empty(), near.headers().firstValue(ResultCap.HEADER));
        } finally {
            small.stop();
        }
    }

    @Test
    void aViewStopsAtTheTimeLimit() throws Exception {
        SparqlServer hasty = SparqlServer.builder(store).port(Served.freePort()).timeout(Duration.ofNanos(1)).build().start();
        try {
            HttpResponse<String> r = get(hasty.baseUrl() + "newskg/viz", null);
            assertEquals(503, r.statusCode(), r::body);
            assertEquals("Query timed out\n", r.body());
        } finally {
            hasty.stop();
        }
    }
}
