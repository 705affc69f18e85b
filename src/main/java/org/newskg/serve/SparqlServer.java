package org.newskg.serve;

import java.time.Duration;
import java.util.Objects;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.riot.WebContent;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.SizeLimitHandler;
import org.newskg.store.KgStore;

/**
 * Apache Jena Fuseki (embedded) over a store, as dataset {@code /newskg}: the SPARQL protocol at
 * {@code /newskg/sparql} (also {@code /newskg/query}), Graph Store read access at
 * {@code /newskg/get}, the union of article graphs as the default graph in queries. Read-only
 * unless built with {@code allowUpdate}. Every query (also the named ones) stops at the time
 * limit ({@link QueryGuards}); results are capped at a number of rows ({@link ResultCap}); requests to the
 * dataset are queued ({@link QueryQueue}). Also serves the bundled
 * queries by name ({@code /newskg/queries/NAME}), node-link views ({@code /newskg/viz}) and the
 * browser page at {@code /}.
 *
 * <p>Requests are bounded: a body over {@link #MAX_REQUEST_BYTES} is answered 413, a request line
 * over {@link #MAX_HEADER_BYTES} 414 and larger headers 431, an encoded (compressed) body 415;
 * a foreign {@code Host}, TRACE and JSONP are refused ({@link RequestGate}). Errors Jetty answers itself are one
 * plain line ({@link PlainErrorHandler}): no stack traces, exception or class names, file paths.
 */
public final class SparqlServer {

    public static final String DATASET = "/newskg";
    /** The largest request body accepted (SPARQL by POST, forms). */
    public static final long MAX_REQUEST_BYTES = 1024 * 1024;
    /** The largest request line plus headers accepted; longer queries go by POST. */
    public static final int MAX_HEADER_BYTES = 8 * 1024;
    public static final long DEFAULT_MAX_RESULTS = 100_000;
    /** Requests to {@code /newskg/*} (queries, named queries, viz, Graph Store reads) handled at once. */
    public static final int DEFAULT_MAX_RUNNING = 8;
    /** Requests to {@code /newskg/*} waiting for one of those; more are answered 503 at once. */
    public static final int DEFAULT_MAX_QUEUED = 32;
    /** The largest OFFSET a query may have (400 above it): rows skipped are work done for nothing. */
    public static final long MAX_OFFSET = 1_000_000;

    /** How long stopping waits for the endpoint's aborted queries to close (and delete their spill files). */
    private static final Duration STOP_WAIT = Duration.ofSeconds(10);

    private final FusekiServer fuseki;
    private final RunningQueries running;
    private final String host;
    private final boolean allowUpdate;
    private final Duration timeout;

    private SparqlServer(FusekiServer fuseki, RunningQueries running, String host, boolean allowUpdate, Duration timeout) {
        this.fuseki = fuseki;
        this.running = running;
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

    /** Aborts the queries the endpoint is running, waits for them to close, and stops the server. */
    public void stop() {
        running.abortAll(STOP_WAIT);
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
        private ResultCap cap = new ResultCap(DEFAULT_MAX_RESULTS);
        private int maxRunning = DEFAULT_MAX_RUNNING;
        private int maxQueued = DEFAULT_MAX_QUEUED;

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

        /** The most rows a query answers (SELECT rows; CONSTRUCT and DESCRIBE solutions); more are cut. */
        public Builder maxResults(long rows) {
            this.cap = new ResultCap(rows);
            return this;
        }

        /** At most {@code running} queries at once and {@code queued} waiting; more are answered 503 at once. */
        public Builder maxConcurrentQueries(int running, int queued) {
            if (running < 1 || queued < 0) {
                throw new IllegalArgumentException("at least one query must be able to run");
            }
            this.maxRunning = running;
            this.maxQueued = queued;
            return this;
        }

        public SparqlServer build() {
            DatasetGraph dsg = store.servedDatasetGraph();
            // Fuseki reads the limit from the dataset's context; ARQ applies it to our named queries too.
            dsg.getContext().set(ARQ.queryTimeout, Long.toString(timeout.toMillis()));
            // No SERVICE: a query must not make the server fetch other URLs (CappedQueryService answers 400).
            dsg.getContext().set(ARQ.httpServiceAllowed, false);
            QueryGuards.install(dsg.getContext());
            RunningQueries running = new RunningQueries();
            // Filters run in the order added: size limit, no LOAD (with updates), plain error lines, then
            // answers held whole for queries.
            FusekiServer.Builder builder = FusekiServer.create()
                    .port(port)
                    .registerOperation(Operation.Query, WebContent.contentTypeSPARQLQuery, new CappedQueryService(cap, running))
                    .add(DATASET, dsg, allowUpdate)
                    .addFilter("/*", new RequestSizeFilter(MAX_REQUEST_BYTES));
            if (allowUpdate) {
                builder.addFilter(DATASET, new NoLoadFilter()).addFilter(DATASET + "/*", new NoLoadFilter());
            }
            FusekiServer fuseki = builder
                    .addFilter(DATASET, new PlainErrorBodies())
                    .addFilter(DATASET + "/*", new PlainErrorBodies())
                    .addFilter(DATASET + "/*", new UnionDefaultGraphFilter())
                    .addFilter(DATASET, new WholeAnswers())
                    .addFilter(DATASET + "/sparql", new WholeAnswers())
                    .addFilter(DATASET + "/query", new WholeAnswers())
                    .addServlet(DATASET + "/queries/*", new NamedQueryServlet(store, timeout, cap))
                    .addServlet(DATASET + "/viz", new VizServlet(store, timeout, cap))
                    .addServlet("", new PageServlet())
                    .addServlet("/assets/*", new PageServlet())
                    .addServlet("/webjars/*", new PageServlet())
                    .build();
            Server jetty = fuseki.getJettyServer();
            for (Connector c : jetty.getConnectors()) {
                if (c instanceof ServerConnector sc) {
                    sc.setHost(host);
                }
                HttpConnectionFactory http = c.getConnectionFactory(HttpConnectionFactory.class);
                if (http != null) {
                    http.getHttpConfiguration().setRequestHeaderSize(MAX_HEADER_BYTES); // Fuseki allows 512 KB
                }
            }
            QueryQueue queue = new QueryQueue(jetty.getHandler(), DATASET + "/*", maxRunning, maxQueued, timeout);
            SizeLimitHandler sizeLimit = new SizeLimitHandler(MAX_REQUEST_BYTES, -1);
            sizeLimit.setHandler(queue);
            jetty.setHandler(new RequestGate(sizeLimit, host));
            PlainErrorHandler errors = new PlainErrorHandler();
            jetty.setErrorHandler(errors);
            ServletContextHandler context = jetty.getDescendant(ServletContextHandler.class);
            if (context != null) {
                context.setErrorHandler(errors);
                context.setMaxFormContentSize((int) MAX_REQUEST_BYTES);
            }
            return new SparqlServer(fuseki, running, host, allowUpdate, timeout);
        }
    }
}
