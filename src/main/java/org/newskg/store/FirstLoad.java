package org.newskg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.jena.atlas.lib.Bytes;
import org.apache.jena.atlas.lib.tuple.TupleMap;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.dboe.base.record.Record;
import org.apache.jena.dboe.base.record.RecordFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.TxnType;
import org.apache.jena.tdb2.params.StoreParams;
import org.apache.jena.tdb2.params.StoreParamsBuilder;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdFactory;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.sys.StoreConnection;
import org.apache.jena.tdb2.sys.SystemTDB;
import org.newskg.rdf.Iris;
import org.newskg.util.Futures;

/**
 * The first load of an empty store, the way TDB2's own bulk loader {@code tdb2.xloader} builds a
 * database: nodes go into the node table as they come, quads are gathered as node ids in sorted
 * runs ({@link QuadRuns}), and at the end each quad index is written bottom-up from its sorted
 * quads ({@code BPlusTreeRewriter}) — one sequential pass per index with full pages, instead of
 * one B+tree insertion per quad and index, page copies and half-full pages.
 *
 * <p>All or nothing: the new database is built beside the empty one, in the next TDB2 storage
 * directory with TDB2's {@code -tmp} suffix ({@code Data-0002-tmp}), and renamed into place
 * ({@code Data-0002}) only when every index is written. TDB2 opens the highest-numbered storage
 * directory and deletes {@code -tmp} ones when it opens a store (it uses the same scheme for
 * compaction), so a load that is killed leaves the store as empty as it was.
 *
 * <p>The indexes are written through direct file access rather than memory mapping, so memory does
 * not grow with the store: every page written through a mapping would stay resident in the
 * process until the store is closed. The finished store is opened as usual.
 */
final class FirstLoad {

    /** Quads a sorted run holds in memory (32 bytes each). */
    static final int RUN_SIZE = 1 << 20;

    /** Nodes whose ids are kept between articles of a batch (graph names, predicates, classes, common actors). */
    private static final int RECENT_NODES = 200_000;

    private final Path building;
    private final Path built;
    private final Location location;
    private final DatasetGraphTDB dsg;
    private final NodeTable nodes;
    private final String[] indexes;
    private final QuadRuns runs;
    private final Map<Node, Long> recent = new HashMap<>();
    private final byte[] idBytes = new byte[NodeId.SIZE];
    /** Whether the node table's transaction has ended and the storage is closed. */
    private boolean released;

    private FirstLoad(Path building, Path built, DatasetGraphTDB dsg, int runSize) {
        this.building = building;
        this.built = built;
        this.location = dsg.getLocation();
        this.dsg = dsg;
        this.nodes = dsg.getQuadTable().getNodeTupleTable().getNodeTable();
        NodeFileLength.install(nodes);
        StoreParams params = dsg.getStoreParams();
        this.indexes = params.getQuadIndexes();
        int[][] orders = new int[indexes.length][];
        for (int i = 0; i < indexes.length; i++) {
            TupleMap map = TupleMap.create(params.getPrimaryIndexQuads(), indexes[i]);
            orders[i] = new int[] {map.mapIdx(0), map.mapIdx(1), map.mapIdx(2), map.mapIdx(3)};
        }
        this.runs = new QuadRuns(building.resolve("newskg-runs"), orders, runSize);
        dsg.begin(TxnType.WRITE);
    }

    /**
     * Starts building the next storage generation of a store whose current storage directory is
     * {@code current} ({@code Data-0001}), with the store's layout ({@code params}), holding
     * {@code runSize} quads in memory at a time.
     */
    static FirstLoad start(Path current, StoreParams params, int runSize) {
        Path built = Generations.next(current);
        Path building = Generations.building(built);
        try {
            deleteTree(building);
            Files.createDirectories(building);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + building + ": " + e.getMessage(), e);
        }
        // Nothing is looked up by id during a load: keep that cache small (it holds a million nodes by default).
        StoreParams loading = StoreParamsBuilder.modify(params, StoreParams.builder().nodeId2NodeCacheSize(10_000).build());
        DatasetGraphTDB dsg = StoreConnection.connectCreate(Location.create(building), loading, SystemTDB.getDefaultReorderTransform())
                .getDatasetGraphTDB();
        return new FirstLoad(building, built, dsg, runSize);
    }

    /** Adds these article graphs: their nodes to the node table, their quads to the sorted runs. */
    void add(List<ArticleGraph> graphs) {
        if (recent.size() > RECENT_NODES) {
            recent.clear();
        }
        for (ArticleGraph g : graphs) {
            long graph = id(NodeFactory.createURI(Iris.graph(g.articleId())));
            Iterator<Triple> it = g.model().getGraph().find();
            while (it.hasNext()) {
                Triple t = it.next();
                runs.add(graph, id(t.getSubject()), id(t.getPredicate()), id(t.getObject()));
            }
        }
    }

    /** A node's id as the 64 bits TDB2 writes in its index records. */
    private long id(Node node) {
        Long known = recent.get(node);
        if (known != null) {
            return known;
        }
        NodeIdFactory.set(nodes.getAllocateNodeId(node), idBytes);
        long id = Bytes.getLong(idBytes, 0);
        recent.put(node, id);
        return id;
    }

    /**
     * Commits the node table, closes the storage, writes every quad index afresh from its sorted
     * quads (two at a time: the NLP workers are done by now), and moves the finished storage into
     * place. Returns the number of quads stored, or 0 when nothing was added (then nothing is moved).
     */
    long finish() {
        dsg.commit();
        dsg.end();
        released = true;
        StoreConnection.release(location);
        if (runs.added() == 0) {
            runs.close();
            discard();
            return 0;
        }
        long count = 0;
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(2, indexes.length));
        try {
            List<Future<Long>> written = new ArrayList<>();
            for (int i = 0; i < indexes.length; i++) {
                int index = i;
                written.add(pool.submit(() -> pack(index)));
            }
            for (Future<Long> f : written) {
                count = Math.max(count, Futures.join(f, "writing the indexes")); // every index holds the same quads
            }
        } finally {
            // Not interrupted: an index being written when another fails stops at its own error or ends.
            pool.shutdown();
            awaitQuietly(pool);
            runs.close();
        }
        try {
            deleteTree(building.resolve("newskg-runs"));
            Files.move(building, built);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move the loaded store into place (" + built + "): " + e.getMessage(), e);
        }
        return count;
    }

    /** Writes quad index {@code i} afresh from its sorted quads ({@link IndexPacker}). */
    private long pack(int i) throws IOException {
        RecordFactory factory = IndexPacker.QUAD_RECORDS;
        try (QuadRuns.SortedQuads quads = runs.sorted(i)) {
            return IndexPacker.pack(building, indexes[i], new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return quads.hasNext();
                }

                @Override
                public Record next() {
                    long[] q = quads.next();
                    byte[] key = new byte[SystemTDB.LenIndexQuadRecord];
                    for (int c = 0; c < 4; c++) {
                        Bytes.setLong(q[c], key, c * NodeId.SIZE);
                    }
                    return factory.create(key);
                }
            });
        }
    }

    /** Abandons the load: the half-built storage is deleted, the store stays as it was. */
    void abort() {
        try {
            if (!released) {
                released = true;
                try {
                    dsg.abort();
                    dsg.end();
                } finally {
                    StoreConnection.internalExpel(location, true);
                }
            }
        } finally {
            runs.close();
            discard();
        }
    }

    private void discard() {
        try {
            deleteTree(building);
        } catch (IOException e) {
            // TDB2 deletes a leftover -tmp storage directory the next time the store is opened
        }
    }

    private static void awaitQuietly(ExecutorService pool) {
        try {
            pool.awaitTermination(1, java.util.concurrent.TimeUnit.HOURS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
