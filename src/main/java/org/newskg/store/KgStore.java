package org.newskg.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.jena.dboe.base.block.BlockMgrCache;
import org.apache.jena.dboe.base.block.FileMode;
import org.apache.jena.dboe.trans.bplustree.BPlusTree;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.params.StoreParams;
import org.apache.jena.tdb2.sys.DatabaseConnection;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.tupletable.TupleIndexRecord;
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
     * Rows a query's ORDER BY or DISTINCT keeps in memory before it writes sorted runs to temporary
     * files (ARQ's {@code spillToDiskThreshold}). A listing query over a large store (every statement
     * of 100,000 articles is over a million rows of long strings) then sorts within a bounded heap
     * instead of running out of it; results that fit are sorted in memory as before.
     */
    static final long QUERY_SPILL_ROWS = 100_000;

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
    private Dataset dataset;

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
            return new KgStore(directory, connect(directory));
        } catch (StoreException e) {
            throw e;
        } catch (java.io.IOException e) {
            throw new StoreException("cannot create store directory " + directory + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new StoreException(describe(directory, e), e);
        }
    }

    private static Dataset connect(Path directory) {
        DatasetGraph dsg = DatabaseConnection.connectCreate(Location.create(directory), NEW_STORE_PARAMS).getDatasetGraph();
        NodeFileLength.install(TDBInternal.getDatasetGraphTDB(dsg).getQuadTable().getNodeTupleTable().getNodeTable());
        return DatasetFactory.wrap(dsg);
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
        } catch (RuntimeException | InternalError e) {
            throw new StoreException("cannot write to store " + directory + ": " + writeFailure(e)
                    + " (nothing of this batch was stored)", e);
        }
    }

    /**
     * Why a write failed, in a few words. TDB2 writes its indexes through memory-mapped files: a
     * full disk shows up there as a failed memory access ({@link InternalError}), and in its other
     * files as "No space left on device" or a block written only in part ("short write").
     */
    private static String writeFailure(Throwable e) {
        String cause = rootCause(e);
        if (e instanceof InternalError || cause.contains("No space left") || cause.contains("short write")) {
            return "the disk is full or the store's files cannot be written";
        }
        return cause;
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
     * Starts the first load of an empty store ({@link FirstLoad}): articles are sorted into their
     * indexes rather than inserted one quad at a time, all or nothing, and the store is switched to
     * the loaded data when the caller calls {@link BulkLoad#finish()} (or left empty by
     * {@link BulkLoad#abort}). Call both from the thread that calls {@link BulkLoad#add}.
     */
    public BulkLoad bulkLoad() {
        return bulkLoad(FirstLoad.RUN_SIZE);
    }

    /** {@link #bulkLoad()} holding {@code runSize} quads in memory at a time (tests make it small). */
    BulkLoad bulkLoad(int runSize) {
        if (!isEmpty()) {
            throw new StoreException("store " + directory + " is not empty: the bulk loader is only for a first load", null);
        }
        DatasetGraphTDB storage = TDBInternal.getDatasetGraphTDB(dataset.asDatasetGraph());
        Path current = Path.of(storage.getLocation().getDirectoryPath());
        try {
            return new BulkLoad(FirstLoad.start(current, storage.getStoreParams(), runSize));
        } catch (RuntimeException e) {
            throw new StoreException("cannot start loading store " + directory + ": " + rootCause(e), e);
        }
    }

    /** A first load in progress. */
    public final class BulkLoad {
        private final FirstLoad load;

        private BulkLoad(FirstLoad load) {
            this.load = load;
        }

        /** Adds these article graphs (new ones: an empty store has nothing to replace). */
        public void add(List<ArticleGraph> graphs) {
            try {
                load.add(graphs);
            } catch (RuntimeException | InternalError e) {
                throw failed(e);
            }
        }

        private StoreException failed(Throwable e) {
            return new StoreException("cannot load store " + directory + ": " + writeFailure(e) + " (nothing was stored)", e);
        }

        /** Writes the indexes and switches the store to the loaded data. */
        public void finish() {
            long quads;
            try {
                quads = load.finish();
            } catch (RuntimeException | InternalError e) {
                load.abort();
                throw failed(e);
            }
            if (quads > 0) {
                switchStorage();
            }
        }

        /** Abandons the load: nothing of it is stored. */
        public void abort(Exception cause) {
            load.abort();
        }
    }

    /** What {@link #compact} did: the quads and graphs copied, and the store's files before and after, in bytes. */
    public record Compaction(long quads, long graphs, long bytesBefore, long bytesAfter) {
    }

    /**
     * Rewrites the store into its next storage generation without the pages its updates left
     * behind ({@link Compactor}: the node table's data copied as it is, its hash index and each
     * quad index written afresh with full pages from the current index's records), then deletes
     * the older generations.
     * Ingests into a store that holds articles, and resolution, write through TDB2's
     * copy-on-write B+trees, and the pages they replace stay in the files (1,000 articles added to
     * a 10,000-article store grew it from 638 to 1,012 MB). TDB2's own compaction
     * ({@code tdb2.tdbcompact}) is no substitute: in Jena 5.6 it rebuilds a store with TDB2's six
     * default quad indexes, not the store's four, one insertion per quad (the same
     * 10,000-article store: 117 s, and 1.5 GB where it had 638 MB).
     *
     * <p>All or nothing: the copy is built in {@code Data-NNNN-tmp} and renamed into place when
     * complete. Only the quad indexes are rewritten; a store whose default graph holds triples
     * (written by a SPARQL update) is refused rather than losing them. No write may run on this
     * store meanwhile (the node table is copied before the indexes are read); the command runs it
     * alone, and TDB2's lock keeps other processes out.
     *
     * @param progress told the number of index records written so far (all indexes), about once a second
     */
    public Compaction compact(java.util.function.LongConsumer progress) {
        long before = StoreStats.size(directory);
        DatasetGraphTDB storage = TDBInternal.getDatasetGraphTDB(dataset.asDatasetGraph());
        boolean defaultGraphEmpty = Txn.calculateRead(dataset, () -> !storage.getTripleTable().find(Node.ANY, Node.ANY, Node.ANY).hasNext());
        if (!defaultGraphEmpty) {
            throw new StoreException("store " + directory + " has triples in its default graph (written by a SPARQL update):"
                    + " compact rewrites the quad indexes only, so it leaves this store as it is", null);
        }
        Compactor.Result copied;
        try {
            copied = Compactor.run(dataset, storage, progress);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("compaction of store " + directory + " interrupted (the store is as it was)", e);
        } catch (java.io.IOException | RuntimeException | InternalError e) {
            throw new StoreException("cannot compact store " + directory + ": " + writeFailure(e) + " (the store is as it was)", e);
        }
        if (copied.quads() > 0) {
            switchStorage();
        }
        return new Compaction(copied.quads(), copied.graphs(), before, StoreStats.size(directory));
    }

    /**
     * Reopens the store on its newest storage directory (a finished first load or compaction) and
     * deletes the older ones: the one it replaced, and any a compaction stopped between renaming
     * its copy into place and deleting the old one left behind (TDB2 opens the newest and ignores them).
     */
    private void switchStorage() {
        TDBInternal.expel(dataset.asDatasetGraph());
        try (java.util.stream.Stream<Path> entries = Files.list(directory)) {
            List<Path> generations = entries.filter(p -> Generations.isGeneration(p) && Files.isDirectory(p))
                    .sorted().toList();
            for (Path old : generations.subList(0, Math.max(0, generations.size() - 1))) {
                FirstLoad.deleteTree(old);
            }
        } catch (java.io.IOException e) {
            // an old generation left behind costs disk, nothing else; the next compaction deletes it
        }
        dataset = connect(directory);
    }

    /**
     * Runs {@code work} on this store reopened with TDB2's direct file access, then reopens it
     * memory-mapped as before. Meant for a pass that reads or writes much of a large store
     * (cross-article resolution runs two: one reads every actor, event and agreement, the next
     * writes links among them all over the indexes). Memory-mapped, every index page such a pass
     * touches stays resident in the process until the store is closed, so it grows with the store;
     * with direct access the pages go through TDB2's page caches of a fixed size in the heap
     * (10,000 pages read and 2,000 written, of 8 kB, per index file: constants in Jena 5.6) and the
     * kernel's file cache, which the process does not hold. Everything else keeps TDB2's default,
     * mapping: the first load's node table, read and written at random, is slower without it and
     * takes no less memory. The measured figures are in README, Performance.
     *
     * <p>Call it outside any transaction. TDB2's file mode is JVM-wide ({@link IndexFileMode}), but
     * it is read only when a store's files are opened, so it is switched just while this store is
     * reopened: other stores opened meanwhile are mapped as usual. If this Jena cannot switch the
     * mode, {@code work} runs on the store as it is.
     */
    public <T> T withDirectFileAccess(Supplier<T> work) {
        FileMode jvmWide = IndexFileMode.current();
        if (jvmWide == FileMode.direct || !IndexFileMode.set(FileMode.direct)) {
            return work.get();
        }
        try {
            try {
                reconnect();
            } finally {
                IndexFileMode.set(jvmWide);
            }
            return work.get();
        } finally {
            reconnect();
        }
    }

    /** Closes the store's files and opens them again, with the file mode in force now. */
    private void reconnect() {
        TDBInternal.expel(dataset.asDatasetGraph());
        dataset = connect(directory);
    }

    /** Whether this store's indexes are memory-mapped now (for tests). */
    boolean indexesMapped() {
        return TDBInternal.getDatasetGraphTDB(dataset.asDatasetGraph()).getQuadTable().getNodeTupleTable().getTupleTable()
                .getIndex(0) instanceof TupleIndexRecord index
                && index.getRangeIndex() instanceof BPlusTree tree
                && !(tree.getRecordsMgr().getBlockMgr() instanceof BlockMgrCache);
    }

    /** Replaces one graph's triples; call inside a write transaction. */
    private void put(String graphIri, Model model) {
        DatasetGraph dsg = dataset.asDatasetGraph();
        Node name = NodeFactory.createURI(graphIri);
        dsg.deleteAny(name, Node.ANY, Node.ANY, Node.ANY);
        model.getGraph().find().forEachRemaining(t -> dsg.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
    }

    /**
     * Makes one named graph (e.g. a derived graph) hold exactly the model's triples, in its own
     * write transaction. Only the difference is written: the resolution graph, recomputed after
     * each ingest, mostly keeps its triples, and deleting and re-adding every one costs a B+tree
     * update per quad and index (10 s for the 57,000 triples of a 100,000-article store) and
     * copies of the index pages they touch.
     */
    public void replaceGraph(String graphIri, Model model) {
        write(() -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            Node name = NodeFactory.createURI(graphIri);
            Graph wanted = model.getGraph();
            List<Triple> stale = new ArrayList<>();
            dsg.getGraph(name).find().forEachRemaining(t -> {
                if (!wanted.contains(t)) {
                    stale.add(t);
                }
            });
            stale.forEach(t -> dsg.delete(name, t.getSubject(), t.getPredicate(), t.getObject()));
            wanted.find().forEachRemaining(t -> {
                if (!dsg.contains(name, t.getSubject(), t.getPredicate(), t.getObject())) {
                    dsg.add(name, t.getSubject(), t.getPredicate(), t.getObject());
                }
            });
        });
    }

    /**
     * Runs a SELECT/ASK/CONSTRUCT query over the union of article graphs inside a read transaction.
     * A JVM shutdown while it runs aborts and closes it first, so its spill files are deleted.
     */
    public <T> T query(Query query, java.util.Map<String, RDFNode> bindings, Function<QueryExecution, T> handler) {
        return Txn.calculateRead(dataset, () -> {
            var builder = QueryExecution.dataset(dataset).query(query)
                    .set(TDB2.symUnionDefaultGraph, true)
                    .set(ARQ.spillToDiskThreshold, QUERY_SPILL_ROWS);
            bindings.forEach(builder::substitution);
            try (AbortOnShutdown running = new AbortOnShutdown(builder.build())) {
                return handler.apply(running.execution());
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

    /** A read transaction over the quads as node ids (for resolution's scans of whole predicates). */
    public <T> T readNodeIds(Function<NodeIdScan, T> reader) {
        return Txn.calculateRead(dataset, () -> reader.apply(new NodeIdScan(TDBInternal.getDatasetGraphTDB(dataset.asDatasetGraph()))));
    }

    /** A read transaction over the raw dataset (for validation and exports). */
    public <T> T read(Function<Dataset, T> reader) {
        return Txn.calculateRead(dataset, () -> reader.apply(dataset));
    }

    /**
     * The dataset for a SPARQL server (Fuseki): the live TDB2 dataset, with the union of the
     * article graphs as its default graph in queries ({@code TDB2.symUnionDefaultGraph} in its context)
     * and large sorts spilled to disk as in {@link #query}.
     */
    public DatasetGraph servedDatasetGraph() {
        DatasetGraph dsg = dataset.asDatasetGraph();
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        dsg.getContext().set(ARQ.spillToDiskThreshold, QUERY_SPILL_ROWS);
        return dsg;
    }

    /** Closes the store and releases its directory lock, so another process (or a test) can open it. */
    @Override
    public void close() {
        TDBInternal.expel(dataset.asDatasetGraph());
    }
}
