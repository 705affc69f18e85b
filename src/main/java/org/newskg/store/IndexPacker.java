package org.newskg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.apache.jena.dboe.base.block.BlockMgr;
import org.apache.jena.dboe.base.block.BlockMgrFactory;
import org.apache.jena.dboe.base.file.BufferChannel;
import org.apache.jena.dboe.base.file.BufferChannelFile;
import org.apache.jena.dboe.base.record.Record;
import org.apache.jena.dboe.base.record.RecordFactory;
import org.apache.jena.dboe.sys.Names;
import org.apache.jena.dboe.trans.bplustree.BPlusTreeParams;
import org.apache.jena.dboe.trans.bplustree.rewriter.BPlusTreeRewriter;
import org.apache.jena.tdb2.sys.SystemTDB;

/**
 * Writes one TDB2 B+tree index (a quad index, or the node table's) bottom-up from its records in key order (TDB2's
 * {@code BPlusTreeRewriter}): full pages, one sequential pass, into new files in place of whatever
 * index files the storage directory held. The files are written through TDB2's direct (not
 * memory-mapped) block managers without a cache: the pages are written once, in order, and need
 * not stay in memory. The storage directory must not be open while this runs.
 */
final class IndexPacker {

    /** The records of a quad index: four node ids, no value. */
    static final RecordFactory QUAD_RECORDS = new RecordFactory(SystemTDB.LenIndexQuadRecord, 0);

    private IndexPacker() {
    }

    /** Writes quad index {@code name} (e.g. {@code SPOG}) in {@code dir} from {@code records}; returns how many. */
    static long pack(Path dir, String name, Iterator<Record> records) throws IOException {
        return pack(dir, name, QUAD_RECORDS, records);
    }

    /** Writes index {@code name} in {@code dir} from {@code records} of the given layout; returns how many. */
    static long pack(Path dir, String name, RecordFactory layout, Iterator<Record> records) throws IOException {
        Path state = dir.resolve(name + "." + Names.extBptState);
        Path branches = dir.resolve(name + "." + Names.extBptTree);
        Path leaves = dir.resolve(name + "." + Names.extBptRecords);
        for (Path f : List.of(state, branches, leaves)) {
            Files.deleteIfExists(f);
        }
        BPlusTreeParams params = new BPlusTreeParams(BPlusTreeParams.calcOrder(SystemTDB.BlockSize, layout), layout);
        long[] count = {0};
        Iterator<Record> counted = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return records.hasNext();
            }

            @Override
            public Record next() {
                count[0]++;
                return records.next();
            }
        };
        BufferChannel stateFile = BufferChannelFile.create(state.toString());
        BlockMgr branchBlocks = BlockMgrFactory.createStdFileNoCache(branches.toString(), SystemTDB.BlockSize);
        BlockMgr leafBlocks = BlockMgrFactory.createStdFileNoCache(leaves.toString(), SystemTDB.BlockSize);
        try {
            BPlusTreeRewriter.packIntoBPlusTree(counted, params, layout, stateFile, branchBlocks, leafBlocks);
        } finally {
            branchBlocks.sync();
            leafBlocks.sync();
            stateFile.sync();
            branchBlocks.close();
            leafBlocks.close();
            stateFile.close();
        }
        return count[0];
    }
}
