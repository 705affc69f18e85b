package org.newskg.serve;

import java.time.Duration;
import java.util.Objects;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.newskg.store.KgStore;

/**
 * Apache Jena Fuseki (embedded) over a store, as dataset {@code /newskg}: the SPARQL protocol at
 * {@code /newskg/sparql} (also {@code /newskg/query}), Graph Store read access at
 * {@code /newskg/get}, the union of article graphs as the default graph in queries. Read-only
 * unless built with {@code allowUpdate}. Every query (also the named ones) stops at the time
 * limit. Also serves the bundled queries by name ({@code /newskg/queries/NAME}), node-link views
 * ({@code /newskg/viz}) and the browser page at {@code /}.
 */
public final class SparqlServer {

    public static final String DATASET = "/newskg";

    private final FusekiServer fuseki;
    private final String host;
    private final boolean allowUpdate;
    private final Duration timeout;

    private SparqlServer(FusekiServer fuseki, String host, boolean allowUpdate, Duration timeout) {
        this.fuseki = fuseki;
        this.host = host;
        this.allowUpdate = allowUpdate;
        this.timeout = timeout;
    }

    public static Builder builder(KgStore store) {
        return new Builder(store);
    }

    /** Starts listening; fails (with the cause) when the port cannot be bound. */
    public SparqlServer start() {
        fuseki.start();
        return this;
    }

    /** Blocks until the server stops. */
    public void join() {
        fuseki.join();
    }

    public void stop() {
        fuseki.stop();
    }

    /** The bound port (the real one when built with port 0). */
    public int port() {
        return fuseki.getHttpPort();
    }

    /** {@code http://HOST:PORT/} */
    public String baseUrl() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        return "http://" + ("0.0.0.0".equals(host) || "::".equals(host) ? "localhost" : h) + ":" + port() + "/";
    }

    /** The SPARQL endpoint URL. */
    public String sparqlUrl() {
        return baseUrl() + DATASET.substring(1) + "/sparql";
    }

    /** The one-line banner the serve command prints. */
    public String banner() {
        return "newskg: SPARQL endpoint " + sparqlUrl() + " (" + (allowUpdate ? "updates allowed" : "read-only")
                + ", query time limit " + timeout.toSeconds() + " s), web page " + baseUrl() + " — Ctrl-C to stop";
    }

    /** Configures a server; immutable once built. */
    public static final class Builder {
        private final KgStore store;
        private int port = 3030;
        private String host = "127.0.0.1";
        private boolean allowUpdate;
        private Duration timeout = Duration.ofSeconds(30);

        private Builder(KgStore store) {
            this.store = Objects.requireNonNull(store);
        }

        /** The port; 0 picks a free one. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** The interface to listen on (default loopback 127.0.0.1; 0.0.0.0 for every interface). */
        public Builder host(String host) {
            this.host = Objects.requireNonNull(host);
            return this;
        }

        public Builder allowUpdate(boolean allowUpdate) {
            this.allowUpdate = allowUpdate;
            return this;
        }

        public Builder timeout(Duration timeout) {
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("the query time limit must be positive");
            }
            this.timeout = timeout;
            return this;
        }

        public SparqlServer build() {
            DatasetGraph dsg = store.servedDatasetGraph();
            // Fuseki reads the limit from the dataset's context; ARQ applies it to our named queries too.
            dsg.getContext().set(ARQ.queryTimeout, Long.toString(timeout.toMillis()));
            FusekiServer fuseki = FusekiServer.create()
                    .port(port)
                    .add(DATASET, dsg, allowUpdate)
                    .addFilter(DATASET + "/*", new UnionDefaultGraphFilter())
                    .addServlet(DATASET + "/queries/*", new NamedQueryServlet(store, timeout))
                    .addServlet(DATASET + "/viz", new VizServlet(store))
                    .addServlet("", new PageServlet())
                    .addServlet("/assets/*", new PageServlet())
                    .addServlet("/webjars/*", new PageServlet())
                    .build();
            for (Connector c : fuseki.getJettyServer().getConnectors()) {
                if (c instanceof ServerConnector sc) {
                    sc.setHost(host);
                }
            }
            return new SparqlServer(fuseki, host, allowUpdate, timeout);
        }
    }
}
