package org.newskg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The port of score_statements.py: the expected lines are what {@code python3
 * score_statements.py gold.jsonl rows.csv [--manifest=manifest.tsv] --verbose} prints for the
 * same files (details first, then the three figure lines).
 */
class StatementScoreTest {

    @TempDir
    Path tmp;

    /** IRI and file-name document cells, a date with a time, curly quotes, an apostrophe in a speaker, an optional line. */
    static final String GOLD = """
            {"sid": "S1", "doc": "a1", "speaker": "Pat Ryder", "aliases": ["Ryder", "Pentagon spokesman"], "kind": "person", "key": "no plans to withdraw", "date": "2024-01-25"}
            {"sid": "S2", "doc": "a1", "speaker": "Pentagon", "aliases": [], "kind": "organization", "key": "talks will begin", "alt_keys": ["the talks start"], "date": null}
            {"sid": "S3", "doc": "a1", "speaker": "a senior official", "aliases": ["official"], "kind": "anonymous", "key": "it's a matter of time", "date": "2024-01-24"}
            {"sid": "S4", "doc": "a2", "speaker": "Mohammed Shia al-Sudani", "aliases": ["al-Sudani", "Sudani"], "kind": "person", "key": "end the coalition's mission", "date": "2024-01-25"}
            {"sid": "S5", "doc": "a2", "speaker": "Sudani", "aliases": [], "kind": "person", "key": "an optional aside", "date": null, "optional": true}
            """;

    static final String CSV = """
            document,speaker,statement,date,mode
            https://w3id.org/newskg/id/article/a1,Pat Ryder,"There are no plans to withdraw, Ryder said.",2024-01-25T00:00:00,direct
            a1.txt,Pentagon,"The talks start next week.",,indirect
            a1,Ryder,"There are “no plans to withdraw.”",2024-01-25,direct
            a1,It's Ryder,"It’s a matter of time.",2024-01-25,direct
            a2,Sudani,"We will end the coalition's mission",,direct
            a2,Sudani,"an optional aside",,direct
            a3,Someone,"An article with no gold line says something.",,direct
            a4,Other,"Not in the manifest.",,direct
            """;

    static final List<String> SHARED_DETAILS = List.of(
            "WRONG SPEAKER \"It's Ryder\"     a1 | a senior official | it's a matter of time | 2024-01-24",
            "WRONG DATE ''                  a2 | Mohammed Shia al-Sudani | end the coalition's mission | 2024-01-25",
            "EXTRA (matches no gold)        a1 | It's Ryder | It’s a matter of time.");

    @Test
    void scoresTheGoldsArticlesLikeTheReferenceScorer() throws IOException {
        StatementScore.Result r = StatementScore.score(gold(), Evaluation.statementRows(CSV));
        assertEquals(SHARED_DETAILS, r.details());
        assertEquals(List.of("gold=4 (+1 optional) rows=6 (true 3, false 1, repeats/optional 2)",
                "content recall=1.000 attribution accuracy=0.750 date accuracy=0.500",
                "who-said-what P=0.750 R=0.750 F1=0.750 who-said-what-when P=0.667 R=0.500 F1=0.571"), r.lines());
    }

    @Test
    void withAManifestEveryArticleOfItIsScored() throws IOException {
        Path manifest = Files.writeString(tmp.resolve("manifest.tsv"), "id\ttitle\na1\tA\na2\tB\na3\tC\n");
        StatementScore.Result r = StatementScore.score(gold(), Evaluation.statementRows(CSV), Evaluation.manifestIds(manifest));
        assertEquals(List.of(SHARED_DETAILS.get(0), SHARED_DETAILS.get(1), SHARED_DETAILS.get(2),
                "EXTRA (matches no gold)        a3 | Someone | An article with no gold line says something."), r.details());
        assertEquals(List.of("gold=4 (+1 optional) rows=7 (true 3, false 2, repeats/optional 2)",
                "content recall=1.000 attribution accuracy=0.750 date accuracy=0.500",
                "who-said-what P=0.600 R=0.750 F1=0.667 who-said-what-when P=0.500 R=0.500 F1=0.500"), r.lines());
    }

    /** Matched gold lines S1, S2, S4 (S3's row names the wrong speaker; S5 is optional): the kinds decide. */
    @Test
    void speakerTypeAgreementIsOverMatchedGoldLines() throws IOException {
        var rows = Evaluation.statementRows(CSV);
        Map<SpeakerTypeAgreement.Speaker, Set<String>> kinds = Map.of(
                new SpeakerTypeAgreement.Speaker("a1", "Pat Ryder", "There are no plans to withdraw, Ryder said."), Set.of("Person"),
                new SpeakerTypeAgreement.Speaker("a1", "Pentagon", "The talks start next week."), Set.of("Person"),
                new SpeakerTypeAgreement.Speaker("a2", "Sudani", "We will end the coalition's mission"), Set.of("Person"));
        SpeakerTypeAgreement.Result r = SpeakerTypeAgreement.score(gold(), rows, Set.of("a1", "a2"), kinds);
        assertEquals(List.of("speaker type agreement=0.667 (n=3)"), r.lines());
        assertEquals(List.of("SPEAKER TYPE  a1 | organization vs Person | Pentagon | talks will begin"), r.details());
        // an anonymous speaker is not a person, whatever its class
        assertEquals(Set.of("anonymous"), SpeakerTypeAgreement.kinds("Person", "true"));
        assertEquals(Set.of("Organization", "NewsOutlet"), SpeakerTypeAgreement.kinds("Organization NewsOutlet", ""));
    }

    private List<GoldStatement> gold() throws IOException {
        return GoldStatement.read(Files.writeString(tmp.resolve("gold.jsonl"), GOLD));
    }
}
