package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Speakers are typed by what names them: an acronym or a name with an organisation's ending is an
 * organisation, a full name with a title a person (sentences written for the test).
 */
class SpeakerTypesTest {

    @Test
    void acronymsAndOrganisationEndingsAreOrganisations() {
        ArticleExtraction x = GoldenCases.extract("types", """
                Port Dispute Deepens

                The strike would cost the region millions, KNPA said on Monday.

                Harbour Motors said its plant would close for a week.

                The Valley Gazette said the talks had failed.

                Union leader Marta Quist said the workers would not return.
                """);
        Map<String, Actor> actors = GoldenCases.actorsByKey(x);
        assertEquals(4, x.statements().size(), x.statements()::toString);
        for (Statement st : x.statements()) {
            Actor a = actors.get(st.speaker());
            ActorType expected = a.label().equals("Marta Quist") ? ActorType.PERSON : ActorType.ORGANIZATION;
            assertTrue(a.type() == expected || expected == ActorType.ORGANIZATION && a.type() == ActorType.NEWS_OUTLET,
                    () -> a.label() + " is " + a.type());
        }
    }
}
