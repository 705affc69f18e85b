package org.newskg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The port of score_events.py: each case's expected lines are what
 * {@code python3 score_events.py gold.jsonl rows.csv --verbose} prints for the same two files.
 */
class EventScoreTest {

    @TempDir
    Path tmp;

    /** Two gold events in one sentence, a shared key, a month-only date, counts "3.0"/"sixty", a key with a no-break space. */
    static final String GOLD = """
            {"eid": "A1", "doc": "d1", "type": "Airstrike", "key": "struck three facilities on Tuesday", "date": "2024-01-23", "count": 3, "optional": false}
            {"eid": "A2", "doc": "d1", "type": "Attack", "key": "more than 60 attacks", "date": null, "count": 60, "optional": false}
            {"eid": "A3", "doc": "d1", "type": "Talks", "key": "formal talks", "date": "2024-01", "count": null, "optional": false}
            {"eid": "A4", "doc": "d1", "type": "Meeting", "key": "formal talks", "date": null, "count": null, "optional": false}
            {"eid": "A5", "doc": "d2", "type": "Attack", "key": "Kataib\u00a0Hezbollah militia group", "date": "2024-01-20", "count": 17, "optional": false}
            {"eid": "A6", "doc": "d2", "type": "Attack", "key": "at least 151 times", "date": "2024-01-22", "count": 151, "optional": false}
            {"eid": "A7", "doc": "d2", "type": "Announcement", "key": "aide said on Tuesday", "date": "2024-01-23", "optional": true}
            {"eid": "A8", "doc": "d3", "type": "Other", "key": "nothing like this is in the rows", "date": null, "count": null}
            """;

    @Test
    void matchesTheReferenceScorer() throws IOException {
        String csv = """
                document,type,date,agent,target,place,count,evidence,extra
                https://w3id.org/newskg/id/article/d1,https://w3id.org/newskg/ontology#Attack,2024-01-23,,,,3,"The U.S. struck three facilities on Tuesday, after more than 60 attacks.",x
                https://w3id.org/newskg/id/article/d1,https://w3id.org/newskg/ontology#Airstrike,2024-01-23,,,,3.0,"The U.S. struck three facilities on Tuesday, after more than 60 attacks.",x
                d1.txt,nkg:Talks,2024-01-15,,,,,"They will hold formal talks this month.",
                d2,attack,2024-01,,,,17.0,"Kataib Hezbollah militia group fired at the base.",
                d2,Attack,2024-01-22,,,,sixty,"Troops were attacked at least 151 times.",
                d2,Announcement,2024-01-23,,,,,"Ryder’s aide said on Tuesday that talks go on.",
                """;
        EventScore.Result r = score(GOLD, csv);
        // A1 takes the Airstrike row (type preferred) so A2 gets the Attack row with count 3; the one
        // "formal talks" row serves A3 only, A4 is missed; "2024-01-15" is in gold month 2024-01 but
        // row month "2024-01" is not gold day 2024-01-20; "3.0" equals 3, "sixty" is no number.
        assertEquals(List.of("gold=7 rows=6 found=5", "events recall=0.714 type=1.000 date=0.750 count=0.500",
                "events P=1.000 R=0.714 F1=0.833 (rows true 5, false 0, neutral 1)"), r.lines());
        assertEquals(List.of("MISSED      d1 | Meeting | formal talks",
                "WRONG DATE  d2 | 2024-01 vs 2024-01-20 | Kataib\u00a0Hezbollah militia group",
                "MISSED      d3 | Other | nothing like this is in the rows"), r.details());
    }

    @Test
    void withoutACountColumnCountsAreNotScored() throws IOException {
        String csv = """
                document,type,date,evidence
                d1,Airstrike,2024-01-23,"The U.S. struck three facilities on Tuesday, after more than 60 attacks."
                d1,Other,,"They will hold formal talks this month."
                d1,Meeting,,"They will hold formal talks this month."
                d2,Attack,2024-01-22,"Troops were attacked at least 151 times."
                """;
        EventScore.Result r = score(GOLD, csv);
        // no row of type Talks: A3 takes the first candidate (Other), leaving the Meeting row to A4
        assertEquals(List.of("gold=7 rows=4 found=4", "events recall=0.571 type=0.750 date=0.667 count=0.000",
                "events P=1.000 R=0.571 F1=0.727 (rows true 4, false 0, neutral 0)"), r.lines());
        assertEquals(List.of("MISSED      d1 | Attack | more than 60 attacks",
                "WRONG TYPE  d1 | Other vs Talks | formal talks",
                "WRONG DATE  d1 |  vs 2024-01 | formal talks",
                "MISSED      d2 | Attack | Kataib\u00a0Hezbollah militia group",
                "MISSED      d3 | Other | nothing like this is in the rows"), r.details());
    }

    @Test
    void figuresRoundLikePython() throws IOException {
        StringBuilder gold = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            gold.append("{\"eid\": \"C").append(i).append("\", \"doc\": \"c\", \"type\": \"Attack\", \"key\": \"attack number ")
                    .append(i).append(" happened\", \"date\": null, \"count\": null}\n");
        }
        String csv = """
                document,type,date,count,evidence
                c,Attack,,,"The attack number 3 happened here."
                c,Attack,,,"The attack number 30 happened here."
                """;
        // 1/16 = 0.0625: Python prints 0.062 (String.format would print 0.063)
        assertEquals(List.of("gold=16 rows=2 found=1", "events recall=0.062 type=1.000 date=0.000 count=0.000",
                "events P=0.500 R=0.062 F1=0.111 (rows true 1, false 1, neutral 0)"),
                score(gold.toString(), csv).lines());
    }

    @Test
    void theCorpusGoldScoresPerfectlyAgainstItself() throws IOException {
        List<GoldEvent> gold = GoldEvent.read(Path.of("src/test/resources/gold/events.jsonl"));
        List<EventRow> rows = new ArrayList<>();
        for (GoldEvent g : gold) {
            String count = g.count() == null ? "" : String.valueOf(g.count().longValue());
            rows.add(new EventRow(g.doc(), "https://w3id.org/newskg/ontology#" + g.type(), g.date() == null ? "" : g.date(),
                    count, "Evidence: " + g.key() + "."));
        }
        EventScore.Result r = EventScore.score(gold, rows);
        assertEquals(List.of("gold=46 rows=51 found=46", "events recall=1.000 type=1.000 date=1.000 count=1.000",
                "events P=1.000 R=1.000 F1=1.000 (rows true 46, false 0, neutral 5)"), r.lines());
        assertEquals(List.of(), r.details());
    }

    /**
     * Precision: alt keys find an event, a row holding the key itself is preferred among rows of the
     * gold type, further mentions of the type are neutral (so are optional events), a mention of
     * the wrong type is false; documents without gold are not scored.
     */
    @Test
    void altKeysRepeatsAndFalseRowsLikeTheReferenceScorer() throws IOException {
        String gold = """
                {"eid": "B1", "doc": "e1", "type": "Talks", "key": "the talks in Baghdad", "alt_keys": ["the discussions", "the dialogue"], "date": "2024-01-25", "count": null}
                {"eid": "B2", "doc": "e1", "type": "Attack", "key": "rocket attack on the base", "date": null, "count": null}
                {"eid": "B3", "doc": "e1", "type": "Meeting", "key": "met the envoy", "date": null, "count": null, "optional": true}
                {"eid": "B4", "doc": "e2", "type": "Election", "key": "won the election", "alt_keys": ["the vote"], "date": null, "count": null}
                """;
        String csv = """
                document,type,date,evidence
                e1,Talks,2024-01-25,"The discussions went on."
                e1,Talks,2024-01-25,"They opened the talks in Baghdad on Thursday, and the discussions went on."
                e1,Talks,,"The dialogue will resume."
                e1,Other,,"The dialogue will resume."
                e1,Meeting,,"He met the envoy."
                e1,Attack,,"A rocket attack on the base followed the talks in Baghdad."
                e2,Vote,,"The vote was close."
                e3,Attack,,"Nobody scores this document."
                """;
        EventScore.Result r = score(gold, csv);
        // python3 score_events.py gold.jsonl rows.csv --verbose
        assertEquals(List.of("gold=3 rows=7 found=3", "events recall=1.000 type=0.667 date=1.000 count=0.000",
                "events P=0.750 R=1.000 F1=0.857 (rows true 3, false 1, neutral 3)"), r.lines());
        assertEquals(List.of("WRONG TYPE  e2 | Vote vs Election | won the election",
                "FALSE ROW   e1 | Other | The dialogue will resume."), r.details());
    }

    private EventScore.Result score(String goldJsonl, String csv) throws IOException {
        Path gold = Files.writeString(tmp.resolve("gold.jsonl"), goldJsonl);
        return EventScore.score(GoldEvent.read(gold), Evaluation.eventRows(csv));
    }
}
