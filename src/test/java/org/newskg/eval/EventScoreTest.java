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
        assertEquals(List.of("gold=7 rows=6 found=5", "events recall=0.714 type=1.000 date=0.750 count=0.500"), r.lines());
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
        assertEquals(List.of("gold=7 rows=4 found=4", "events recall=0.571 type=0.750 date=0.667 count=0.000"), r.lines());
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
        assertEquals(List.of("gold=16 rows=2 found=1", "events recall=0.062 type=1.000 date=0.000 count=0.000"),
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
        assertEquals(List.of("gold=46 rows=51 found=46", "events recall=1.000 type=1.000 date=1.000 count=1.000"), r.lines());
        assertEquals(List.of(), r.details());
    }

    private EventScore.Result score(String goldJsonl, String csv) throws IOException {
        Path gold = Files.writeString(tmp.resolve("gold.jsonl"), goldJsonl);
        return EventScore.score(GoldEvent.read(gold), Evaluation.eventRows(csv));
    }
}
