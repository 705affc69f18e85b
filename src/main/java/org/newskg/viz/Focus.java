package org.newskg.viz;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newskg.viz.NodeLinkGraph.Edge;
import org.newskg.viz.NodeLinkGraph.Kind;
import org.newskg.viz.NodeLinkGraph.Node;

/**
 * What part of the graph to show: node kinds to keep, a date range, and one actor's
 * neighbourhood. Applied in that order: kinds, then dates, then the neighbourhood within what is
 * left. With a date range, dated nodes outside it and undated statements and events are dropped,
 * and undated nodes (actors, units) stay only when linked to a dated node within the range.
 *
 * @param actor a name (whole words, case-insensitive, any name the actor is known by), or null
 * @param depth how many edges away from the actor to go (either direction)
 * @param from  first day (YYYY-MM-DD), or null; a month-only date matches if its month overlaps
 * @param to    last day (YYYY-MM-DD), or null
 * @param kinds the node kinds to keep
 */
public record Focus(String actor, int depth, String from, String to, Set<Kind> kinds) {

    public Focus {
        kinds = kinds == null || kinds.isEmpty() ? EnumSet.allOf(Kind.class) : EnumSet.copyOf(kinds);
        if (depth < 0) {
            throw new IllegalArgumentException("depth must be 0 or more");
        }
    }

    /** Everything. */
    public static Focus all() {
        return new Focus(null, 0, null, null, null);
    }

    /** The focus asked for was empty: no actor goes by that name. */
    public static final class NoSuchActor extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NoSuchActor(String name) {
            super("no actor named '" + name + "' in the graph");
        }
    }

    public NodeLinkGraph apply(NodeLinkGraph g) {
        List<Node> nodes = g.nodes().stream().filter(n -> kinds.contains(n.kind())).toList();
        boolean dated = from != null || to != null;
        if (dated) {
            nodes = nodes.stream().filter(n -> n.date().isEmpty() ? !timeBound(n.kind()) : inRange(n.date())).toList();
        }
        List<Edge> edges = within(g.edges(), nodes);
        if (dated) {
            // Undated nodes (actors, units) stay only next to something dated within the range.
            Set<String> inRange = new HashSet<>();
            nodes.stream().filter(n -> !n.date().isEmpty()).forEach(n -> inRange.add(n.iri()));
            Set<String> linked = new HashSet<>();
            edges.forEach(e -> {
                if (inRange.contains(e.source())) {
                    linked.add(e.target());
                }
                if (inRange.contains(e.target())) {
                    linked.add(e.source());
                }
            });
            nodes = nodes.stream().filter(n -> inRange.contains(n.iri()) || linked.contains(n.iri())).toList();
            edges = within(edges, nodes);
        }
        if (actor != null) {
            nodes = neighbourhood(nodes, edges);
            edges = within(edges, nodes);
        }
        return new NodeLinkGraph(nodes, edges);
    }

    private static boolean timeBound(Kind k) {
        return k == Kind.STATEMENT || k == Kind.EVENT;
    }

    /** Compares on the date's own precision: "2024-01" is within 2024-01-10..2024-01-31. */
    private boolean inRange(String date) {
        return (from == null || date.compareTo(cut(from, date.length())) >= 0)
                && (to == null || date.compareTo(cut(to, date.length())) <= 0);
    }

    private static String cut(String day, int length) {
        return day.length() > length ? day.substring(0, length) : day;
    }

    private static List<Edge> within(List<Edge> edges, List<Node> nodes) {
        Set<String> kept = new HashSet<>();
        nodes.forEach(n -> kept.add(n.iri()));
        return edges.stream().filter(e -> kept.contains(e.source()) && kept.contains(e.target())).toList();
    }

    private List<Node> neighbourhood(List<Node> nodes, List<Edge> edges) {
        Map<String, Set<String>> adjacent = new HashMap<>();
        for (Edge e : edges) {
            adjacent.computeIfAbsent(e.source(), k -> new HashSet<>()).add(e.target());
            adjacent.computeIfAbsent(e.target(), k -> new HashSet<>()).add(e.source());
        }
        Map<String, Integer> distance = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>();
        nodes.stream().filter(n -> (n.kind() == Kind.ACTOR || n.kind() == Kind.UNIT) && named(n, actor)).forEach(n -> {
            distance.put(n.iri(), 0);
            queue.add(n.iri());
        });
        if (queue.isEmpty()) {
            throw new NoSuchActor(actor);
        }
        while (!queue.isEmpty()) {
            String at = queue.poll();
            int d = distance.get(at);
            if (d < depth) {
                for (String next : adjacent.getOrDefault(at, Set.of())) {
                    if (distance.putIfAbsent(next, d + 1) == null) {
                        queue.add(next);
                    }
                }
            }
        }
        return nodes.stream().filter(n -> distance.containsKey(n.iri())).toList();
    }

    /** Whole words, case-insensitive, in any of the node's names ("Ryder" names "Pat Ryder"). */
    static boolean named(Node n, String name) {
        return named(n.names(), name);
    }

    /** Whether one of the names has the name's words. */
    static boolean named(List<String> names, String name) {
        String wanted = " " + words(name) + " ";
        return !wanted.isBlank() && names.stream().anyMatch(x -> (" " + words(x) + " ").contains(wanted));
    }

    private static String words(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
