package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.eval.Evaluation;
import org.newskg.eval.StatementScore;
import org.newskg.store.KgStore;

/**
 * Regression guard on the bundled corpus: who-said-what-when must stay at or above the target of
 * the statements issue (F1 ≥ 0.90, precision and recall ≥ 0.85, content recall ≥ 0.95), scored
 * like the reference scorer against the corpus gold kept in the test resources.
 */
class CorpusQualityTest {

    @TempDir
    Path tmp;

    @Test
    void whoSaidWhatWhenMeetsTheTargetOnTheCorpus() throws Exception {
        Path store = tmp.resolve("store");
        assertEquals(0, Cli.run("ingest", "--store", store.toString(), "corpus").exit());
        StatementScore.Result r;
        try (KgStore kg = KgStore.openExisting(store)) {
            r = Evaluation.statements(kg, Path.of("src/test/resources/gold/statements.jsonl"));
        }
        String report = String.join("\n", r.lines()) + "\n" + String.join("\n", r.details());
        assertTrue(r.when().f1() >= 0.90, report);
        assertTrue(r.when().precision() >= 0.85, report);
        assertTrue(r.when().recall() >= 0.85, report);
        assertTrue(r.contentRecall() >= 0.95, report);
        // the CLI prints the same figures
        Cli eval = Cli.run("eval", "--store", store.toString(), "--gold", "src/test/resources/gold/statements.jsonl");
        assertEquals(0, eval.exit(), eval::toString);
        assertEquals(r.lines(), eval.out().strip().lines().limit(3).toList());
    }

    /** The events issue's targets: recall ≥ 0.80, type and date ≥ 0.85 on found events, no gold actor split. */
    @Test
    void eventsAndActorsMeetTheTargetOnTheCorpus() throws Exception {
        Path store = tmp.resolve("store");
        assertEquals(0, Cli.run("ingest", "--store", store.toString(), "corpus").exit());
        Path gold = Path.of("src/test/resources/gold");
        java.util.List<org.newskg.eval.Score> scores;
        try (KgStore kg = KgStore.openExisting(store)) {
            scores = Evaluation.run(kg, new Evaluation.GoldFiles(null, gold.resolve("events.jsonl"), null, null,
                    gold.resolve("actors.jsonl")));
        }
        var events = (org.newskg.eval.EventScore.Result) scores.get(0);
        var actors = (org.newskg.eval.ActorScore.Result) scores.get(1);
        String report = String.join("\n", events.lines()) + "\n" + String.join("\n", actors.lines());
        assertTrue(events.recall() >= 0.80, report);
        assertTrue(events.typeAccuracy() >= 0.85, report);
        assertTrue(events.dateAccuracy() >= 0.85, report);
        assertEquals(0, actors.split(), report);
    }
}
