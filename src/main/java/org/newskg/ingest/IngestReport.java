package org.newskg.ingest;

import java.time.Duration;
import java.util.List;
import org.newskg.corpus.InputProblem;

/**
 * What one ingest run did: counts, the problems met, how long it took, and the CPU time each stage
 * took (summed over its threads).
 */
public record IngestReport(int articles, int statements, int events, int actors, long triples, long tokens,
        List<InputProblem> problems, Duration elapsed, StageTimes cpu) {

    /**
     * CPU time per stage, in nanoseconds: NLP annotation, extraction, RDF mapping, and writing to the
     * store (the writer thread's); and the wall-clock time the store took to finish after the last
     * article (a first load writing its indexes).
     */
    public record StageTimes(long annotate, long extract, long map, long store, long finishWall) {
    }

    public IngestReport {
        problems = List.copyOf(problems);
    }

    /** Whether any input failed (the exit code is then 1). */
    public boolean failed() {
        return problems.stream().anyMatch(InputProblem::fatal);
    }
}
