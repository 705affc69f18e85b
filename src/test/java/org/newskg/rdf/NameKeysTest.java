package org.newskg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NameKeysTest {

    @Test
    void everyWordAndPairOfWordsLowerCased() {
        assertEquals(Set.of("maj.", "gen.", "patrick", "ryder", "maj. gen.", "gen. patrick", "patrick ryder"),
                NameKeys.of(List.of("Maj. Gen. Patrick  Ryder")));
    }

    @Test
    void keysOfSeveralNamesAreOneSet() {
        assertEquals(Set.of("pat", "ryder", "pat ryder"), NameKeys.of(List.of("Pat Ryder", "Ryder", " pat ryder ")));
    }

    @Test
    void lowerCasesLikeSparqlLcaseWithoutLocaleSurprises() {
        assertEquals(Set.of("istanbul", "izmir"), NameKeys.of(List.of("ISTANBUL", "IZMIR")));
    }
}
