package org.newskg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Validates small hand-built graphs against {@code ontology/shapes.ttl}: one well-formed graph
 * must conform; each broken variant must not, and must be reported on the expected focus node.
 */
class ShapesTest {

    private static final Path SHAPES = Path.of("ontology", "shapes.ttl");
    private static final String DATA = "https://example.org/data/";

    // IRIs of the nodes in the test graph.
    private static final String STATEMENT = DATA + "statement/1";
    private static final String SPEAKER = DATA + "actor/hegseth";
    private static final String OUTLET = DATA + "actor/reuters";
    private static final String ARTICLE = DATA + "article/a1";
    private static final String EVIDENCE = DATA + "evidence/a1-s3";
    private static final String EVENT = DATA + "event/strike-1";
    private static final String UNIT = DATA + "actor/unit-1";
    private static final String COUNTRY = DATA + "actor/iraq";
    private static final String AGREEMENT = DATA + "agreement/1";

    /** Parsed once; immutable afterwards. */
    private static Shapes shapes;

    @BeforeAll
    static void loadShapes() {
        shapes = Shapes.parse(RDFDataMgr.loadGraph(SHAPES.toString()));
        assertFalse(shapes.getTargetShapes().isEmpty(), "shapes.ttl declares no targeted shapes");
    }

    /** A well-formed graph: one statement with everything it needs, plus an event, unit and agreement. */
    private static Model validGraph() {
        Model m = ModelFactory.createDefaultModel();

        Resource article = m.createResource(ARTICLE)
                .addProperty(RDF.type, NKG.Article)
                .addProperty(DCTerms.identifier, "a1")
                .addProperty(DCTerms.title, "US to withdraw troops from Iraq by 2026")
                .addProperty(SchemaDO.datePublished, m.createTypedLiteral("2024-09-06", XSDDatatype.XSDdate));

        String sentence = "\"We will draw down,\" Hegseth said on Thursday, according to Reuters.";
        Resource evidence = m.createResource(EVIDENCE)
                .addProperty(RDF.type, NKG.EvidenceSpan)
                .addProperty(NKG.sentence, sentence)
                .addLiteral(NKG.sentenceIndex, m.createTypedLiteral("3", XSDDatatype.XSDinteger))
                .addLiteral(NKG.beginIndex, m.createTypedLiteral("120", XSDDatatype.XSDinteger))
                .addLiteral(NKG.endIndex, m.createTypedLiteral(String.valueOf(120 + sentence.length()),
                        XSDDatatype.XSDinteger))
                .addProperty(PROV.wasDerivedFrom, article);

        Resource speaker = m.createResource(SPEAKER)
                .addProperty(RDF.type, NKG.Person)
                .addProperty(RDF.type, NKG.Actor)
                .addProperty(RDFS.label, "Pete Hegseth")
                .addProperty(SKOS.altLabel, "Hegseth")
                .addProperty(NKG.role, "Defense Secretary")
                .addLiteral(NKG.anonymous, false);

        Resource outlet = m.createResource(OUTLET)
                .addProperty(RDF.type, NKG.NewsOutlet)
                .addProperty(RDF.type, NKG.Organization)
                .addProperty(RDF.type, NKG.Actor)
                .addProperty(RDFS.label, "Reuters");

        m.createResource(STATEMENT)
                .addProperty(RDF.type, NKG.Statement)
                .addProperty(NKG.speaker, speaker)
                .addProperty(NKG.text, "We will draw down")
                .addProperty(NKG.mode, "direct")
                .addProperty(NKG.reportingVerb, "say")
                .addProperty(NKG.date, m.createTypedLiteral("2024-09-05", XSDDatatype.XSDdate))
                .addProperty(NKG.dateRule, "weekday-before-publication")
                .addProperty(NKG.dateAnchor, "2024-09-06")
                .addProperty(NKG.reportedBy, outlet)
                .addProperty(PROV.wasDerivedFrom, article)
                .addProperty(NKG.evidence, evidence);

        Resource country = m.createResource(COUNTRY)
                .addProperty(RDF.type, NKG.Country)
                .addProperty(RDF.type, NKG.Actor)
                .addProperty(RDFS.label, "Iraq");

        m.createResource(UNIT)
                .addProperty(RDF.type, NKG.MilitaryUnit)
                .addProperty(RDF.type, NKG.Actor)
                .addProperty(RDFS.label, "Combined Joint Task Force – Operation Inherent Resolve")
                .addLiteral(NKG.strength, m.createTypedLiteral("2500", XSDDatatype.XSDinteger))
                .addProperty(NKG.stationedIn, country);

        m.createResource(EVENT)
                .addProperty(RDF.type, NKG.DroneStrike)
                .addProperty(RDF.type, NKG.Event)
                .addProperty(NKG.agent, country)
                .addProperty(NKG.place, country)
                .addProperty(NKG.date, m.createTypedLiteral("2024-09", XSDDatatype.XSDgYearMonth))
                .addProperty(NKG.evidence, evidence)
                .addProperty(PROV.wasDerivedFrom, article);

        m.createResource(AGREEMENT)
                .addProperty(RDF.type, NKG.Agreement)
                .addProperty(NKG.party, country)
                .addProperty(NKG.party, m.createResource(OUTLET))
                .addProperty(NKG.evidence, evidence);
        return m;
    }

    private static ValidationReport validate(Model data) {
        return ShaclValidator.get().validate(shapes, data.getGraph());
    }

    private static String describe(ValidationReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ShLib.printReport(out, report);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Applies {@code breakIt} to a fresh valid graph and expects violations on exactly {@code focus}. */
    private static void assertViolation(String focus, Consumer<Model> breakIt) {
        Model m = validGraph();
        breakIt.accept(m);
        ValidationReport report = validate(m);
        assertFalse(report.conforms(), "expected a violation on " + focus);
        Set<String> focusNodes = report.getEntries().stream()
                .map(e -> e.focusNode())
                .map(Node::toString)
                .collect(Collectors.toSet());
        assertEquals(Set.of(focus), focusNodes, describe(report));
    }

    private static Resource r(Model m, String iri) {
        return m.getResource(iri);
    }

    @Test
    void validGraphConforms() {
        ValidationReport report = validate(validGraph());
        assertTrue(report.conforms(), describe(report));
    }

    @Test
    void gYearMonthDateConforms() {
        Model m = validGraph();
        r(m, STATEMENT).removeAll(NKG.date)
                .addProperty(NKG.date, m.createTypedLiteral("2024-09", XSDDatatype.XSDgYearMonth));
        ValidationReport report = validate(m);
        assertTrue(report.conforms(), describe(report));
    }

    @Test
    void statementWithoutSpeaker() {
        assertViolation(STATEMENT, m -> r(m, STATEMENT).removeAll(NKG.speaker));
    }

    @Test
    void statementWithTwoSpeakers() {
        assertViolation(STATEMENT, m -> r(m, STATEMENT).addProperty(NKG.speaker, r(m, OUTLET)));
    }

    @Test
    void speakerIsNotAnActor() {
        assertViolation(STATEMENT, m -> r(m, STATEMENT).removeAll(NKG.speaker)
                .addProperty(NKG.speaker, m.createResource(DATA + "thing/x").addProperty(RDFS.label, "X")));
    }

    @Test
    void speakerTypedOnlyWithSubclassIsNotEnoughWithoutInference() {
        // Data must carry rdf:type nkg:Actor explicitly next to nkg:Person.
        assertViolation(STATEMENT, m -> r(m, SPEAKER).removeAll(RDF.type).addProperty(RDF.type, NKG.Person));
    }

    @Test
    void unknownMode() {
        assertViolation(STATEMENT, m -> r(m, STATEMENT).removeAll(NKG.mode).addProperty(NKG.mode, "shouted"));
    }

    @Test
    void emptyText() {
        assertViolation(STATEMENT, m -> r(m, STATEMENT).removeAll(NKG.text).addProperty(NKG.text, ""));
    }

    @Test
    void statementWithoutEvidence() {
        assertViolation(STATEMENT, m -> r(m, STATEMENT).removeAll(NKG.evidence));
    }

    @Test
    void statementWithoutArticle() {
        assertViolation(STATEMENT, m -> r(m, STATEMENT).removeAll(PROV.wasDerivedFrom));
    }

    @Test
    void dateAsPlainString() {
        assertViolation(STATEMENT, m -> r(m, STATEMENT).removeAll(NKG.date).addProperty(NKG.date, "2024-09-05"));
    }

    @Test
    void twoReporters() {
        assertViolation(STATEMENT, m -> r(m, STATEMENT).addProperty(NKG.reportedBy, r(m, SPEAKER)));
    }

    @Test
    void actorWithoutLabel() {
        assertViolation(SPEAKER, m -> r(m, SPEAKER).removeAll(RDFS.label));
    }

    @Test
    void anonymousNotBoolean() {
        assertViolation(SPEAKER, m -> r(m, SPEAKER).removeAll(NKG.anonymous).addProperty(NKG.anonymous, "no"));
    }

    @Test
    void negativeBeginIndex() {
        assertViolation(EVIDENCE, m -> r(m, EVIDENCE).removeAll(NKG.beginIndex)
                .addLiteral(NKG.beginIndex, m.createTypedLiteral("-1", XSDDatatype.XSDinteger)));
    }

    @Test
    void beginIndexNotBeforeEndIndex() {
        assertViolation(EVIDENCE, m -> r(m, EVIDENCE).removeAll(NKG.beginIndex)
                .addLiteral(NKG.beginIndex, m.createTypedLiteral("100000", XSDDatatype.XSDinteger)));
    }

    @Test
    void articleWithoutIdentifier() {
        assertViolation(ARTICLE, m -> r(m, ARTICLE).removeAll(DCTerms.identifier));
    }

    @Test
    void eventWithoutEvidence() {
        assertViolation(EVENT, m -> r(m, EVENT).removeAll(NKG.evidence));
    }

    @Test
    void unitWithANegativeStrength() {
        assertViolation(UNIT, m -> r(m, UNIT)
                .addLiteral(NKG.strength, m.createTypedLiteral("-3000", XSDDatatype.XSDinteger)));
    }

    @Test
    void unitWithAStrengthThatIsNotAnInteger() {
        assertViolation(UNIT, m -> r(m, UNIT).addProperty(NKG.strength, "about 3000"));
    }

    @Test
    void agreementWithoutParty() {
        assertViolation(AGREEMENT, m -> r(m, AGREEMENT).removeAll(NKG.party));
    }
}
