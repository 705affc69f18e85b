package org.newskg.store;

import java.nio.file.Path;

/**
 * TDB2's storage generations inside a store directory: {@code Data-0001}, {@code Data-0002}, …
 * TDB2 opens the highest-numbered one and deletes those with a {@code -tmp} suffix, so a new
 * generation (a first load, a compaction) is built under that suffix and renamed when complete.
 */
final class Generations {

    private Generations() {
    }

    /** The generation after {@code current} ({@code Data-0001} gives {@code Data-0002}). */
    static Path next(Path current) {
        String name = current.getFileName().toString();
        int generation = Integer.parseInt(name.substring(name.lastIndexOf('-') + 1));
        return current.resolveSibling(String.format("Data-%04d", generation + 1));
    }

    /** Where {@code generation} is built before it is renamed into place. */
    static Path building(Path generation) {
        return generation.resolveSibling(generation.getFileName() + "-tmp");
    }

    /** Whether {@code dir} is a finished generation ({@code Data-NNNN}, no suffix). */
    static boolean isGeneration(Path dir) {
        return dir.getFileName().toString().matches("Data-\\d{4}");
    }
}
