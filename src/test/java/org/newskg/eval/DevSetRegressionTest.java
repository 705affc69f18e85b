package org.newskg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.cli.Newskg;
import org.newskg.store.KgStore;

/**
 * Regression guard on the development set copied into the test resources (the dev texts whose
 * licence allows it; see NOTICE): ingested once with their manifest, as {@code newskg ingest
 * --manifest} does, then scored like the reference scorers (statements on every article of the
 * manifest). Who-said-what-when F1 and events F1 must stay at or above the floors of
 * {@code dev/floors.properties}, which ratchet up as the extractor improves.
 */
class DevSetRegressionTest {

    static final Path DEV = Path.of("src/test/resources/dev");

    @TempDir
    static Path tmp;

    static StatementScore.Result statements;
    static SpeakerTypeAgreement.Result speakerTypes;
    static EventScore.Result events;
    static Properties floors = new Properties();

    @BeforeAll
    static void ingestAndScore() throws IOException {
        Path store = tmp.resolve("store");
        StringWriter out = new StringWriter();
        int exit = Newskg.commandLine(new PrintWriter(out, true), new PrintWriter(out, true)).execute("ingest", "--store",
                store.toString(), "--manifest", DEV.resolve("manifest.tsv").toString(), DEV.resolve("articles").toString());
        assertEquals(0, exit, out::toString);
        List<Score> scores;
        try (KgStore kg = KgStore.openExisting(store)) {
            scores = Evaluation.run(kg, new Evaluation.GoldFiles(DEV.resolve("statements.jsonl"), DEV.resolve("events.jsonl"),
                    null, null, null), Evaluation.manifestIds(DEV.resolve("manifest.tsv")));
        }
        statements = (StatementScore.Result) scores.get(0);
        speakerTypes = (SpeakerTypeAgreement.Result) scores.get(1);
        events = (EventScore.Result) scores.get(2);
        try (Reader in = Files.newBufferedReader(DEV.resolve("floors.properties"), StandardCharsets.UTF_8)) {
            floors.load(in);
        }
    }

    @Test
    void whoSaidWhatWhenStaysAboveItsFloor() {
        double floor = floor("statements.who-said-what-when.f1");
        assertTrue(statements.when().f1() >= floor, () -> report("who-said-what-when F1 below " + floor, statements, speakerTypes));
    }

    @Test
    void eventsStayAboveTheirFloor() {
        double floor = floor("events.f1");
        assertTrue(events.f1() >= floor, () -> report("events F1 below " + floor, events));
    }

    private static double floor(String key) {
        String v = floors.getProperty(key);
        assertTrue(v != null, () -> "no " + key + " in " + DEV.resolve("floors.properties"));
        return Double.parseDouble(v.strip());
    }

    /** The scorers' lines, then what they missed or found wrong. */
    private static String report(String headline, Score... scores) {
        StringBuilder b = new StringBuilder(headline).append('\n');
        for (Score s : scores) {
            s.lines().forEach(l -> b.append(l).append('\n'));
        }
        for (Score s : scores) {
            s.details().forEach(l -> b.append(l).append('\n'));
        }
        return b.toString();
    }
}
