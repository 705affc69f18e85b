package org.newskg.testutil;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Copies a closed TDB2 store directory (without its lock file), for tests that compare a store before and after. */
public final class StoreCopy {
    private StoreCopy() {
    }

    public static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (!p.getFileName().toString().equals("tdb.lock")) {
                    Files.copy(p, target);
                }
            }
        }
        return to;
    }
}
