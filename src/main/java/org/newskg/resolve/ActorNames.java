package org.newskg.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.newskg.rdf.Iris;
import org.newskg.rdf.NKG;
import org.newskg.store.KgStore;
import org.newskg.store.NodeIdScan;

/**
 * The names resolution compares, read in one pass over the store's actor types and labels:
 * <ul>
 *   <li>{@code people} — each named person (a person IRI, not {@code nkg:anonymous true}) with
 *       the least of its labels, by IRI;</li>
 *   <li>{@code variantLabels} — each actor whose articles label it in more than one way
 *       ("Mohammed Shia' Al-Sudani" and "Mohammed Shia’ al-Sudani" for one node) with the least
 *       label, which stands for them all.</li>
 * </ul>
 * These are what the SPARQL {@code SELECT ?actor (MIN(?l) AS ?label) { ?actor a nkg:Person ;
 * rdfs:label ?l . FILTER NOT EXISTS { ?actor nkg:anonymous true } } GROUP BY ?actor} and {@code
 * … { ?actor a nkg:Actor ; rdfs:label ?l } GROUP BY ?actor HAVING (COUNT(DISTINCT ?l) > 1)}
 * give over the union of the graphs; as node ids, the scans decode only the actors and their
 * distinct labels, where those queries looked up and decoded every actor's label in every
 * article that names it (1.9 million labels at 100,000 articles).
 */
record ActorNames(Map<String, String> people, Map<String, String> variantLabels) {

    private static final String PERSON_IRI_PREFIX = Iris.actor("person") + "/";
    private static final Node TRUE = NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean);

    static ActorNames read(KgStore store) {
        return store.readNodeIds(scan -> {
            Set<NodeId> persons = subjects(scan, RDF.type.asNode(), NKG.Person.asNode());
            Set<NodeId> actors = subjects(scan, RDF.type.asNode(), NKG.Actor.asNode());
            Set<NodeId> anonymous = subjects(scan, NKG.anonymous.asNode(), TRUE);
            // Each actor's or person's distinct labels (a node id stands for one term).
            Map<NodeId, List<NodeId>> labels = new HashMap<>();
            scan.forEach(RDFS.label.asNode(), Node.ANY, (g, s, o) -> {
                if (persons.contains(s) || actors.contains(s)) {
                    List<NodeId> ids = labels.computeIfAbsent(s, k -> new ArrayList<>(1));
                    if (!ids.contains(o)) {
                        ids.add(o);
                    }
                }
            });
            Map<String, String> people = new TreeMap<>();
            for (NodeId person : persons) {
                Node iri = scan.node(person);
                List<NodeId> ids = labels.get(person);
                if (ids != null && !anonymous.contains(person) && iri.isURI() && iri.getURI().startsWith(PERSON_IRI_PREFIX)) {
                    people.put(iri.getURI(), least(scan, ids));
                }
            }
            Map<String, String> variantLabels = new HashMap<>();
            for (NodeId actor : actors) {
                List<NodeId> ids = labels.get(actor);
                if (ids != null && ids.size() > 1) {
                    variantLabels.put(scan.node(actor).getURI(), least(scan, ids));
                }
            }
            return new ActorNames(people, variantLabels);
        });
    }

    private static Set<NodeId> subjects(NodeIdScan scan, Node predicate, Node object) {
        Set<NodeId> subjects = new HashSet<>();
        scan.forEach(predicate, object, (g, s, o) -> subjects.add(s));
        return subjects;
    }

    /** The least label (SPARQL's MIN over plain strings: by code unit). */
    private static String least(NodeIdScan scan, List<NodeId> ids) {
        String least = null;
        for (NodeId id : ids) {
            String label = scan.node(id).getLiteralLexicalForm();
            if (least == null || label.compareTo(least) < 0) {
                least = label;
            }
        }
        return least;
    }
}
