package org.newskg.viz;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A node-link view of the knowledge graph for graph tools: actors, statements, events, military
 * units and agreements as typed, labelled nodes, and edges labelled by relation ("said", "about",
 * "agent", "target", "partOf", "party" …). Nodes are sorted by IRI, edges by (source, target,
 * relation), so the same store always gives the same view.
 */
public record NodeLinkGraph(List<Node> nodes, List<Edge> edges) {

    public NodeLinkGraph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /** What a node stands for; each kind can be kept or dropped with {@code viz --types}. */
    public enum Kind {
        ACTOR, STATEMENT, EVENT, UNIT, AGREEMENT;

        public String cliName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * A node. {@code type} is its most specific ontology class (local name, e.g. "Person",
     * "DroneStrike"); {@code date} is empty when unknown; {@code articles} are the ids of the
     * articles it was read in; {@code names} every name it is known by (for actors).
     */
    public record Node(String iri, Kind kind, String type, String label, String date, List<String> articles,
            List<String> names) {
        public Node {
            articles = List.copyOf(articles);
            names = List.copyOf(names);
        }

        /** The article ids, space-separated (the form every writer uses). */
        public String article() {
            return String.join(" ", articles);
        }
    }

    /** A directed edge between two node IRIs. */
    public record Edge(String source, String target, String relation) implements Comparable<Edge> {
        @Override
        public int compareTo(Edge o) {
            int c = source.compareTo(o.source);
            if (c == 0) {
                c = target.compareTo(o.target);
            }
            return c != 0 ? c : relation.compareTo(o.relation);
        }
    }

    /**
     * Short, tool-safe ids in node order ({@code n0}, {@code n1} …): IRIs are not valid ids in
     * GraphML (NMTOKEN) and read badly in DOT. The IRI itself is written as an attribute.
     */
    public Map<String, String> shortIds() {
        Map<String, String> ids = new LinkedHashMap<>();
        for (Node n : nodes) {
            ids.put(n.iri(), "n" + ids.size());
        }
        return ids;
    }
}
