package org.newskg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Which names of people are linked across articles, and why. */
class ActorResolverTest {

    private static final String P = "https://w3id.org/newskg/id/actor/person/";

    private static List<ActorResolver.Merge> merges(String... labels) {
        Map<String, String> people = new TreeMap<>();
        for (String label : labels) {
            people.put(P + label.toLowerCase().replaceAll("[^a-z]+", "-"), label);
        }
        return new ActorResolver().merges(people);
    }

    @Test
    void transliterationVariantsOfOneNameAreLinkedToTheFullerSpelling() {
        List<ActorResolver.Merge> m = merges("Mohammad Shia al-Sudani", "Mohammed Shia’ Al-Sudani", "Muhammad Shia al Sudani");
        assertEquals(2, m.size(), m::toString);
        assertTrue(m.stream().allMatch(x -> x.canonical().equals(m.get(0).canonical())));
        assertTrue(m.get(0).reason().startsWith("spelling variant"), m.get(0).reason());
    }

    @Test
    void shortGivenNamesAndInitialsFoldToTheSamePerson() {
        assertEquals(1, merges("Pat Ryder", "Patrick Ryder").size());
        assertEquals(1, merges("Lloyd Austin", "Lloyd J. Austin III").size());
        assertEquals("Patrick Ryder", merges("Pat Ryder", "Patrick Ryder").get(0).canonicalLabel());
    }

    @Test
    void aBareSurnameIsLinkedOnlyWhenExactlyOnePersonHasIt() {
        List<ActorResolver.Merge> one = merges("Ryder", "Patrick Ryder");
        assertEquals(1, one.size());
        assertTrue(one.get(0).reason().startsWith("surname"), one.get(0).reason());
        assertEquals(List.of(), merges("Smith", "Anna Smith", "John Smith"), "ambiguous surname must stay apart");
    }

    @Test
    void differentPeopleAreNotLinked() {
        assertEquals(List.of(), merges("Anna Smith", "John Smith", "Lloyd Austin", "Austin Lloyd"));
    }
}
