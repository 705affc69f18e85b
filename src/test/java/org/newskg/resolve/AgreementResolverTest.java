package org.newskg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What an agreement establishes, compared across articles. */
class AgreementResolverTest {

    private static final String KENYA = "https://w3id.org/newskg/id/actor/kenya";
    private static final String SOMALIA = "https://w3id.org/newskg/id/actor/somalia";
    private static final Map<String, List<List<String>>> NAMES = Map.of(
            KENYA, List.of(List.of("kenya"), List.of("kenyan")),
            SOMALIA, List.of(List.of("somalia"), List.of("somali")));

    private static List<String> norm(String label) {
        return AgreementResolver.normalised(label, Set.of(KENYA, SOMALIA), NAMES);
    }

    @Test
    void determinersThePartiesOwnNamesAndAPluralAreSetAside() {
        assertEquals(List.of("joint", "border", "commission"), norm("the Kenya-Somalia Joint Border Commission"));
        assertEquals(norm("a joint border commission"), norm("the Kenya-Somalia Joint Border Commission"));
        assertEquals(norm("a new Somali-Kenyan joint working group"), norm("joint working groups"));
    }

    @Test
    void differentThingsStayDifferent() {
        assertNotEquals(norm("a joint border commission"), norm("a joint trade commission"));
        assertNotEquals(norm("a border commission"), norm("a border force"));
    }

    @Test
    void aLabelThatIsOnlyAPartyNameKeepsIt() {
        assertEquals(List.of("somalia"), norm("Somalia"));
    }
}
