package org.newskg.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.query.QueryFactory;
import org.newskg.rdf.Iris;
import org.newskg.store.KgStore;

/**
 * Links the reports of one deployment across articles: military units stationed somewhere
 * ({@code nkg:stationedIn}) that are part of the same forces ({@code nkg:partOf}) in the same
 * place, both through the canonical actors. Deployments the extractor finds for the same forces
 * and place already share a node, one report per article graph; this links the nodes that do
 * not (other keys, other sources of data). The node with the most reporting articles (then the
 * first IRI) stands for the group. Figures are never merged: each article's {@code nkg:strength}
 * stays in its graph and the {@code military-units} query shows the linked figures side by side.
 */
final class DeploymentResolver {

    private static final String DEPLOYMENTS = """
            PREFIX nkg: <https://w3id.org/newskg/ontology#>
            SELECT DISTINCT ?u ?g ?forces ?place WHERE {
              GRAPH ?g { ?u nkg:stationedIn ?place ; nkg:partOf ?forces }
              FILTER(STRSTARTS(STR(?g), "%s"))
            }""".formatted(Iris.GRAPH_PREFIX);

    List<ActorResolver.Merge> merges(KgStore store, Map<String, String> actorCanonical) {
        // (forces, place) → node → articles
        Map<String, Map<String, Set<String>>> groups = new TreeMap<>();
        store.query(QueryFactory.create(DEPLOYMENTS), Map.of(), exec -> {
            exec.execSelect().forEachRemaining(s -> {
                String forces = s.getResource("forces").getURI();
                String place = s.getResource("place").getURI();
                String key = actorCanonical.getOrDefault(forces, forces) + " " + actorCanonical.getOrDefault(place, place);
                groups.computeIfAbsent(key, k -> new TreeMap<>())
                        .computeIfAbsent(s.getResource("u").getURI(), k -> new TreeSet<>())
                        .add(Iris.articleIdOfGraph(s.getResource("g").getURI()));
            });
            return null;
        });
        List<ActorResolver.Merge> merges = new ArrayList<>();
        Set<String> linked = new TreeSet<>(); // a node reported as part of two forces stays in its first group
        groups.forEach((key, nodes) -> {
            nodes.keySet().removeIf(linked::contains);
            linked.addAll(nodes.keySet());
            if (nodes.size() < 2) {
                return;
            }
            String canonical = nodes.keySet().stream()
                    .max(Comparator.<String>comparingInt(n -> nodes.get(n).size()).thenComparing(Comparator.reverseOrder()))
                    .orElseThrow();
            String[] forcesPlace = key.split(" ");
            nodes.forEach((node, articles) -> {
                if (!node.equals(canonical)) {
                    merges.add(new ActorResolver.Merge(node, Iris.shortName(node), canonical, Iris.shortName(canonical),
                            "same deployment: forces " + Iris.shortName(forcesPlace[0]) + " in "
                                    + Iris.shortName(forcesPlace[1]) + ", reported by " + String.join(", ", articles)
                                    + " and " + String.join(", ", nodes.get(canonical))));
                }
            });
        });
        return merges;
    }
}
