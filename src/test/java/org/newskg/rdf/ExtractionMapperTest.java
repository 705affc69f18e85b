package org.newskg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.newskg.corpus.Article;
import org.newskg.corpus.ArticleMeta;
import org.newskg.extract.Actor;
import org.newskg.extract.ActorType;
import org.newskg.extract.ArticleExtraction;
import org.newskg.extract.Evidence;
import org.newskg.extract.Statement;
import org.newskg.extract.StatementDate;
import org.newskg.time.Day;
import org.newskg.time.Month;
import org.newskg.time.YearValue;
import org.newskg.validate.Validator;

/** {@link ExtractionMapper#map} on hand-built extractions. */
class ExtractionMapperTest {

    private static final String B = "https://w3id.org/newskg/id/";

    /** Text with everything a serializer must escape. */
    private static final String NASTY_TEXT = "\u201CWe will respond\u201D \u2014 \"firmly\", it's C:\\temp\\new \\n not a newline,\n"
            + "a real newline,\r\na CRLF, a\ttab, emoji \uD83D\uDE00\uD83C\uDDEE\uD83C\uDDF6, Arabic \u0627\u0644\u0639\u0631\u0627\u0642 and \"\"\"triple\"\"\" '''quotes'''";

    private static final String SENTENCE_1 = "Maj. Gen. Pat Ryder, the Pentagon spokesman, said on Jan. 10 that \u201Cwe will respond.\u201D";
    private static final String SENTENCE_2 = "A senior official told Reuters this month that talks would resume.";
    private static final String TEXT = SENTENCE_1 + "\n" + SENTENCE_2 + "\nThe Pentagon announced a review.";

    private static final Evidence EV_1 = new Evidence(0, 0, SENTENCE_1.length(), SENTENCE_1);
    private static final Evidence EV_2 = new Evidence(1, SENTENCE_1.length() + 1, SENTENCE_1.length() + 1 + SENTENCE_2.length(), SENTENCE_2);
    private static final int S3_BEGIN = TEXT.lastIndexOf("The Pentagon");
    private static final Evidence EV_3 = new Evidence(2, S3_BEGIN, TEXT.length(), TEXT.substring(S3_BEGIN));

    private static ArticleExtraction extraction(String articleId, String statementText) {
        Article article = new Article(articleId, TEXT, new ArticleMeta("US \u201Cwill respond\u201D, says \"Pentagon\"", "Reuters",
                LocalDate.of(2024, 1, 25), "https://example.org/news/a1?x=1&y=2"));
        Actor ryder = new Actor("person/pat-ryder", ActorType.PERSON, "Pat Ryder",
                Set.of("Pat Ryder", "Maj. Gen. Pat Ryder", "Ryder"), Set.of("Pentagon spokesman", "spokesman"),
                null, false, "org/pentagon", EV_1);
        Actor pentagon = new Actor("org/pentagon", ActorType.ORGANIZATION, "Pentagon", Set.of("the Pentagon", "Pentagon"),
                Set.of(), "Q11208", false, null, EV_1);
        Actor reuters = new Actor("outlet/reuters", ActorType.NEWS_OUTLET, "Reuters", Set.of("Reuters"), Set.of(),
                "Q130879", false, null, EV_2);
        Actor anon = new Actor("anon/" + articleId + "/a-senior-official", ActorType.PERSON, "a senior official",
                Set.of("A senior official"), Set.of(), null, true, null, null);
        Actor iraq = new Actor("country/iraq", ActorType.COUNTRY, "Iraq", Set.of("Iraq"), Set.of(), "Q796", false, null, EV_2);
        Statement s1 = new Statement(1, "person/pat-ryder", statementText, Statement.Mode.DIRECT, "say",
                new StatementDate(new Day(LocalDate.of(2024, 1, 10)), "explicit-day", "publication 2024-01-25"),
                EV_1, null, List.of("org/pentagon"));
        Statement s2 = new Statement(2, anon.key(), "talks would resume", Statement.Mode.INDIRECT, "tell",
                new StatementDate(new Month(YearMonth.of(2024, 1)), "this-month", "publication 2024-01-25"),
                EV_2, "outlet/reuters", List.of("country/iraq", "org/pentagon"));
        Statement s3 = new Statement(3, "org/pentagon", "a review", Statement.Mode.INDIRECT, "announce",
                StatementDate.UNKNOWN, EV_3, null, List.of());
        return new ArticleExtraction(article, List.of(ryder, pentagon, reuters, anon, iraq), List.of(s1, s2, s3), 3, 40);
    }

    private static ArticleExtraction extraction() {
        return extraction("a1", NASTY_TEXT);
    }

    private static Resource res(String iri) {
        return ResourceFactory.createResource(iri);
    }

    private static Literal typed(String lexical, XSDDatatype type) {
        return ResourceFactory.createTypedLiteral(lexical, type);
    }

    private static void assertTriple(Model m, String s, Property p, RDFNode o) {
        assertTrue(m.contains(res(s), p, o), () -> "missing <" + s + "> <" + p + "> " + o);
    }

    private static Set<RDFNode> objects(Model m, String s, Property p) {
        return new HashSet<>(m.listObjectsOfProperty(res(s), p).toList());
    }

    // ---------------------------------------------------------------- (a) round trips

    enum Format {
        TURTLE(RDFFormat.TURTLE, Lang.TURTLE),
        NTRIPLES(RDFFormat.NTRIPLES, Lang.NTRIPLES),
        JSONLD(RDFFormat.JSONLD, Lang.JSONLD),
        RDFXML(RDFFormat.RDFXML, Lang.RDFXML);

        final RDFFormat format;
        final Lang lang;

        Format(RDFFormat format, Lang lang) {
            this.format = format;
            this.lang = lang;
        }
    }

    private static Model roundTrip(Model m, Format f) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, m, f.format);
        Model back = ModelFactory.createDefaultModel();
        RDFParser.source(new ByteArrayInputStream(out.toByteArray())).lang(f.lang).parse(back);
        return back;
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void roundTripIsIsomorphic(Format f) {
        Model m = ExtractionMapper.map(extraction());
        Model back = roundTrip(m, f);

        assertEquals(m.size(), back.size());
        assertTrue(back.isIsomorphicWith(m), () -> f + " round trip changed the graph");
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void awkwardLiteralsSurviveTheRoundTrip(Format f) {
        Model back = roundTrip(ExtractionMapper.map(extraction()), f);

        Literal text = back.getRequiredProperty(res(B + "statement/a1/1"), NKG.text).getLiteral();
        assertEquals(NASTY_TEXT, text.getLexicalForm());
        assertEquals(XSDDatatype.XSDstring.getURI(), text.getDatatypeURI());
        assertEquals("US \u201Cwill respond\u201D, says \"Pentagon\"",
                back.getRequiredProperty(res(B + "article/a1"), DCTerms.title).getString());
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void awkwardArticleIdsSurviveTheRoundTrip(Format f) {
        String id = "2024-01-25 \u201CPentagon\u201D caf\u00E9 #1 ?x=<y> \uD83D\uDE00";
        Model m = ExtractionMapper.map(extraction(id, "plain"));
        Model back = roundTrip(m, f);

        assertTrue(back.isIsomorphicWith(m), () -> f + " round trip changed the graph");
        assertTrue(back.contains(res(Iris.article(id)), DCTerms.identifier, id));
        assertTrue(back.contains(res(Iris.statement(id, 1)), RDF.type, NKG.Statement));
    }

    // ---------------------------------------------------------------- (b) exact triples

    @Test
    void articleNodeCarriesItsMetadata() {
        Model m = ExtractionMapper.map(extraction());
        String a = B + "article/a1";

        assertTriple(m, a, RDF.type, NKG.Article);
        assertTriple(m, a, DCTerms.identifier, ResourceFactory.createStringLiteral("a1"));
        assertTriple(m, a, SchemaDO.publisher, ResourceFactory.createStringLiteral("Reuters"));
        assertTriple(m, a, SchemaDO.datePublished, typed("2024-01-25", XSDDatatype.XSDdate));
        assertTriple(m, a, SchemaDO.url, res("https://example.org/news/a1?x=1&y=2"));
    }

    @Test
    void unknownMetadataGivesOnlyTypeAndIdentifier() {
        ArticleExtraction x = new ArticleExtraction(new Article("bare", "Nothing said.", null), List.of(), List.of(), 1, 3);
        Model m = ExtractionMapper.map(x);

        Model expected = ModelFactory.createDefaultModel();
        expected.createResource(B + "article/bare", NKG.Article).addProperty(DCTerms.identifier, "bare");
        assertTrue(m.isIsomorphicWith(expected), () -> "got " + m.getGraph());
    }

    @Test
    void relativeUrlIsKeptAsALiteral() {
        Article article = new Article("r", "x", new ArticleMeta(null, null, null, "news/a1.html"));
        Model m = ExtractionMapper.map(new ArticleExtraction(article, List.of(), List.of(), 1, 1));

        assertEquals(Set.of(ResourceFactory.createStringLiteral("news/a1.html")), objects(m, B + "article/r", SchemaDO.url));
    }

    @Test
    void urlWithAnotherSchemeIsNotStored() {
        for (String url : List.of("javascript:alert(1)", " JavaScript:alert(1)", "java\tscript:alert(1)", "\u0001vbscript:x",
                "data:text/html,<script>alert(1)</script>")) {
            Article article = new Article("r", "x", new ArticleMeta(null, null, null, url));
            Model m = ExtractionMapper.map(new ArticleExtraction(article, List.of(), List.of(), 1, 1));

            assertEquals(Set.of(), objects(m, B + "article/r", SchemaDO.url), url);
        }
    }

    @Test
    void statementTriples() {
        Model m = ExtractionMapper.map(extraction());
        String s1 = B + "statement/a1/1";

        assertTriple(m, s1, RDF.type, NKG.Statement);
        assertEquals(Set.of(res(B + "actor/person/pat-ryder")), objects(m, s1, NKG.speaker));
        assertEquals(Set.of(ResourceFactory.createStringLiteral(NASTY_TEXT)), objects(m, s1, NKG.text));
        assertEquals(Set.of(ResourceFactory.createStringLiteral("direct")), objects(m, s1, NKG.mode));
        assertEquals(Set.of(ResourceFactory.createStringLiteral("say")), objects(m, s1, NKG.reportingVerb));
        assertEquals(Set.of(typed("2024-01-10", XSDDatatype.XSDdate)), objects(m, s1, NKG.date));
        assertEquals(Set.of(ResourceFactory.createStringLiteral("explicit-day")), objects(m, s1, NKG.dateRule));
        assertEquals(Set.of(ResourceFactory.createStringLiteral("publication 2024-01-25")), objects(m, s1, NKG.dateAnchor));
        assertEquals(Set.of(res(B + "actor/org/pentagon")), objects(m, s1, NKG.about));
        assertEquals(Set.of(), objects(m, s1, NKG.reportedBy));
        assertEquals(Set.of(res(B + "article/a1")), objects(m, s1, PROV.wasDerivedFrom));
        assertEquals(Set.of(res(B + "evidence/a1/0-" + SENTENCE_1.length())), objects(m, s1, NKG.evidence));

        String s2 = B + "statement/a1/2";
        assertEquals(Set.of(ResourceFactory.createStringLiteral("indirect")), objects(m, s2, NKG.mode));
        assertEquals(Set.of(res(B + "actor/anon/a1/a-senior-official")), objects(m, s2, NKG.speaker));
        assertEquals(Set.of(res(B + "actor/outlet/reuters")), objects(m, s2, NKG.reportedBy));
        assertEquals(Set.of(res(B + "actor/country/iraq"), res(B + "actor/org/pentagon")), objects(m, s2, NKG.about));
    }

    @Test
    void monthDateIsGYearMonth() {
        Model m = ExtractionMapper.map(extraction());
        Set<RDFNode> dates = objects(m, B + "statement/a1/2", NKG.date);

        assertEquals(Set.of(typed("2024-01", XSDDatatype.XSDgYearMonth)), dates);
        assertEquals(XSDDatatype.XSDgYearMonth.getURI(), ((Literal) dates.iterator().next()).getDatatypeURI());
    }

    @Test
    void unknownDateHasRuleButNoDateNorAnchor() {
        Model m = ExtractionMapper.map(extraction());
        String s3 = B + "statement/a1/3";

        assertEquals(Set.of(), objects(m, s3, NKG.date));
        assertEquals(Set.of(), objects(m, s3, NKG.dateAnchor));
        assertEquals(Set.of(ResourceFactory.createStringLiteral("unknown")), objects(m, s3, NKG.dateRule));
    }

    @Test
    void dateLiteralDatatypes() {
        assertEquals(typed("2024-02-29", XSDDatatype.XSDdate), ExtractionMapper.dateLiteral(new Day(LocalDate.of(2024, 2, 29))));
        assertEquals(typed("2023-12", XSDDatatype.XSDgYearMonth), ExtractionMapper.dateLiteral(new Month(YearMonth.of(2023, 12))));
        assertEquals(typed("2024", XSDDatatype.XSDgYear), ExtractionMapper.dateLiteral(new YearValue(java.time.Year.of(2024))));
    }

    @Test
    void evidenceOffsetsAreIntegers() {
        Model m = ExtractionMapper.map(extraction());
        String e2 = B + "evidence/a1/" + EV_2.begin() + "-" + EV_2.end();

        assertTriple(m, e2, RDF.type, NKG.EvidenceSpan);
        assertEquals(Set.of(typed(String.valueOf(EV_2.begin()), XSDDatatype.XSDinteger)), objects(m, e2, NKG.beginIndex));
        assertEquals(Set.of(typed(String.valueOf(EV_2.end()), XSDDatatype.XSDinteger)), objects(m, e2, NKG.endIndex));
        assertEquals(Set.of(typed("1", XSDDatatype.XSDinteger)), objects(m, e2, NKG.sentenceIndex));
        assertEquals(Set.of(ResourceFactory.createStringLiteral(SENTENCE_2)), objects(m, e2, NKG.sentence));
        assertEquals(Set.of(res(B + "article/a1")), objects(m, e2, PROV.wasDerivedFrom));
        assertEquals(SENTENCE_2, TEXT.substring(EV_2.begin(), EV_2.end()), "fixture sanity");
    }

    @Test
    void sharedEvidenceSpanIsOneNode() {
        Model m = ExtractionMapper.map(extraction());
        String e1 = B + "evidence/a1/0-" + SENTENCE_1.length();

        assertEquals(3, m.listSubjectsWithProperty(NKG.evidence, res(e1)).toList().size(),
                "Ryder, the Pentagon and statement 1 point at the same span");
        assertEquals(1, objects(m, e1, NKG.sentence).size());
        assertEquals(1, objects(m, e1, NKG.beginIndex).size());
        assertEquals(3, m.listResourcesWithProperty(RDF.type, NKG.EvidenceSpan).toList().size(),
                "three distinct spans, one node each");
    }

    @Test
    void actorTriples() {
        Model m = ExtractionMapper.map(extraction());
        String ryder = B + "actor/person/pat-ryder";

        assertEquals(Set.of(NKG.Actor, NKG.Person), objects(m, ryder, RDF.type));
        assertEquals(Set.of(ResourceFactory.createStringLiteral("Pat Ryder")), objects(m, ryder, RDFS.label));
        assertEquals(Set.of(ResourceFactory.createStringLiteral("Pat Ryder"), ResourceFactory.createStringLiteral("Ryder"),
                ResourceFactory.createStringLiteral("Maj. Gen. Pat Ryder")), objects(m, ryder, SKOS.altLabel));
        assertEquals(Set.of(ResourceFactory.createStringLiteral("Pentagon spokesman"), ResourceFactory.createStringLiteral("spokesman")),
                objects(m, ryder, NKG.role));
        assertEquals(Set.of(res(B + "actor/org/pentagon")), objects(m, ryder, NKG.affiliatedWith));
        assertEquals(Set.of(res(B + "article/a1")), objects(m, ryder, PROV.wasDerivedFrom));
        assertEquals(Set.of(), objects(m, ryder, OWL.sameAs));
        assertEquals(Set.of(), objects(m, ryder, NKG.anonymous));

        assertEquals(Set.of(NKG.Actor, NKG.Organization), objects(m, B + "actor/org/pentagon", RDF.type));
        assertEquals(Set.of(res("http://www.wikidata.org/entity/Q11208")), objects(m, B + "actor/org/pentagon", OWL.sameAs));
        assertEquals(Set.of(NKG.Actor, NKG.NewsOutlet), objects(m, B + "actor/outlet/reuters", RDF.type));
        assertEquals(Set.of(NKG.Actor, NKG.Country), objects(m, B + "actor/country/iraq", RDF.type));

        String anon = B + "actor/anon/a1/a-senior-official";
        assertEquals(Set.of(NKG.Actor, NKG.Person), objects(m, anon, RDF.type));
        assertEquals(Set.of(typed("true", XSDDatatype.XSDboolean)), objects(m, anon, NKG.anonymous));
        assertEquals(Set.of(), objects(m, anon, NKG.evidence), "no evidence given, none invented");
    }

    @ParameterizedTest
    @EnumSource(ActorType.class)
    void everyActorTypeGetsItsClassAndNkgActor(ActorType type) {
        Resource expected = switch (type) {
            case PERSON -> NKG.Person;
            case ORGANIZATION -> NKG.Organization;
            case NEWS_OUTLET -> NKG.NewsOutlet;
            case COUNTRY -> NKG.Country;
            case ARMED_GROUP -> NKG.ArmedGroup;
            case MILITARY_UNIT -> NKG.MilitaryUnit;
        };
        Actor actor = new Actor("k/x", type, "X", Set.of(), Set.of(), null, false, null, null);
        Model m = ExtractionMapper.map(new ArticleExtraction(new Article("a", "X.", null), List.of(actor), List.of(), 1, 2));

        assertEquals(Set.of(NKG.Actor, expected), objects(m, B + "actor/k/x", RDF.type));
        assertTrue(Validator.validate(m.getGraph()).conforms(), () -> type + " actor does not conform");
    }

    @Test
    void minimalExtractionMapsToExactlyTheExpectedGraph() {
        String sentence = "Ryder said so.";
        Evidence ev = new Evidence(0, 0, 14, sentence);
        Actor ryder = new Actor("person/ryder", ActorType.PERSON, "Ryder", Set.of("Ryder"), Set.of(), null, false, null, ev);
        Statement st = new Statement(1, "person/ryder", "so", Statement.Mode.INDIRECT, "say",
                new StatementDate(new Day(LocalDate.of(2024, 1, 9)), "publication", "publication 2024-01-09"), ev, null, List.of());
        Article article = new Article("m1", sentence, new ArticleMeta(null, null, LocalDate.of(2024, 1, 9), null));
        Model m = ExtractionMapper.map(new ArticleExtraction(article, List.of(ryder), List.of(st), 1, 4));

        String expectedTurtle = """
                @prefix nkg:     <https://w3id.org/newskg/ontology#> .
                @prefix id:      <https://w3id.org/newskg/id/> .
                @prefix prov:    <http://www.w3.org/ns/prov#> .
                @prefix rdfs:    <http://www.w3.org/2000/01/rdf-schema#> .
                @prefix skos:    <http://www.w3.org/2004/02/skos/core#> .
                @prefix schema:  <https://schema.org/> .
                @prefix dcterms: <http://purl.org/dc/terms/> .
                @prefix xsd:     <http://www.w3.org/2001/XMLSchema#> .

                <https://w3id.org/newskg/id/article/m1> a nkg:Article ;
                    dcterms:identifier "m1" ;
                    schema:datePublished "2024-01-09"^^xsd:date .

                <https://w3id.org/newskg/id/actor/person/ryder> a nkg:Actor , nkg:Person ;
                    rdfs:label "Ryder" ;
                    skos:altLabel "Ryder" ;
                    nkg:nameKey "ryder" ;
                    prov:wasDerivedFrom <https://w3id.org/newskg/id/article/m1> ;
                    nkg:evidence <https://w3id.org/newskg/id/evidence/m1/0-14> .

                <https://w3id.org/newskg/id/statement/m1/1> a nkg:Statement ;
                    nkg:speaker <https://w3id.org/newskg/id/actor/person/ryder> ;
                    nkg:text "so" ;
                    nkg:mode "indirect" ;
                    nkg:reportingVerb "say" ;
                    nkg:date "2024-01-09"^^xsd:date ;
                    nkg:dateRule "publication" ;
                    nkg:dateAnchor "publication 2024-01-09" ;
                    prov:wasDerivedFrom <https://w3id.org/newskg/id/article/m1> ;
                    nkg:evidence <https://w3id.org/newskg/id/evidence/m1/0-14> .

                <https://w3id.org/newskg/id/evidence/m1/0-14> a nkg:EvidenceSpan ;
                    nkg:sentence "Ryder said so." ;
                    nkg:sentenceIndex 0 ;
                    nkg:beginIndex 0 ;
                    nkg:endIndex 14 ;
                    prov:wasDerivedFrom <https://w3id.org/newskg/id/article/m1> .
                """;
        Model expected = ModelFactory.createDefaultModel();
        RDFParser.fromString(expectedTurtle, Lang.TURTLE).parse(expected);

        assertTrue(m.isIsomorphicWith(expected), () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            RDFDataMgr.write(out, m, RDFFormat.TURTLE);
            return "mapped graph differs from the fixture:\n" + out.toString(StandardCharsets.UTF_8);
        });
        assertTrue(Validator.validate(m.getGraph()).conforms());
    }

    // ---------------------------------------------------------------- (c) SHACL

    @Test
    void mappedGraphConformsToTheShapes() {
        ValidationReport report = Validator.validate(ExtractionMapper.map(extraction()).getGraph());
        assertTrue(report.conforms(), () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ShLib.printReport(new java.io.PrintStream(out, true, StandardCharsets.UTF_8), report);
            return out.toString(StandardCharsets.UTF_8);
        });
    }

    @Test
    void shapesCatchAStatementWhoseSpeakerIsMissing() {
        // Guards the test above: the validator does look at the mapped nodes.
        ArticleExtraction x = extraction();
        ArticleExtraction withoutSpeakers = new ArticleExtraction(x.article(),
                x.actors().stream().filter(a -> !a.key().equals("person/pat-ryder")).toList(), x.statements(), 3, 40);
        assertFalse(Validator.validate(ExtractionMapper.map(withoutSpeakers).getGraph()).conforms());
    }

    // ---------------------------------------------------------------- (e) determinism

    @Test
    void mappingTwiceGivesTheSameTriplesAndNoBlankNodes() {
        Model first = ExtractionMapper.map(extraction());
        Model second = ExtractionMapper.map(extraction());

        assertTrue(first.isIsomorphicWith(second));
        Set<Triple> a = new HashSet<>(first.getGraph().find().toList());
        Set<Triple> b = new HashSet<>(second.getGraph().find().toList());
        assertEquals(a, b, "same triples, not only isomorphic");
        assertFalse(a.isEmpty());
        for (Triple t : a) {
            assertFalse(t.getSubject().isBlank() || t.getObject().isBlank(), () -> "blank node in " + t);
        }
    }

    @Test
    void actorOrderDoesNotChangeTheGraph() {
        ArticleExtraction x = extraction();
        List<Actor> reversed = new java.util.ArrayList<>(x.actors());
        java.util.Collections.reverse(reversed);
        ArticleExtraction y = new ArticleExtraction(x.article(), reversed, x.statements(), 3, 40);

        assertTrue(ExtractionMapper.map(x).isIsomorphicWith(ExtractionMapper.map(y)));
    }
}
