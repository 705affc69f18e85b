package org.newskg.store;

import java.lang.reflect.Field;
import org.apache.jena.dboe.base.file.BinaryDataFile;
import org.apache.jena.dboe.base.file.BinaryDataFileWriteBuffered;
import org.apache.jena.tdb2.loader.base.LoaderOps;
import org.apache.jena.tdb2.store.nodetable.NodeTable;

/**
 * Works around a cost in TDB2 5.6's node table: every write to its data file asks the operating
 * system for the file's length ({@code BinaryDataFileWriteBuffered.write} calls
 * {@code RandomAccessFile.length()}, one {@code fstat} call), and a node is written through Thrift
 * a few bytes at a time — so storing a new node costs several system calls. In a profile of a
 * 10,000-article first load, the writer thread spent about half its time there.
 *
 * <p>The file behind the write buffer is wrapped so that its length is counted instead of asked
 * for: it only changes through this wrapper (writes append, truncation sets it), since TDB2 lets
 * one process and one writer at a time use a store. If a Jena version lays its classes out
 * differently, nothing is changed and writes are only as slow as before.
 */
final class NodeFileLength {

    private NodeFileLength() {
    }

    /** Installs the counted length under this node table's data file; false if the layout is not the expected one. */
    static boolean install(NodeTable nodes) {
        try {
            BinaryDataFile data = LoaderOps.ntDataFile(nodes);
            Field binFile = data.getClass().getDeclaredField("binFile");
            binFile.setAccessible(true);
            if (!(binFile.get(data) instanceof BinaryDataFileWriteBuffered buffered)) {
                return false;
            }
            Field other = BinaryDataFileWriteBuffered.class.getDeclaredField("other");
            other.setAccessible(true);
            BinaryDataFile file = (BinaryDataFile) other.get(buffered);
            if (file instanceof Counted) {
                return true;
            }
            other.set(buffered, new Counted(file));
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    /** A data file whose length is kept in a field, updated by every write and truncation through it. */
    static final class Counted implements BinaryDataFile {
        private final BinaryDataFile file;
        private long length;

        Counted(BinaryDataFile file) {
            this.file = file;
            this.length = file.isOpen() ? file.length() : -1;
        }

        @Override
        public void open() {
            file.open();
            length = file.length();
        }

        @Override
        public boolean isOpen() {
            return file.isOpen();
        }

        @Override
        public int read(long posn, byte[] b, int start, int count) {
            return file.read(posn, b, start, count);
        }

        @Override
        public long write(byte[] b, int start, int count) {
            // Writes append at the end of the file. (The position the file returns is its own
            // count, which a truncation does not reset; the length counted here is.)
            long at = length();
            file.write(b, start, count);
            length = at + count;
            return at;
        }

        @Override
        public long length() {
            if (length < 0) {
                length = file.length();
            }
            return length;
        }

        @Override
        public void truncate(long newLength) {
            file.truncate(newLength);
            length = newLength;
        }

        @Override
        public void sync() {
            file.sync();
        }

        @Override
        public void close() {
            file.close();
            length = -1;
        }
    }
}
