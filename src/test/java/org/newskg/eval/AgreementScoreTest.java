package org.newskg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgreementScoreTest {

    @TempDir
    Path tmp;

    static final String ACTORS = """
            {"id": "united_states", "type": "Country", "name": "United States", "aliases": ["U.S.", "US", "the United States"]}
            {"id": "iraq", "type": "Country", "name": "Iraq", "aliases": ["Iraq", "Iraqi government"], "other_names": ["Republic of Iraq"]}
            """;

    static final String GOLD = """
            {"id": "hmc", "type": "Agreement", "parties": ["united_states", "iraq"], "date": "2023-08", "keys": {"d1": "agreed to establish", "d2": "a higher military commission", "d3": "committed to forming"}}
            {"id": "invitation", "type": "Invitation", "parties": ["iraq", "united_states"], "date": null, "keys": {"d1": "at the invitation of"}}
            {"id": "pact", "parties": ["iraq", "atlantis"], "date": null, "keys": {"d4": "signed a pact"}}
            """;

    @Test
    void scoresDateAndPartiesThroughTheActorNames() throws IOException {
        String csv = """
                document,agreement,date,parties,evidence,status
                d1,HMC agreement,2023-08-08,U.S.; Iraqi government,"In August 2023, the U.S. and Iraq agreed to establish it.",agreed
                d1,invitation,,Iraq,"They are there at the invitation of Iraq.",
                d2,HMC,2023,United States,"They agreed to form a higher military commission last summer.",
                d2,HMC,,"Republic of Iraq; the United States","They agreed to form a higher military commission last summer.",
                d4,pact,,Iraq; Atlantis,"They signed a pact.",
                """;
        AgreementScore.Result r = score(csv);
        // 4 pairs (the invitation is optional); d1 right; d2: neither row has the date, the second
        // has both parties; d3 missed; d4: "atlantis" is not in the actors gold, so never named
        assertEquals(List.of("agreements found=3/4 date=0.500 parties=0.667"), r.lines());
        assertEquals(List.of("WRONG DATE    hmc | d2 | a higher military commission | '' vs 2023-08",
                "MISSED        hmc | d3 | committed to forming",
                "WRONG PARTIES pact | d4 | signed a pact | 'Iraq; Atlantis' lacks atlantis"), r.details());
    }

    @Test
    void aMissingPartyIsReported() throws IOException {
        String csv = """
                document,agreement,date,parties,evidence
                d1,HMC,2023-08,Iraq,"The two agreed to establish a commission."
                """;
        AgreementScore.Result r = score(csv);
        assertEquals(List.of("agreements found=1/4 date=1.000 parties=0.000"), r.lines());
        assertTrue(r.details().contains("WRONG PARTIES hmc | d1 | agreed to establish | 'Iraq' lacks united_states"), r.details()::toString);
    }

    @Test
    void onlyAgreementsAreRequired() throws IOException {
        List<GoldAgreement> gold = GoldAgreement.read(Path.of("src/test/resources/gold/agreements.jsonl"));
        assertFalse(gold.get(0).optional());
        assertTrue(gold.get(1).optional()); // the 2014 invitation
        assertEquals(List.of("united_states", "iraq"), gold.get(0).parties());
        assertEquals("2023-08", gold.get(0).date());
    }

    @Test
    void theLinkedDateIsJudgedWhenTheRowHasOneElseItsOwnDate() throws IOException {
        String csv = """
                document,agreement,date,period,parties,evidence,linked_date
                d1,HMC,2023-07,,U.S.; Iraq,"In August 2023, the U.S. and Iraq agreed to establish it.",
                d2,HMC,,2023-06/2023-08,U.S.; Iraq,"They agreed to form a higher military commission last summer.",2023-08-08
                d3,HMC,2023-08,,U.S.; Iraq,"They committed to forming it.",
                """;
        AgreementScore.Result r = score(csv);
        // d1: no linked date (the reports disagree), its own 2023-07 is wrong; d2: the season is
        // refined by the linked date; d3: its own date
        assertEquals(List.of("agreements found=3/4 date=0.667 parties=1.000"), r.lines());
        assertEquals("WRONG DATE    hmc | d1 | agreed to establish | '2023-07' vs 2023-08", r.details().get(0));
    }

    private AgreementScore.Result score(String csv) throws IOException {
        Path gold = Files.writeString(tmp.resolve("agreements.jsonl"), GOLD);
        Path actors = Files.writeString(tmp.resolve("actors.jsonl"), ACTORS);
        return AgreementScore.score(GoldAgreement.read(gold), GoldActor.read(actors), Evaluation.agreementRows(csv));
    }
}
