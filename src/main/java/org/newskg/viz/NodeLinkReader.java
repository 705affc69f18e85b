package org.newskg.viz;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.newskg.rdf.Iris;
import org.newskg.rdf.NKG;
import org.newskg.store.KgStore;
import org.newskg.viz.NodeLinkGraph.Edge;
import org.newskg.viz.NodeLinkGraph.Kind;

/**
 * Builds the {@link NodeLinkGraph} of a store, once. Generic over the vocabulary: a node is
 * anything typed with a subclass (per {@code ontology/newskg.ttl}) of nkg:Actor, nkg:Statement,
 * nkg:Event, nkg:MilitaryUnit or nkg:Agreement; an edge is any nkg: object property between two
 * nodes, labelled by its local name ({@code nkg:speaker} is drawn the other way, as "said").
 * Actors merged across articles ({@code nkg:canonical}) become their canonical node.
 */
public final class NodeLinkReader {

    /** Links that are bookkeeping, not relations worth drawing. */
    private static final Set<Property> NOT_EDGES = Set.of(NKG.canonical, NKG.mergedWith, NKG.evidence);

    /** Kind by class, most specific first (a military unit is also an actor). */
    private static final List<Map.Entry<Resource, Kind>> KINDS = List.of(
            Map.entry(NKG.MilitaryUnit, Kind.UNIT), Map.entry(NKG.Statement, Kind.STATEMENT),
            Map.entry(NKG.Event, Kind.EVENT), Map.entry(NKG.Agreement, Kind.AGREEMENT), Map.entry(NKG.Actor, Kind.ACTOR));

    private final Model ontology;
    private final Map<Resource, Set<Resource>> superClasses = new HashMap<>();

    private NodeLinkReader(Model ontology) {
        this.ontology = ontology;
    }

    public static NodeLinkGraph read(KgStore store) {
        return new NodeLinkReader(loadOntology()).build(store.read(ds -> copy(ds.asDatasetGraph())));
    }

    /** The union of all graphs in memory, and the articles each subject was read in. */
    private record Snapshot(Model union, Map<Resource, Set<String>> articles) {
    }

    private static Snapshot copy(DatasetGraph dsg) {
        Model union = ModelFactory.createDefaultModel();
        Map<Resource, Set<String>> articles = new HashMap<>();
        dsg.find().forEachRemaining(q -> {
            union.getGraph().add(q.asTriple());
            String id = q.getGraph().isURI() && !Quad.isDefaultGraph(q.getGraph()) ? Iris.articleIdOfGraph(q.getGraph().getURI()) : null;
            if (id != null) {
                articles.computeIfAbsent(union.wrapAsResource(q.getSubject()), k -> new TreeSet<>()).add(id);
            }
        });
        return new Snapshot(union, articles);
    }

    private static Model loadOntology() {
        try (InputStream in = NodeLinkReader.class.getResourceAsStream("/newskg/ontology/newskg.ttl")) {
            if (in == null) {
                throw new IOException("newskg/ontology/newskg.ttl is not on the classpath");
            }
            Model m = ModelFactory.createDefaultModel();
            RDFDataMgr.read(m, in, Lang.TURTLE);
            return m;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private NodeLinkGraph build(Snapshot snap) {
        Model m = snap.union();
        Map<Resource, Resource> canonical = new HashMap<>();
        m.listStatements(null, NKG.canonical, (RDFNode) null)
                .forEachRemaining(s -> canonical.put(s.getSubject(), s.getResource()));

        // Group every typed node under its canonical node.
        Map<Resource, List<Resource>> members = new TreeMap<>((a, b) -> a.getURI().compareTo(b.getURI()));
        m.listSubjectsWithProperty(RDF.type).forEachRemaining(r -> {
            if (r.isURIResource() && kind(m, r) != null) {
                members.computeIfAbsent(canonical.getOrDefault(r, r), k -> new ArrayList<>()).add(r);
            }
        });
        members.keySet().removeIf(r -> kind(m, r) == null);

        List<NodeLinkGraph.Node> nodes = new ArrayList<>();
        members.forEach((r, group) -> nodes.add(node(m, r, group, snap.articles())));

        Set<Edge> edges = new TreeSet<>();
        m.listStatements().forEachRemaining(st -> edge(st, canonical, members.keySet()).ifPresent(edges::add));
        return new NodeLinkGraph(nodes, new ArrayList<>(edges));
    }

    private static java.util.Optional<Edge> edge(Statement st, Map<Resource, Resource> canonical, Set<Resource> nodes) {
        Property p = st.getPredicate();
        if (!NKG.NS.equals(p.getNameSpace()) || NOT_EDGES.contains(p) || !st.getObject().isURIResource()) {
            return java.util.Optional.empty();
        }
        Resource s = canonical.getOrDefault(st.getSubject(), st.getSubject());
        Resource o = canonical.getOrDefault(st.getResource(), st.getResource());
        if (s.equals(o) || !nodes.contains(s) || !nodes.contains(o)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(p.equals(NKG.speaker) ? new Edge(o.getURI(), s.getURI(), "said")
                : new Edge(s.getURI(), o.getURI(), p.getLocalName()));
    }

    private NodeLinkGraph.Node node(Model m, Resource r, List<Resource> group, Map<Resource, Set<String>> articlesOf) {
        Kind kind = kind(m, r);
        Set<String> names = new TreeSet<>();
        Set<String> articles = new TreeSet<>();
        for (Resource member : group) {
            member.listProperties(RDFS.label).forEachRemaining(s -> names.add(s.getString()));
            member.listProperties(SKOS.altLabel).forEachRemaining(s -> names.add(s.getString()));
            articles.addAll(articlesOf.getOrDefault(member, Set.of()));
        }
        String type = type(m, r);
        String date = min(m, r, NKG.date);
        String label = kind == Kind.STATEMENT ? min(m, r, NKG.text) : min(m, r, RDFS.label);
        if (label.isEmpty()) {
            label = date.isEmpty() ? type : type + " " + date;
        }
        return new NodeLinkGraph.Node(r.getURI(), kind, type, label, date, new ArrayList<>(articles), new ArrayList<>(names));
    }

    private static String min(Model m, Resource r, Property p) {
        return m.listObjectsOfProperty(r, p).toList().stream().filter(RDFNode::isLiteral)
                .map(n -> n.asLiteral().getLexicalForm()).min(String::compareTo).orElse("");
    }

    /** The node's kind, from the most specific of its classes; null when it is not a node. */
    private Kind kind(Model m, Resource r) {
        Set<Resource> supers = new HashSet<>();
        m.listObjectsOfProperty(r, RDF.type).forEachRemaining(t -> {
            if (t.isURIResource()) {
                supers.addAll(superClasses(t.asResource()));
            }
        });
        return KINDS.stream().filter(e -> supers.contains(e.getKey())).map(Map.Entry::getValue).findFirst().orElse(null);
    }

    /** The local name of the most specific nkg: class of the node (ties: alphabetical). */
    private String type(Model m, Resource r) {
        List<Resource> types = m.listObjectsOfProperty(r, RDF.type).toList().stream().filter(RDFNode::isURIResource)
                .map(RDFNode::asResource).filter(t -> NKG.NS.equals(t.getNameSpace())).toList();
        return types.stream()
                .filter(t -> types.stream().noneMatch(o -> !o.equals(t) && superClasses(o).contains(t)))
                .map(Resource::getLocalName).min(String::compareTo).orElse("");
    }

    /** The class and all its superclasses in the ontology. */
    private Set<Resource> superClasses(Resource cls) {
        return superClasses.computeIfAbsent(cls, this::closure);
    }

    private Set<Resource> closure(Resource cls) {
        Set<Resource> seen = new HashSet<>();
        List<Resource> todo = new ArrayList<>(List.of(cls));
        while (!todo.isEmpty()) {
            Resource c = todo.remove(todo.size() - 1);
            if (seen.add(c)) {
                ontology.listObjectsOfProperty(c, RDFS.subClassOf).forEachRemaining(s -> {
                    if (s.isURIResource()) {
                        todo.add(s.asResource());
                    }
                });
            }
        }
        return seen;
    }
}
