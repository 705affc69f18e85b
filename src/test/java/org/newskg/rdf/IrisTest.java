package org.newskg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.iri.IRI;
import org.apache.jena.iri.IRIFactory;
import org.apache.jena.iri.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link Iris}: deterministic, readable and always valid IRIs. */
class IrisTest {

    private static final String B = "https://w3id.org/newskg/id/";

    /** Ids and names that would break an IRI if written raw. */
    private static final String[] NASTY = {
        "plain-id_1.2~x",
        "with space",
        "quote\"and'apostrophe",
        "<angle>brackets{braces}|pipe\\back^caret`tick",
        "percent%20already",
        "hash#frag?query&x=1+2",
        "emoji \uD83D\uDE00 and \uD83C\uDDEE\uD83C\uDDF6",
        "\u0627\u0644\u0633\u0648\u062F\u0627\u0646\u064A RTL \u200F mark",
        "caf\u00E9 \u00E9t\u00E9",
        "tab\tnewline\nnul\u0000",
        "a.b..c.",
        "",
    };

    private static void assertValidIri(String iri) {
        IRI parsed = IRIFactory.iriImplementation().create(iri);
        List<String> problems = new ArrayList<>();
        parsed.violations(false).forEachRemaining((Violation v) -> problems.add(v.getShortMessage()));
        assertTrue(problems.isEmpty(), () -> iri + " has violations: " + problems);
        try {
            URI uri = new URI(iri);
            assertTrue(uri.isAbsolute());
            assertEquals("w3id.org", uri.getHost());
            assertNull(uri.getRawQuery(), "no query part");
            assertNull(uri.getRawFragment(), "no fragment");
        } catch (URISyntaxException e) {
            throw new AssertionError(iri + " is not a java.net.URI: " + e.getMessage(), e);
        }
        assertTrue(iri.chars().allMatch(c -> c > 0x20 && c < 0x7F), () -> "not plain ASCII: " + iri);
    }

    @Test
    void shortNameIsTheActorKeyOrTheLastSegment() {
        assertEquals("united-states/armed-forces", Iris.shortName(Iris.actor("united-states/armed-forces")));
        assertEquals("Airstrike", Iris.shortName(NKG.NS + "Airstrike"));
        assertEquals("3", Iris.shortName(Iris.statement("a1", 3)));
    }

    @Test
    void irisAreReadableAndDeterministic() {
        assertEquals(B + "article/2024-01-25-pentagon", Iris.article("2024-01-25-pentagon"));
        assertEquals(B + "graph/2024-01-25-pentagon", Iris.graph("2024-01-25-pentagon"));
        assertEquals(B + "actor/person/pat-ryder", Iris.actor("person/pat-ryder"));
        assertEquals(B + "statement/a1/3", Iris.statement("a1", 3));
        assertEquals(B + "evidence/a1/120-188", Iris.evidence("a1", 120, 188));
        assertEquals("http://www.wikidata.org/entity/Q796", Iris.wikidata("Q796"));
        assertEquals(Iris.article("a1"), Iris.article("a1"));
        assertEquals(Iris.graph("a1"), Iris.GRAPH_PREFIX + "a1");
    }

    @Test
    void unsafeCharactersArePercentEncodedAsUtf8() {
        assertEquals(B + "article/with%20space", Iris.article("with space"));
        assertEquals(B + "article/a%22b%27c%3Cd%3E", Iris.article("a\"b'c<d>"));
        assertEquals(B + "article/caf%C3%A9", Iris.article("caf\u00E9"));
        assertEquals(B + "article/%F0%9F%98%80", Iris.article("\uD83D\uDE00"));
        assertEquals(B + "article/a%2Fb", Iris.article("a/b"), "'/' in an article id is not a path separator");
        assertEquals(B + "article/100%25", Iris.article("100%"));
        assertEquals(B + "article/a%2Bb", Iris.article("a+b"));
    }

    @Test
    void emptyIdGetsAPlaceholderSegment() {
        assertEquals(B + "article/_", Iris.article(""));
        assertEquals(B + "graph/_", Iris.graph(""));
    }

    @Test
    void differentIdsGiveDifferentIris() {
        assertFalse(Iris.article("a b").equals(Iris.article("a+b")));
        assertFalse(Iris.article("a b").equals(Iris.article("a%20b")));
        assertFalse(Iris.article("A").equals(Iris.article("a")));
        assertFalse(Iris.evidence("a1", 1, 23).equals(Iris.evidence("a1", 12, 3)));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
    void everyMintedIriIsValid(int i) {
        String s = NASTY[i];
        assertValidIri(Iris.article(s));
        assertValidIri(Iris.graph(s));
        assertValidIri(Iris.actor(s));
        assertValidIri(Iris.actor("anon/" + s + "/a senior official"));
        assertValidIri(Iris.statement(s, 7));
        assertValidIri(Iris.evidence(s, 0, 42));
    }

    @Test
    void emptyIdGivesValidIris() {
        String s = NASTY[NASTY.length - 1];
        assertValidIri(Iris.article(s));
        assertValidIri(Iris.actor(s));
    }

    @Test
    void graphIriRoundTripsToArticleId() {
        for (String id : NASTY) {
            if (id.isEmpty()) {
                continue;
            }
            assertEquals(id, Iris.articleIdOfGraph(Iris.graph(id)), () -> "round trip of '" + id + "'");
        }
        assertEquals("a/b", Iris.articleIdOfGraph(Iris.graph("a/b")));
        assertEquals("a+b c", Iris.articleIdOfGraph(Iris.graph("a+b c")));
    }

    @Test
    void otherIrisAreNotGraphs() {
        assertNull(Iris.articleIdOfGraph(Iris.article("a1")));
        assertNull(Iris.articleIdOfGraph("http://example.org/graph/a1"));
        assertNull(Iris.articleIdOfGraph("urn:x-arq:DefaultGraph"));
    }

    @Test
    void actorKeySlashesKeepReadableSegments() {
        assertEquals(B + "actor/person/mohammed-shia-al-sudani", Iris.actor("person/mohammed-shia-al-sudani"));
        assertEquals(B + "actor/anon/2024%2001/a%20senior%20official", Iris.actor("anon/2024 01/a senior official"));
        assertEquals(B + "actor/Q796", Iris.actor("Q796"));
        assertEquals(B + "actor/country/iraq", Iris.actor("country/iraq"));
    }

    @org.junit.jupiter.api.Test
    void dotSegmentsAreEncodedSoResolutionCannotRemoveThem() {
        org.junit.jupiter.api.Assertions.assertEquals("https://w3id.org/newskg/id/article/%2E%2E", Iris.article(".."));
        org.junit.jupiter.api.Assertions.assertEquals("https://w3id.org/newskg/id/statement/%2E/3", Iris.statement(".", 3));
        org.junit.jupiter.api.Assertions.assertEquals("..", Iris.articleIdOfGraph(Iris.graph("..")));
    }
}
