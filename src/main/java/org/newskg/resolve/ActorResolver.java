package org.newskg.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.newskg.rdf.NKG;
import org.newskg.rdf.Iris;
import org.newskg.store.KgStore;

/**
 * Cross-article actor resolution. Named people are found in each article on their own; this
 * stage links the nodes that name one person across articles, for two reasons it records:
 * <ul>
 *   <li><b>spelling variant</b> — the names fold to the same words (transliteration variants,
 *       short given names, particles and initials: "Mohammad Shia al-Sudani" ~ "Mohammed Shia’
 *       Al-Sudani", "Pat Ryder" ~ "Patrick Ryder");</li>
 *   <li><b>surname</b> — a name that is only the surname of exactly one fuller name in the store
 *       ("Al-Sudani" in an article that never gives his full name).</li>
 * </ul>
 * Reports of one event in several articles are linked too ({@link EventResolver}).
 * The links ({@code nkg:canonical}, {@code nkg:mergeReason}) live in their own named graph,
 * rebuilt from the article graphs on each run: article graphs are never changed, and clearing
 * that graph undoes every merge. Anonymous sources are never merged across articles.
 */
public final class ActorResolver {

    /** One merge: a node, the canonical node it was resolved to, and why. */
    public record Merge(String actor, String actorLabel, String canonical, String canonicalLabel, String reason) {
    }

    private static final String PEOPLE = """
            PREFIX nkg: <https://w3id.org/newskg/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT ?actor (MIN(?l) AS ?label) WHERE {
              ?actor a nkg:Person ; rdfs:label ?l .
              FILTER NOT EXISTS { ?actor nkg:anonymous true }
              FILTER(STRSTARTS(STR(?actor), "https://w3id.org/newskg/id/actor/person/"))
            } GROUP BY ?actor""";

    private final NameFolding folding = NameFolding.load();

    /** Recomputes the merges of people and events from the article graphs and stores them; returns them. */
    public List<Merge> resolve(KgStore store) {
        clear(store);
        List<Merge> merges = new ArrayList<>(merges(people(store)));
        merges.addAll(new EventResolver().merges(store));
        Model m = ModelFactory.createDefaultModel();
        for (Merge merge : merges) {
            Resource actor = m.createResource(merge.actor());
            actor.addProperty(NKG.canonical, m.createResource(merge.canonical()));
            actor.addProperty(NKG.mergeReason, merge.reason());
        }
        store.replaceGraph(Iris.RESOLUTION_GRAPH, m);
        return merges;
    }

    /** Removes every merge (the article graphs are untouched). */
    public static void clear(KgStore store) {
        store.replaceGraph(Iris.RESOLUTION_GRAPH, ModelFactory.createDefaultModel());
    }

    private Map<String, String> people(KgStore store) {
        Map<String, String> people = new TreeMap<>();
        store.query(QueryFactory.create(PEOPLE), Map.of(), exec -> {
            exec.execSelect().forEachRemaining(s -> people.put(s.getResource("actor").getURI(), s.getLiteral("label").getString()));
            return null;
        });
        return people;
    }

    List<Merge> merges(Map<String, String> people) {
        Map<List<String>, List<String>> byFolded = new LinkedHashMap<>();
        people.forEach((iri, label) -> byFolded.computeIfAbsent(folding.fold(label), k -> new ArrayList<>()).add(iri));
        List<Merge> merges = new ArrayList<>();
        Map<String, String> canonicalOf = new HashMap<>();
        // Spelling variants: the same folded words.
        for (List<String> group : byFolded.values()) {
            if (group.size() < 2) {
                continue;
            }
            String canonical = group.stream().max(byLabel(people)).orElseThrow();
            for (String iri : group) {
                if (!iri.equals(canonical)) {
                    merges.add(new Merge(iri, people.get(iri), canonical, people.get(canonical),
                            "spelling variant: '" + people.get(iri) + "' and '" + people.get(canonical) + "' fold to '"
                                    + String.join(" ", folding.fold(people.get(canonical))) + "'"));
                    canonicalOf.put(iri, canonical);
                }
            }
        }
        // Bare surnames: exactly one fuller name (after variant merges) ends with the same words.
        for (var e : byFolded.entrySet()) {
            List<String> folded = e.getKey();
            if (folded.size() != 1) {
                continue;
            }
            List<String> fuller = byFolded.entrySet().stream()
                    .filter(o -> o.getKey().size() > 1 && o.getKey().get(o.getKey().size() - 1).equals(folded.get(0)))
                    .map(o -> o.getValue().stream().map(iri -> canonicalOf.getOrDefault(iri, iri)).distinct().toList())
                    .flatMap(List::stream).distinct().toList();
            if (fuller.size() != 1) {
                continue;
            }
            String canonical = fuller.get(0);
            for (String iri : e.getValue()) {
                merges.add(new Merge(iri, people.get(iri), canonical, people.get(canonical),
                        "surname: '" + people.get(iri) + "' is the surname of '" + people.get(canonical)
                                + "', the only person of that surname in the store"));
            }
        }
        merges.sort(Comparator.comparing(Merge::actor));
        return merges;
    }

    /** The fuller, then alphabetically first, label stands for the group. */
    private static Comparator<String> byLabel(Map<String, String> people) {
        return Comparator.<String>comparingInt(iri -> people.get(iri).split("\\s+").length)
                .thenComparing(iri -> people.get(iri).length())
                .thenComparing((String iri) -> people.get(iri), Comparator.reverseOrder());
    }
}
