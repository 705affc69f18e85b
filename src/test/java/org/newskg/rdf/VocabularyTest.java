package org.newskg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@link NKG} and {@code ontology/newskg.ttl} in sync: every constant is declared in the
 * ontology with the right kind, every declared nkg: term has a constant, and every term is
 * documented with a one-line rdfs:label and rdfs:comment.
 */
class VocabularyTest {

    private static final Path ONTOLOGY = Path.of("ontology", "newskg.ttl");

    /** Loaded once; read-only afterwards. */
    private static Model ontology;

    @BeforeAll
    static void load() {
        assertTrue(Files.isRegularFile(ONTOLOGY), "missing " + ONTOLOGY.toAbsolutePath());
        ontology = RDFDataMgr.loadModel(ONTOLOGY.toString());
    }

    /** Public static final Resource/Property fields of {@link NKG}, by field name. */
    private static Map<String, Resource> constants() throws IllegalAccessException {
        Map<String, Resource> out = new LinkedHashMap<>();
        for (Field f : NKG.class.getDeclaredFields()) {
            int m = f.getModifiers();
            if (Modifier.isPublic(m) && Modifier.isStatic(m) && Resource.class.isAssignableFrom(f.getType())) {
                assertTrue(Modifier.isFinal(m), "NKG." + f.getName() + " must be final");
                out.put(f.getName(), (Resource) f.get(null));
            }
        }
        return out;
    }

    private static boolean isClass(Resource r) {
        return ontology.contains(r, RDF.type, OWL.Class);
    }

    private static boolean isProperty(Resource r) {
        return ontology.contains(r, RDF.type, OWL.ObjectProperty)
                || ontology.contains(r, RDF.type, OWL.DatatypeProperty);
    }

    /** All IRIs in the nkg: namespace declared as class or property in the ontology. */
    private static Set<String> declaredTerms() {
        Set<String> out = new TreeSet<>();
        for (Resource type : List.of(OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)) {
            ontology.listSubjectsWithProperty(RDF.type, type).forEachRemaining(s -> {
                if (s.isURIResource() && s.getURI().startsWith(NKG.NS)) {
                    out.add(s.getURI());
                }
            });
        }
        return out;
    }

    @Test
    void ontologyHeader() {
        Resource onto = ontology.getResource(NKG.ONTOLOGY_IRI);
        assertTrue(ontology.contains(onto, RDF.type, OWL.Ontology), "owl:Ontology " + NKG.ONTOLOGY_IRI);
        assertEquals("https://w3id.org/newskg/ontology#", NKG.NS);
        assertEquals(NKG.NS, ontology.getNsPrefixURI("nkg"));
    }

    @Test
    void everyConstantIsDeclaredWithTheRightKind() throws Exception {
        Map<String, Resource> constants = constants();
        assertFalse(constants.isEmpty());
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, Resource> e : constants.entrySet()) {
            String name = e.getKey();
            Resource r = e.getValue();
            if (!(NKG.NS + name).equals(r.getURI())) {
                problems.add(name + ": IRI is " + r.getURI());
                continue;
            }
            boolean cls = isClass(r);
            boolean prop = isProperty(r);
            if (r instanceof Property) {
                if (!prop) {
                    problems.add(name + ": Property constant not declared as owl:ObjectProperty/DatatypeProperty");
                }
                if (cls) {
                    problems.add(name + ": Property constant declared as owl:Class");
                }
            } else {
                if (!cls) {
                    problems.add(name + ": Resource constant not declared as owl:Class");
                }
                if (prop) {
                    problems.add(name + ": Resource constant declared as a property");
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void everyDeclaredTermHasAConstant() throws Exception {
        Set<String> fromJava = new TreeSet<>();
        constants().values().forEach(r -> fromJava.add(r.getURI()));
        Set<String> missing = new TreeSet<>(declaredTerms());
        missing.removeAll(fromJava);
        assertTrue(missing.isEmpty(), "ontology terms without NKG constant: " + missing);
    }

    @Test
    void eventSubclassesAreTheOntologysSubclassesOfEventAtAnyDepth() {
        Set<String> declared = new TreeSet<>();
        List<Resource> frontier = new ArrayList<>(List.of(ontology.getResource(NKG.Event.getURI())));
        while (!frontier.isEmpty()) {
            Resource parent = frontier.remove(frontier.size() - 1);
            ontology.listSubjectsWithProperty(RDFS.subClassOf, parent).forEachRemaining(sub -> {
                if (declared.add(sub.getURI())) {
                    frontier.add(sub);
                }
            });
        }
        Set<String> listed = new TreeSet<>();
        NKG.EVENT_SUBCLASSES.forEach(r -> listed.add(r.getURI()));
        assertEquals(declared, listed, "NKG.EVENT_SUBCLASSES against the ontology");
    }

    @Test
    void noTermIsBothObjectAndDatatypeProperty() {
        List<String> both = new ArrayList<>();
        ontology.listSubjectsWithProperty(RDF.type, OWL.ObjectProperty).forEachRemaining(s -> {
            if (ontology.contains(s, RDF.type, OWL.DatatypeProperty)) {
                both.add(s.getURI());
            }
        });
        assertTrue(both.isEmpty(), "declared as both: " + both);
    }

    @Test
    void everyTermHasOneLineLabelAndComment() {
        List<String> problems = new ArrayList<>();
        for (String iri : declaredTerms()) {
            Resource term = ontology.getResource(iri);
            for (Property p : List.of(RDFS.label, RDFS.comment)) {
                List<Statement> values = ontology.listStatements(term, p, (RDFNode) null).toList();
                if (values.size() != 1) {
                    problems.add(iri + ": expected one " + p.getLocalName() + ", found " + values.size());
                    continue;
                }
                RDFNode v = values.get(0).getObject();
                if (!v.isLiteral() || v.asLiteral().getLexicalForm().isBlank()) {
                    problems.add(iri + ": empty or non-literal " + p.getLocalName());
                } else if (v.asLiteral().getLexicalForm().contains("\n")) {
                    problems.add(iri + ": " + p.getLocalName() + " spans several lines");
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /** Catches typos: any nkg: IRI used anywhere in the ontology must be a declared term. */
    @Test
    void everyReferencedNkgTermIsDeclared() {
        Set<String> declared = declaredTerms();
        Set<String> undeclared = new TreeSet<>();
        ontology.listStatements().forEachRemaining(st -> {
            for (RDFNode n : List.of(st.getSubject(), st.getPredicate(), st.getObject())) {
                if (n.isURIResource() && n.asResource().getURI().startsWith(NKG.NS)
                        && !declared.contains(n.asResource().getURI())) {
                    undeclared.add(n.asResource().getURI());
                }
            }
        });
        assertTrue(undeclared.isEmpty(), "used but not declared: " + undeclared);
    }

    @Test
    void keyAlignmentsArePresent() {
        Resource semActor = ontology.getResource("http://semanticweb.cs.vu.nl/2009/11/sem/Actor");
        Resource semEvent = ontology.getResource("http://semanticweb.cs.vu.nl/2009/11/sem/Event");
        Resource schemaNewsArticle = ontology.getResource("https://schema.org/NewsArticle");
        assertTrue(ontology.contains(NKG.Actor, RDFS.subClassOf, PROV.Agent));
        assertTrue(ontology.contains(NKG.Actor, RDFS.subClassOf, semActor));
        assertTrue(ontology.contains(NKG.Event, RDFS.subClassOf, semEvent));
        assertTrue(ontology.contains(NKG.Event, RDFS.subClassOf, PROV.Entity));
        assertTrue(ontology.contains(NKG.Article, RDFS.subClassOf, schemaNewsArticle));
        assertTrue(ontology.contains(NKG.DroneStrike, RDFS.subClassOf, NKG.Airstrike));
        assertTrue(ontology.contains(NKG.Airstrike, RDFS.subClassOf, NKG.Attack));
        assertTrue(ontology.contains(NKG.mergedWith, RDF.type, OWL.SymmetricProperty));
        assertTrue(ontology.contains(NKG.beginIndex, RDFS.subPropertyOf,
                ontology.getResource("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#beginIndex")));
    }
}
