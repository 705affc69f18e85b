package org.newskg.store;

import java.lang.reflect.Method;
import org.apache.jena.dboe.base.block.FileMode;
import org.apache.jena.dboe.sys.SystemIndex;

/**
 * How TDB2 opens the files of its B+tree indexes: memory-mapped (its default on a 64-bit JVM) or
 * direct (pages read and written with file I/O, through page caches of a fixed size in the heap).
 *
 * <p>Jena 5.6 keeps the mode JVM-wide: {@code SystemIndex.fileMode()} is read whenever a B+tree is
 * opened, and its public setter only has an effect before the first store opens. Jena's own
 * package-private setter ({@code internalSetFileMode}, which its test suites use) is called
 * here instead, so that one store can be reopened with direct access for one pass and mapped again
 * afterwards. Stores opened while the mode is switched get it; stores already open keep theirs.
 * If a Jena version lays the class out differently, nothing is switched and {@link #set} says so.
 */
final class IndexFileMode {

    private IndexFileMode() {
    }

    /** The mode that stores opened from now on get. */
    static FileMode current() {
        return SystemIndex.fileMode();
    }

    /** Sets the mode for the stores opened from now on; false (and nothing changed) if this Jena offers no way to. */
    static boolean set(FileMode mode) {
        if (current() == mode) {
            return true;
        }
        try {
            Method setter = SystemIndex.class.getDeclaredMethod("internalSetFileMode", FileMode.class);
            setter.setAccessible(true);
            setter.invoke(null, mode);
            return current() == mode;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }
}
