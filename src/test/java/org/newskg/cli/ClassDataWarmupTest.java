package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher records the classes of the commands that {@link ClassDataWarmup} runs; a command whose
 * options changed would fail there silently and its classes would be missing from the archive. The
 * list of failures includes "serve" when the server did not answer the warm-up's requests.
 */
class ClassDataWarmupTest {

    @Test
    void everyWarmupCommandSucceedsOnTheBundledCorpus(@TempDir Path work) throws Exception {
        List<String> failed = ClassDataWarmup.run(Path.of("corpus"), work);

        assertEquals(List.of(), failed);
        assertTrue(Files.size(work.resolve("export.trig")) > 10_000, "the export holds the sample's graphs");
        assertTrue(Files.readString(work.resolve("view.graphml")).contains("<graphml"), "the view was written");
    }
}
