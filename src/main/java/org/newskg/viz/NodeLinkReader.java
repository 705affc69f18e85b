package org.newskg.viz;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
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

    /** A view read within a budget, and whether it was cut at the budget's quad cap. */
    public record Bounded(NodeLinkGraph graph, boolean cut) {
    }

    /** A bounded read that ran past its time limit. */
    public static final class TimedOut extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TimedOut() {
            super("the view took longer than the time limit");
        }
    }

    /**
     * The graph {@code focus} is applied to, reading only what it needs: with an actor, the nodes
     * within {@code depth} edges of those with the name (one edge more with a date range, which keeps
     * an undated node next to a dated one) and every quad about them; else the whole store. At most
     * {@code maxQuads} quads, nearest nodes first (the result is then cut); {@link TimedOut} past
     * {@code limit}. Applying the focus to it gives the view {@code focus.apply(read(store))} gives.
     */
    public static Bounded read(KgStore store, Focus focus, Duration limit, long maxQuads) {
        NodeLinkReader reader = new NodeLinkReader(loadOntology());
        Snapshot snap = store.read(ds -> reader.around(ds.asDatasetGraph(), focus, new Snapshot(System.nanoTime() + limit.toNanos(), maxQuads)));
        return new Bounded(reader.build(snap), snap.cut);
    }

    /** Quads read into memory (their triples, and the articles each subject was read in), within a budget. */
    private static final class Snapshot {
        final Model union = ModelFactory.createDefaultModel();
        final Map<Resource, Set<String>> articles = new HashMap<>();
        private final long deadline;
        private final long maxQuads;
        private long quads;
        private long looked;
        boolean cut;

        Snapshot(long deadline, long maxQuads) {
            this.deadline = deadline;
            this.maxQuads = maxQuads;
        }

        /** False (and cut) when the cap is reached. */
        boolean add(Quad q) {
            tick();
            if (quads >= maxQuads) {
                cut = true;
                return false;
            }
            quads++;
            union.getGraph().add(q.asTriple());
            String id = q.getGraph().isURI() && !Quad.isDefaultGraph(q.getGraph()) ? Iris.articleIdOfGraph(q.getGraph().getURI()) : null;
            if (id != null) {
                articles.computeIfAbsent(union.wrapAsResource(q.getSubject()), k -> new TreeSet<>()).add(id);
            }
            return true;
        }

        /** Counts a look at the store; past the deadline, {@link TimedOut}. */
        void tick() {
            if ((++looked & 255) == 0 && System.nanoTime() - deadline > 0) {
                throw new TimedOut();
            }
        }

        boolean full() {
            return quads >= maxQuads;
        }
    }

    private static Snapshot copy(DatasetGraph dsg) {
        Snapshot snap = new Snapshot(Long.MAX_VALUE, Long.MAX_VALUE);
        dsg.find().forEachRemaining(snap::add);
        return snap;
    }

    private Snapshot around(DatasetGraph dsg, Focus focus, Snapshot snap) {
        if (focus.actor() == null) {
            for (Iterator<Quad> it = dsg.find(); it.hasNext() && snap.add(it.next());) {
                // copied
            }
            return snap;
        }
        int reach = focus.depth() + (focus.from() != null || focus.to() != null ? 1 : 0);
        Map<Node, Integer> distance = new LinkedHashMap<>();
        Deque<Node> queue = new ArrayDeque<>();
        for (Property name : List.of(RDFS.label, SKOS.altLabel)) {
            dsg.find(Node.ANY, Node.ANY, name.asNode(), Node.ANY).forEachRemaining(q -> {
                snap.tick();
                if (q.getObject().isLiteral() && Focus.named(List.of(q.getObject().getLiteralLexicalForm()), focus.actor())) {
                    Node c = canonical(dsg, q.getSubject());
                    if (distance.putIfAbsent(c, 0) == null) {
                        queue.add(c);
                    }
                }
            });
        }
        while (!queue.isEmpty() && distance.size() < snap.maxQuads) {
            Node at = queue.poll();
            int d = distance.get(at);
            if (d < reach) {
                for (Node member : members(dsg, at, snap)) {
                    dsg.find(Node.ANY, member, Node.ANY, Node.ANY).forEachRemaining(q -> step(dsg, q, q.getObject(), d, distance, queue, snap));
                    dsg.find(Node.ANY, Node.ANY, Node.ANY, member).forEachRemaining(q -> step(dsg, q, q.getSubject(), d, distance, queue, snap));
                }
            }
        }
        for (Node node : distance.keySet()) {
            for (Node member : members(dsg, node, snap)) {
                for (Iterator<Quad> it = dsg.find(Node.ANY, member, Node.ANY, Node.ANY); it.hasNext();) {
                    if (!snap.add(it.next())) {
                        return snap;
                    }
                }
            }
        }
        return snap;
    }

    /** Follows a quad's link to {@code other} when it is an edge to a node not seen yet. */
    private void step(DatasetGraph dsg, Quad q, Node other, int d, Map<Node, Integer> distance, Deque<Node> queue, Snapshot snap) {
        snap.tick();
        Node p = q.getPredicate();
        if (!other.isURI() || !p.isURI() || !p.getURI().startsWith(NKG.NS) || NOT_EDGE_NODES.contains(p)) {
            return;
        }
        Node c = canonical(dsg, other);
        if (!distance.containsKey(c) && kind(dsg, c) != null) {
            distance.put(c, d + 1);
            queue.add(c);
        }
    }

    private static final Set<Node> NOT_EDGE_NODES = Set.of(NKG.canonical.asNode(), NKG.mergedWith.asNode(), NKG.evidence.asNode());

    /** The node a resource is drawn as: its canonical node, or itself. */
    private static Node canonical(DatasetGraph dsg, Node r) {
        Iterator<Quad> it = dsg.find(Node.ANY, r, NKG.canonical.asNode(), Node.ANY);
        Node c = r;
        while (it.hasNext()) {
            c = it.next().getObject();
        }
        return c;
    }

    /** The node and every resource merged into it. */
    private static List<Node> members(DatasetGraph dsg, Node c, Snapshot snap) {
        List<Node> members = new ArrayList<>(List.of(c));
        dsg.find(Node.ANY, Node.ANY, NKG.canonical.asNode(), c).forEachRemaining(q -> {
            snap.tick();
            if (!members.contains(q.getSubject())) {
                members.add(q.getSubject());
            }
        });
        return members;
    }

    /** The kind of a node in the store, as {@link #kind(Model, Resource)}. */
    private Kind kind(DatasetGraph dsg, Node r) {
        Set<Resource> supers = new HashSet<>();
        dsg.find(Node.ANY, r, RDF.type.asNode(), Node.ANY).forEachRemaining(q -> {
            if (q.getObject().isURI()) {
                supers.addAll(superClasses(ontology.createResource(q.getObject().getURI())));
            }
        });
        return KINDS.stream().filter(e -> supers.contains(e.getKey())).map(Map.Entry::getValue).findFirst().orElse(null);
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
        Model m = snap.union;
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
        members.forEach((r, group) -> nodes.add(node(m, r, group, snap.articles)));

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
