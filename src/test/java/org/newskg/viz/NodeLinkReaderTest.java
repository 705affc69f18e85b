package org.newskg.viz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.rdf.Iris;
import org.newskg.rdf.NKG;
import org.newskg.rdf.PROV;
import org.newskg.store.KgStore;
import org.newskg.viz.NodeLinkGraph.Kind;
import org.newskg.viz.NodeLinkGraph.Node;

/**
 * The node-link view is built from the vocabulary, not from what today's extractor happens to
 * write: events, units and agreements show up as nodes with relation edges as soon as they exist.
 */
class NodeLinkReaderTest {

    @TempDir
    Path tmp;

    private static Resource typed(Model m, String iri, Resource type, String label) {
        Resource r = m.createResource(iri).addProperty(RDF.type, type);
        return label == null ? r : r.addProperty(RDFS.label, label);
    }

    private NodeLinkGraph graph() {
        Model m = ModelFactory.createDefaultModel();
        Resource article = typed(m, Iris.article("a1"), NKG.Article, null);
        Resource us = typed(m, Iris.actor("united-states"), NKG.Country, "United States").addProperty(RDF.type, NKG.Actor);
        Resource militia = typed(m, Iris.actor("kataib-hezbollah"), NKG.ArmedGroup, "Kataib Hezbollah");
        Resource unit = typed(m, Iris.actor("unit/tower-22"), NKG.MilitaryUnit, "Tower 22 garrison")
                .addProperty(NKG.partOf, us).addProperty(RDF.type, NKG.Actor);
        Resource strike = typed(m, Iris.BASE + "event/a1/1", NKG.DroneStrike, null)
                .addProperty(NKG.agent, militia).addProperty(NKG.target, unit).addProperty(NKG.place, us)
                .addProperty(NKG.date, "2024-01-28", XSDDatatype.XSDdate).addProperty(PROV.wasDerivedFrom, article);
        typed(m, Iris.BASE + "agreement/a1/1", NKG.Agreement, "Higher Military Commission")
                .addProperty(NKG.party, us).addProperty(NKG.date, "2023-08", XSDDatatype.XSDgYearMonth);
        Resource biden = typed(m, Iris.actor("person/joe-biden"), NKG.Person, "Joe Biden");
        Resource joe = typed(m, Iris.actor("person/a1/joe"), NKG.Person, "President Joe").addProperty(SKOS.altLabel, "the President")
                .addProperty(NKG.canonical, biden);
        typed(m, Iris.statement("a1", 1), NKG.Statement, null).addProperty(NKG.text, "We will respond")
                .addProperty(NKG.speaker, joe).addProperty(NKG.about, strike)
                .addProperty(NKG.date, "2024-01-28", XSDDatatype.XSDdate);
        try (KgStore store = KgStore.open(tmp.resolve("store"))) {
            store.replaceGraph(Iris.graph("a1"), m);
            return NodeLinkReader.read(store);
        }
    }

    private static Node node(NodeLinkGraph g, String label) {
        return g.nodes().stream().filter(n -> n.label().equals(label)).findFirst().orElseThrow(() -> new AssertionError(label));
    }

    private static Set<String> edges(NodeLinkGraph g) {
        var byIri = g.nodes().stream().collect(Collectors.toMap(Node::iri, Node::label));
        return g.edges().stream().map(e -> byIri.get(e.source()) + " -" + e.relation() + "-> " + byIri.get(e.target()))
                .collect(Collectors.toSet());
    }

    @Test
    void eventsUnitsAgreementsAndStatementsBecomeTypedNodesWithRelationEdges() {
        NodeLinkGraph g = graph();
        Node strike = node(g, "DroneStrike 2024-01-28");
        assertEquals(Kind.EVENT, strike.kind());
        assertEquals("DroneStrike", strike.type());
        assertEquals(List.of("a1"), strike.articles());
        assertEquals(Kind.UNIT, node(g, "Tower 22 garrison").kind());
        assertEquals("MilitaryUnit", node(g, "Tower 22 garrison").type());
        assertEquals("Country", node(g, "United States").type());
        assertEquals(Kind.AGREEMENT, node(g, "Higher Military Commission").kind());
        assertEquals("2023-08", node(g, "Higher Military Commission").date());
        assertEquals(Kind.STATEMENT, node(g, "We will respond").kind());
        assertEquals(Set.of(
                "DroneStrike 2024-01-28 -agent-> Kataib Hezbollah",
                "DroneStrike 2024-01-28 -target-> Tower 22 garrison",
                "DroneStrike 2024-01-28 -place-> United States",
                "Tower 22 garrison -partOf-> United States",
                "Higher Military Commission -party-> United States",
                "Joe Biden -said-> We will respond",
                "We will respond -about-> DroneStrike 2024-01-28"), edges(g));
        // The article is not a node; the merged "President Joe" is folded into its canonical node.
        assertEquals(7, g.nodes().size());
        assertTrue(node(g, "Joe Biden").names().containsAll(List.of("Joe Biden", "President Joe", "the President")));
    }

    @Test
    void focusKeepsKindsDatesAndOneActorsNeighbourhood() {
        NodeLinkGraph g = graph();
        NodeLinkGraph onlyActors = new Focus(null, 0, null, null, Set.of(Kind.ACTOR, Kind.UNIT)).apply(g);
        assertEquals(Set.of("Tower 22 garrison -partOf-> United States"), edges(onlyActors));

        NodeLinkGraph august = new Focus(null, 0, "2023-08-01", "2023-08-31", null).apply(g);
        assertEquals(Set.of("Higher Military Commission -party-> United States"), edges(august));

        // "the President" is one of Joe Biden's names: depth 2 reaches the strike through his statement.
        NodeLinkGraph president = new Focus("the president", 2, null, null, null).apply(g);
        assertEquals(Set.of("Joe Biden", "We will respond", "DroneStrike 2024-01-28"),
                president.nodes().stream().map(Node::label).collect(Collectors.toSet()));
        assertThrows(Focus.NoSuchActor.class, () -> new Focus("Nobody", 1, null, null, null).apply(g));
    }
}
