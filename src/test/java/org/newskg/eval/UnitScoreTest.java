package org.newskg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnitScoreTest {

    @TempDir
    Path tmp;

    static final String GOLD = """
            {"id": "us_iraq", "kind": "deployment", "strength": 2500, "location": "Iraq", "keys": {"d1": "2,500 troops in Iraq", "d2": "the 2,500 U.S. troops", "d3": "troops still in Iraq"}}
            {"id": "al_asad", "kind": "base", "strength": null, "location": "Al-Asad Air Base, Anbar, Iraq", "keys": {"d1": "U.S. Al-Asad\u00a0Air Base"}}
            {"id": "isis", "kind": "armed_group", "strength": null, "location": null, "keys": {"d2": "the Islamic State"}}
            """;

    @Test
    void scoresStrengthAndLocationOnTheBestRowOfEachArticle() throws IOException {
        String csv = """
                document,unit,kind,strength,location,evidence,other
                d1,U.S. troops in Syria,deployment,900,Syria,"There are 2,500 troops in Iraq and 900 in Syria.",x
                d1,U.S. troops in Iraq,deployment,2500,Iraq,"There are 2,500 troops in Iraq and 900 in Syria.",x
                https://w3id.org/newskg/id/article/d2,U.S. troops,deployment,2500.0,,"Attacks on the 2,500 U.S. troops went on.",
                d2,Islamic State,armed_group,,,"They fight the Islamic State.",
                d1,Al-Asad Air Base,base,,Iraq,"Missiles hit the U.S. Al-Asad Air Base on Saturday.",
                d4,U.S. troops,deployment,2500,Iraq,"The U.S. military has troops still in Iraq.",
                """;
        UnitScore.Result r = score(csv);
        // d1: the Iraq row, not the Syria row sharing its sentence; d2: strength "2500.0" is 2500, no
        // location; d3: missed (the only row with the key is of d4); al_asad: "Iraq" is part of its
        // location, its key has a no-break space; isis: found, nothing else asked
        assertEquals(List.of("units found=4/5 strength=1.000 location=0.667"), r.lines());
        assertEquals(List.of("WRONG LOCATION us_iraq | d2 | the 2,500 U.S. troops | '' vs Iraq",
                "MISSED         us_iraq | d3 | troops still in Iraq"), r.details());
    }

    @Test
    void locationMustBeWholeWordsOfTheGoldAndStrengthANumber() throws IOException {
        String csv = """
                document,unit,kind,strength,location,evidence
                d1,U.S. troops,deployment,"2,500",Ira,"There are 2,500 troops in Iraq."
                d1,Al-Asad,base,,"Anbar, Iraq","The U.S. Al-Asad Air Base."
                """;
        UnitScore.Result r = score(csv);
        assertEquals(List.of("units found=2/5 strength=0.000 location=0.500"), r.lines());
        assertEquals("WRONG STRENGTH us_iraq | d1 | 2,500 troops in Iraq | '2,500' vs 2500", r.details().get(0));
        assertEquals("WRONG LOCATION us_iraq | d1 | 2,500 troops in Iraq | 'Ira' vs Iraq", r.details().get(1));
    }

    @Test
    void noRowsFindNothing() throws IOException {
        assertEquals(List.of("units found=0/5 strength=0.000 location=0.000"),
                score("document,unit,kind,strength,location,evidence\n").lines());
    }

    @Test
    void readsTheCorpusGold() throws IOException {
        List<GoldUnit> gold = GoldUnit.read(Path.of("src/test/resources/gold/units.jsonl"));
        assertEquals(11, gold.size());
        GoldUnit iraq = gold.get(0);
        assertEquals(2500.0, iraq.strength());
        assertEquals("Iraq", iraq.location());
        assertEquals("000_271136f8d8445659", iraq.keys().keySet().iterator().next());
        assertEquals(5, iraq.keys().size());
        assertEquals(null, gold.get(2).strength());
    }

    @Test
    void aRowWithoutAFigureIsJudgedByTheFigureItsLinkedReportsGiveUnlessTheyDisagree() throws IOException {
        String csv = """
                document,unit,kind,strength,location,evidence,linked_strength
                d1,U.S. troops,deployment,2500,Iraq,"There are 2,500 troops in Iraq.","2500 (d1, d2)"
                d2,U.S. troops,deployment,,Iraq,"Attacks on the 2,500 U.S. troops went on.","2500 (d1, d4)"
                d3,U.S. troops,deployment,,Iraq,"The U.S. military has troops still in Iraq.","2500 (d1); 3000 (d4)"
                """;
        UnitScore.Result r = score(csv);
        // d1: its own figure; d2: none of its own, its linked reports agree on 2500; d3: the linked
        // reports disagree, so the linked view gives no strength (figures are never merged)
        assertEquals(List.of("units found=3/5 strength=0.667 location=1.000"), r.lines());
        assertEquals("WRONG STRENGTH us_iraq | d3 | troops still in Iraq | '' vs 2500 (linked: 2500 (d1); 3000 (d4))",
                r.details().get(0));
    }

    @Test
    void anOwnFigureIsJudgedEvenWhenTheLinkedOnesDiffer() throws IOException {
        String csv = """
                document,unit,kind,strength,location,evidence,linked_strength
                d1,U.S. troops,deployment,3000,Iraq,"There are 2,500 troops in Iraq.","2500 (d2); 3000 (d1)"
                """;
        assertEquals(List.of("units found=1/5 strength=0.000 location=1.000"), score(csv).lines());
    }

    private UnitScore.Result score(String csv) throws IOException {
        Path gold = Files.writeString(tmp.resolve("units.jsonl"), GOLD);
        return UnitScore.score(GoldUnit.read(gold), Evaluation.unitRows(csv));
    }
}
