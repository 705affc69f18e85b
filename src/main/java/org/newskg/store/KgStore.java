package org.newskg.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.params.StoreParams;
import org.apache.jena.tdb2.sys.DatabaseConnection;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.newskg.rdf.Iris;

/**
 * The knowledge graph on disk: an Apache Jena TDB2 dataset with one named graph per article.
 * Writes replace whole article graphs inside one transaction per batch, so each article is in
 * the store whole or not at all. Queries see the union of the article graphs as the default graph.
 * TDB2 allows one process per directory; a second one gets a {@link StoreException}.
 */
public final class KgStore implements AutoCloseable {

    /**
     * How a new store is laid out: TDB2's defaults, except that quads get four indexes instead of six.
     * Every bundled query reads the union of the article graphs or a graph by name, which the
     * G-last indexes (SPOG, POSG, OSPG) and GSPO answer; GPOS and GOSP would only serve a pattern with
     * a known graph and an unknown subject, and writing them was a third of the store's work.
     * TDB2 records the layout in the store's {@code tdb.cfg}, so any Jena or Fuseki opening the
     * directory uses it too; a store made with the defaults keeps them.
     */
    private static final StoreParams NEW_STORE_PARAMS = StoreParams.builder()
            .quadIndexes(new String[] {"GSPO", "SPOG", "POSG", "OSPG"}).build();

    private final Path directory;
    private final Dataset dataset;

    private KgStore(Path directory, Dataset dataset) {
        this.directory = directory;
        this.dataset = dataset;
    }

    /** Opens (creating if needed) the store in {@code directory}. */
    public static KgStore open(Path directory) {
        try {
            if (Files.exists(directory) && !Files.isDirectory(directory)) {
                throw new StoreException("store " + directory + " is not a directory", null);
            }
            Files.createDirectories(directory);
            DatasetGraph dsg = DatabaseConnection.connectCreate(Location.create(directory), NEW_STORE_PARAMS).getDatasetGraph();
            return new KgStore(directory, DatasetFactory.wrap(dsg));
        } catch (StoreException e) {
            throw e;
        } catch (java.io.IOException e) {
            throw new StoreException("cannot create store directory " + directory + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new StoreException(describe(directory, e), e);
        }
    }

    /** Opens an existing store only (for read commands): a missing store is an error, not a new empty store. */
    public static KgStore openExisting(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new StoreException("no store at " + directory + " (run 'newskg ingest' first, or give --store)", null);
        }
        return open(directory);
    }

    private static String describe(Path directory, RuntimeException e) {
        String msg = String.valueOf(e.getMessage());
        if (!Files.isWritable(directory)) {
            return "store " + directory + " is read-only (TDB2 must write its lock and journal there)";
        }
        if (msg.contains("lock") || msg.contains("Lock")) {
            return "store " + directory + " is in use by another process (TDB2 allows one process per store)";
        }
        return "cannot open store " + directory + ": " + rootCause(e);
    }

    public Path directory() {
        return directory;
    }

    /** Replaces the named graphs of these articles in one write transaction. */
    public void replace(List<ArticleGraph> graphs) {
        if (graphs.isEmpty()) {
            return;
        }
        write(() -> graphs.forEach(g -> put(Iris.graph(g.articleId()), g.model())));
    }

    /**
     * One write transaction; a failure (disk full, read-only directory) aborts it, so the store
     * keeps what it had, and becomes a {@link StoreException} with its cause in one line.
     */
    private void write(Runnable body) {
        try {
            Txn.executeWrite(dataset, body);
        } catch (RuntimeException e) {
            throw new StoreException("cannot write to store " + directory + ": " + rootCause(e)
                    + " (nothing of this batch was stored)", e);
        } catch (InternalError e) {
            // TDB2 writes through memory-mapped files: a full disk shows up as a failed memory access.
            throw new StoreException("cannot write to store " + directory + ": the disk is full or the store's files cannot"
                    + " be written (nothing of this batch was stored)", e);
        }
    }

    private static String rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String message = t.getMessage();
        return message == null || message.isBlank() ? t.getClass().getSimpleName() : message.lines().findFirst().orElse(message);
    }

    /** Whether the store holds no quads at all (a first load may then use {@link #bulkLoad()}). */
    public boolean isEmpty() {
        return Txn.calculateRead(dataset, () -> dataset.asDatasetGraph().isEmpty());
    }

    /**
     * Starts a first load of an empty store through TDB2's basic loader: one loader transaction for
     * the whole load (all or nothing), so much less copy-on-write churn than many write
     * transactions and a smaller store. (TDB2's parallel loader assumes the six default quad
     * indexes, and on two cores its extra threads only compete with the NLP workers: the basic
     * loader was the faster of the two here.) The caller must {@link BulkLoad#finish()} or
     * {@link BulkLoad#abort}.
     */
    public BulkLoad bulkLoad() {
        if (!isEmpty()) {
            throw new StoreException("store " + directory + " is not empty: the bulk loader is only for a first load", null);
        }
        DataLoader loader = LoaderFactory.basicLoader(dataset.asDatasetGraph(), (fmt, args) -> { });
        loader.startBulk();
        return new BulkLoad(loader);
    }

    /** A bulk load in progress: article graphs go straight to TDB2's loader. */
    public static final class BulkLoad {
        private final DataLoader loader;
        private final StreamRDF stream;

        private BulkLoad(DataLoader loader) {
            this.loader = loader;
            this.stream = loader.stream();
            stream.start();
        }

        /** Adds these article graphs (new ones: an empty store has nothing to replace). */
        public void add(List<ArticleGraph> graphs) {
            for (ArticleGraph g : graphs) {
                Node name = NodeFactory.createURI(Iris.graph(g.articleId()));
                g.model().getGraph().find().forEachRemaining(t -> stream.quad(Quad.create(name, t)));
            }
        }

        /** Commits the load. */
        public void finish() {
            stream.finish();
            loader.finishBulk();
        }

        /** Abandons the load: nothing of it is stored. */
        public void abort(Exception cause) {
            loader.finishException(cause);
        }
    }

    /** Replaces one graph's triples; call inside a write transaction. */
    private void put(String graphIri, org.apache.jena.rdf.model.Model model) {
        DatasetGraph dsg = dataset.asDatasetGraph();
        Node name = NodeFactory.createURI(graphIri);
        dsg.deleteAny(name, Node.ANY, Node.ANY, Node.ANY);
        model.getGraph().find().forEachRemaining(t -> dsg.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
    }

    /** Replaces one named graph (e.g. a derived graph) in its own write transaction. */
    public void replaceGraph(String graphIri, org.apache.jena.rdf.model.Model model) {
        write(() -> put(graphIri, model));
    }

    /** Runs a SELECT/ASK/CONSTRUCT query over the union of article graphs inside a read transaction. */
    public <T> T query(Query query, java.util.Map<String, RDFNode> bindings, Function<QueryExecution, T> handler) {
        return Txn.calculateRead(dataset, () -> {
            var builder = QueryExecution.dataset(dataset).query(query).set(TDB2.symUnionDefaultGraph, true);
            bindings.forEach(builder::substitution);
            try (QueryExecution exec = builder.build()) {
                return handler.apply(exec);
            }
        });
    }

    /** All quads, sorted (graph, subject, predicate, object) for deterministic output. */
    public List<Quad> sortedQuads() {
        return Txn.calculateRead(dataset, () -> {
            List<Quad> quads = new ArrayList<>();
            Iterator<Quad> it = dataset.asDatasetGraph().find();
            it.forEachRemaining(quads::add);
            quads.sort(QuadOrder.INSTANCE);
            return quads;
        });
    }

    /** Article ids that have a graph in the store. */
    public List<String> articleIds() {
        return Txn.calculateRead(dataset, () -> {
            List<String> ids = new ArrayList<>();
            dataset.asDatasetGraph().listGraphNodes().forEachRemaining(n -> {
                String id = n.isURI() ? Iris.articleIdOfGraph(n.getURI()) : null;
                if (id != null) {
                    ids.add(id);
                }
            });
            ids.sort(null);
            return ids;
        });
    }

    /** A read transaction over the raw dataset (for validation and exports). */
    public <T> T read(Function<Dataset, T> reader) {
        return Txn.calculateRead(dataset, () -> reader.apply(dataset));
    }

    /**
     * The dataset for a SPARQL server (Fuseki): the live TDB2 dataset, with the union of the
     * article graphs as its default graph in queries ({@code TDB2.symUnionDefaultGraph} in its context).
     */
    public DatasetGraph servedDatasetGraph() {
        DatasetGraph dsg = dataset.asDatasetGraph();
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        return dsg;
    }

    /** Closes the store and releases its directory lock, so another process (or a test) can open it. */
    @Override
    public void close() {
        TDBInternal.expel(dataset.asDatasetGraph());
    }
}
