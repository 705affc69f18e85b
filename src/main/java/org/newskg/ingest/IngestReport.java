package org.newskg.ingest;

import java.time.Duration;
import java.util.List;
import org.newskg.corpus.InputProblem;

/** What one ingest run did: counts, the problems met, and how long it took. */
public record IngestReport(int articles, int statements, int events, int actors, long triples, long tokens,
        List<InputProblem> problems, Duration elapsed) {

    public IngestReport {
        problems = List.copyOf(problems);
    }

    /** Whether any input failed (the exit code is then 1). */
    public boolean failed() {
        return problems.stream().anyMatch(InputProblem::fatal);
    }
}
