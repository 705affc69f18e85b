package org.newskg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActorScoreTest {

    @TempDir
    Path tmp;

    static final String GOLD = """
            {"id": "pat_ryder", "type": "Person", "name": "Pat Ryder", "aliases": ["Ryder", "Maj. Gen. Pat Ryder"], "other_names": ["Patrick S. Ryder"]}
            {"id": "lloyd_austin", "type": "Person", "name": "Lloyd Austin", "aliases": ["Austin"]}
            {"id": "kataib_hezbollah", "type": "ArmedGroup", "name": "Kata'ib Hezbollah", "aliases": ["Kataib Hezbollah"]}
            {"id": "iran", "type": "Country", "name": "Iran", "aliases": ["Iran"], "adjectival_forms": ["Iranian"]}
            """;

    @Test
    void findsActorsByAnyNameAndReportsSplitOnes() throws IOException {
        String csv = """
                actor,label,type,anonymous,names,roles,wikidata,statements,articles,merged
                https://w3id.org/newskg/id/actor/person/pat-ryder,Pat Ryder,Person,false,Pat Ryder; Ryder,Pentagon spokesman,,5,2,1
                https://w3id.org/newskg/id/actor/person/patrick-s-ryder,Patrick S. Ryder,Person,false,,,,1,1,0
                https://w3id.org/newskg/id/actor/person/pat-ryder,Pat Ryder,Person,false,Pat Ryder,,,0,0,0
                https://w3id.org/newskg/id/actor/person/lloyd-austin,Secretary of Defense,Person,false,Defense Secretary Lloyd Austin; Austin,,,2,2,0
                https://w3id.org/newskg/id/actor/kataib-hezbollah,Kataib Hezbollah,ArmedGroup,false,Kataib\u00a0Hezbollah,,,0,1,0
                https://w3id.org/newskg/id/actor/iranian-proxies,Iranian proxies,ArmedGroup,false,Iranian,,,0,1,0
                """;
        ActorScore.Result r = ActorScore.score(gold(), Evaluation.actorRows(csv));
        // Ryder: two distinct IRIs (the repeated row is not a split); Austin through one of its names;
        // Iran is only an adjectival form ("Iranian"), which does not count
        assertEquals(List.of("actors found=3/4 split=1"), r.lines());
        assertEquals(List.of("SPLIT  pat_ryder | 2 actors: Pat Ryder; Patrick S. Ryder", "MISSED iran | Iran"), r.details());
    }

    private List<GoldActor> gold() throws IOException {
        return GoldActor.read(Files.writeString(tmp.resolve("actors.jsonl"), GOLD));
    }

    @Test
    void readsTheCorpusGold() throws IOException {
        List<GoldActor> gold = GoldActor.read(Path.of("src/test/resources/gold/actors.jsonl"));
        assertEquals(30, gold.size());
        GoldActor ryder = gold.get(0);
        assertEquals("pat_ryder", ryder.id());
        assertEquals(true, ryder.isNamed("PATRICK S. RYDER"));
        assertEquals(true, ryder.isNamed("Pentagon spokesman"));
        assertEquals(false, ryder.isNamed("Pentagon"));
    }
}
