package org.newskg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.dboe.base.record.Record;
import org.apache.jena.dboe.index.RangeIndex;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetable.NodeTableTRDF;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.store.tupletable.TupleIndexRecord;
import org.apache.jena.tdb2.sys.StoreConnection;
import org.apache.jena.tdb2.sys.SystemTDB;
import org.newskg.util.Futures;

/**
 * Writes a store's next storage generation from its current one without the pages its updates
 * left behind. The node table's data file is copied as it is, so every quad keeps its node ids (a
 * node no quad uses any more stays, as it would in the store); the node table's hash index and
 * each quad index are then written afresh ({@link IndexPacker}) from the current index's records,
 * which are already in that index's order, so nothing is decoded or sorted. Built in {@code Data-NNNN-tmp} and renamed into place
 * when complete, as a first load is ({@link FirstLoad}); the caller switches the store to it.
 */
final class Compactor {

    /** What was copied: quads (the records of each index) and named graphs. */
    record Result(long quads, long graphs) {
    }

    /** Files of the current generation copied byte for byte: the node table's data, and the prefix table. */
    private static final List<String> COPIED_AS_IS = List.of("nodes-data.", "prefixes", "GPU.");

    /** The node table's hash-to-id index, by TDB2's file name. */
    private static final String NODE_INDEX = "nodes";

    private Compactor() {
    }

    /**
     * Builds the next generation of {@code storage} (read through {@code dataset}'s transactions)
     * and moves it into place; {@code progress} hears the records written so far, about once a
     * second, on the calling thread. Nothing is moved when the store holds no quads.
     */
    static Result run(Dataset dataset, DatasetGraphTDB storage, LongConsumer progress) throws IOException, InterruptedException {
        Path current = Path.of(storage.getLocation().getDirectoryPath());
        Path built = Generations.next(current);
        Path building = Generations.building(built);
        FirstLoad.deleteTree(building);
        Files.createDirectories(building);
        try {
            Result result = build(dataset, storage, current, building, progress);
            if (result.quads() == 0) {
                FirstLoad.deleteTree(building);
            } else {
                Files.move(building, built);
            }
            return result;
        } catch (IOException | RuntimeException | InterruptedException | InternalError e) {
            try {
                FirstLoad.deleteTree(building);
            } catch (IOException left) {
                // TDB2 deletes a leftover -tmp storage directory the next time the store is opened
            }
            throw e;
        }
    }

    private static Result build(Dataset dataset, DatasetGraphTDB storage, Path current, Path building, LongConsumer progress)
            throws IOException, InterruptedException {
        Txn.executeRead(dataset, () -> copyUnchanged(current, building));
        // The rest of the storage as TDB2 lays it out (empty indexes, journal), with the store's parameters.
        Location location = Location.create(building);
        StoreConnection.connectCreate(location, storage.getStoreParams(), SystemTDB.getDefaultReorderTransform());
        StoreConnection.release(location);

        NodeTable nodeTable = storage.getQuadTable().getNodeTupleTable().getNodeTable().baseNodeTable();
        if (!(nodeTable instanceof NodeTableTRDF nodes) || !(nodes.getIndex() instanceof RangeIndex nodeIndex)) {
            throw new IllegalStateException("the node table is not TDB2's hash index and data file");
        }
        TupleIndex[] indexes = storage.getQuadTable().getNodeTupleTable().getTupleTable().getIndexes();
        AtomicLong written = new AtomicLong();
        long[] graphs = {0};
        long[] quads = new long[indexes.length];
        // The first index that leads with the graph (GSPO) counts the graphs.
        int graphIndex = IntStream.range(0, indexes.length).filter(i -> indexes[i].getName().startsWith("G")).findFirst().orElse(-1);
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(2, indexes.length));
        try {
            List<Future<?>> done = new ArrayList<>();
            done.add(pool.submit(() -> Txn.executeRead(dataset, () -> {
                try {
                    IndexPacker.pack(building, NODE_INDEX, nodeIndex.getRecordFactory(), nodeIndex.iterator());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            })));
            for (int i = 0; i < indexes.length; i++) {
                int index = i;
                if (!(indexes[i] instanceof TupleIndexRecord source)) {
                    throw new IllegalStateException("quad index " + indexes[i].getName() + " is not a B+tree of records");
                }
                boolean graphFirst = i == graphIndex;
                // Each reader runs its own read transaction: TDB2's transactions belong to a thread.
                done.add(pool.submit(() -> Txn.executeRead(dataset, () -> {
                    Iterator<Record> records = counted(source.getRangeIndex().iterator(), written, graphFirst ? graphs : null);
                    try {
                        quads[index] = IndexPacker.pack(building, source.getName(), records);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })));
            }
            for (Future<?> f : done) {
                while (!f.isDone()) {
                    progress.accept(written.get());
                    Thread.sleep(1000);
                }
                Futures.join(f, "writing the indexes");
            }
        } finally {
            pool.shutdown();
            pool.awaitTermination(1, TimeUnit.HOURS);
        }
        progress.accept(written.get());
        if (Arrays.stream(quads).distinct().count() > 1) {
            throw new IllegalStateException("the quad indexes hold different numbers of quads: " + Arrays.toString(quads));
        }
        return new Result(quads[0], graphs[0]);
    }

    private static void copyUnchanged(Path from, Path to) {
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) {
                String file = f.getFileName().toString();
                if (Files.isRegularFile(f) && COPIED_AS_IS.stream().anyMatch(file::startsWith)) {
                    Files.copy(f, to.resolve(file));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the node and prefix tables: " + e.getMessage(), e);
        }
    }

    /** The records, counted into {@code written}, and their distinct first node ids into {@code graphs} when given. */
    private static Iterator<Record> counted(Iterator<Record> records, AtomicLong written, long[] graphs) {
        return new Iterator<>() {
            private byte[] lastGraph;

            @Override
            public boolean hasNext() {
                return records.hasNext();
            }

            @Override
            public Record next() {
                Record r = records.next();
                written.incrementAndGet();
                if (graphs != null) {
                    byte[] key = r.getKey();
                    if (lastGraph == null || !Arrays.equals(key, 0, 8, lastGraph, 0, 8)) {
                        lastGraph = Arrays.copyOf(key, 8);
                        graphs[0]++;
                    }
                }
                return r;
            }
        };
    }
}
