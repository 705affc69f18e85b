package org.newskg.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.SKOS;
import org.newskg.rdf.NKG;
import org.newskg.rdf.Iris;
import org.newskg.store.KgStore;
import org.newskg.util.Futures;

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
 * Reports of one event, agreement or deployment in several articles are linked too
 * ({@link EventResolver}, {@link AgreementResolver}, {@link DeploymentResolver}); an agreement
 * reported by several articles gets the date they all allow ({@code nkg:linkedDate}, with
 * {@code nkg:linkedDateRule}).
 * The links ({@code nkg:canonical}, {@code nkg:mergeReason}) live in their own named graph,
 * rebuilt from the article graphs on each run: article graphs are never changed, and clearing
 * that graph undoes every merge. Anonymous sources are never merged across articles.
 */
public final class ActorResolver {

    /** One merge: a node, the canonical node it was resolved to, and why. */
    public record Merge(String actor, String actorLabel, String canonical, String canonicalLabel, String reason) {
    }

    private final NameFolding folding = NameFolding.load();

    /** The date the linked reports of one agreement allow (null when they disagree), and why. */
    public record LinkedDate(String node, String date, String rule) {
    }

    /** Everything one run decided: the links, then the linked dates. */
    public record Resolution(List<Merge> merges, List<LinkedDate> linkedDates) {
    }

    /** Recomputes the merges of people, events, agreements and deployments from the article graphs and stores them; returns them. */
    public List<Merge> resolve(KgStore store) {
        return run(store).merges();
    }

    /**
     * Recomputes every link from the article graphs and stores it in the resolution graph: people
     * before agreements and deployments (which compare their parties and forces through them),
     * events alongside; the merges are listed as people, events, agreements
     * (with their linked dates), deployments.
     */
    public Resolution run(KgStore store) {
        // Resolution reads every actor, event, agreement and deployment and writes links among
        // them all over the indexes: with memory-mapped indexes every page it touched would stay
        // in the process, which would then grow with the store.
        // Two passes, each on the store reopened: the pages cached while reading are dropped
        // before writing the links fills caches of its own, so resolution holds the larger of
        // the two rather than their sum (README, Performance).
        Decisions decisions = store.withDirectFileAccess(() -> decide(store));
        return store.withDirectFileAccess(() -> write(store, decisions));
    }

    /** What one run decided, before it is written: the links, display labels and linked dates. */
    private record Decisions(List<Merge> merges, Map<String, String> labels, List<LinkedDate> dates, int articles) {
    }

    /** Reads the article graphs and decides every link; writes nothing. */
    private Decisions decide(KgStore store) {
        // The resolution graph is not cleared first: nothing here reads what it holds (links,
        // display labels, linked dates), and writing only what changed keeps a re-run cheap.
        // Events depend on nothing else decided here: they are resolved on a second thread (in
        // their own read transaction) while people, agreements, deployments and label variants
        // are on this one. On a large store the two halves take about as long, each bound by
        // reading the store, so they overlap on two cores. The merges keep their order.
        ExecutorService second = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "newskg-resolve");
            t.setDaemon(true); // a failed run does not wait for the other half's query to finish
            return t;
        });
        try {
            int articles = store.articleIds().size();
            Future<List<Merge>> eventMerges = second.submit(() -> new EventResolver().merges(store));
            ActorNames names = ActorNames.read(store);
            List<Merge> peopleMerges = merges(names.people());
            Map<String, String> actorCanonical = new HashMap<>();
            peopleMerges.forEach(x -> actorCanonical.put(x.actor(), x.canonical()));
            AgreementResolver.Result agreements = new AgreementResolver().resolve(store, actorCanonical);
            List<Merge> deploymentMerges = new DeploymentResolver().merges(store, actorCanonical);
            Map<String, String> labels = preferredLabels(names.variantLabels(), peopleMerges);
            List<Merge> merges = new ArrayList<>(peopleMerges);
            merges.addAll(Futures.join(eventMerges, "resolving events"));
            merges.addAll(agreements.merges());
            merges.addAll(deploymentMerges);
            return new Decisions(merges, labels, agreements.dates(), articles);
        } finally {
            second.shutdownNow();
        }
    }

    /** Writes one run's links, display labels and linked dates as the resolution graph. */
    private static Resolution write(KgStore store, Decisions decisions) {
        Model m = ModelFactory.createDefaultModel();
        for (Merge merge : decisions.merges()) {
            Resource actor = m.createResource(merge.actor());
            actor.addProperty(NKG.canonical, m.createResource(merge.canonical()));
            actor.addProperty(NKG.mergeReason, merge.reason());
        }
        decisions.labels().forEach((actor, label) -> m.createResource(actor).addProperty(SKOS.prefLabel, label));
        for (LinkedDate d : decisions.dates()) {
            Resource node = m.createResource(d.node());
            if (d.date() != null) {
                node.addProperty(NKG.linkedDate, m.createTypedLiteral(d.date(),
                        d.date().length() == 10 ? XSDDatatype.XSDdate : XSDDatatype.XSDgYearMonth));
            }
            node.addProperty(NKG.linkedDateRule, d.rule());
        }
        // what the links were computed from, so that an unfinished run shows (ResolutionState)
        m.createResource(Iris.RESOLUTION_GRAPH).addLiteral(NKG.resolvedArticles, (long) decisions.articles());
        store.replaceGraph(Iris.RESOLUTION_GRAPH, m);
        return new Resolution(decisions.merges(), decisions.dates());
    }

    /** Removes every merge (the article graphs are untouched). */
    public static void clear(KgStore store) {
        store.replaceGraph(Iris.RESOLUTION_GRAPH, ModelFactory.createDefaultModel());
    }

    /**
     * One display label ({@code skos:prefLabel}) for every actor that a query could otherwise only
     * label by looking at all its articles: the canonical actor of each merge of people, and each
     * actor labelled in more than one way. Every other actor has one label, in each article graph
     * it appears in, so a query reads it from the graph of the row at hand instead of scanning
     * every article that names a much-cited actor (a country, an agency) for each row.
     */
    private static Map<String, String> preferredLabels(Map<String, String> variantLabels, List<Merge> peopleMerges) {
        Map<String, String> labels = new TreeMap<>(variantLabels);
        peopleMerges.forEach(merge -> labels.putIfAbsent(merge.canonical(), merge.canonicalLabel()));
        return labels;
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
        // Fuller names are indexed by their last word, so this stays linear in the number of names.
        Map<String, List<List<String>>> fullerByLastWord = new HashMap<>();
        for (var e : byFolded.entrySet()) {
            List<String> folded = e.getKey();
            if (folded.size() > 1) {
                fullerByLastWord.computeIfAbsent(folded.get(folded.size() - 1), k -> new ArrayList<>()).add(e.getValue());
            }
        }
        for (var e : byFolded.entrySet()) {
            List<String> folded = e.getKey();
            if (folded.size() != 1) {
                continue;
            }
            List<String> fuller = fullerByLastWord.getOrDefault(folded.get(0), List.of()).stream()
                    .map(group -> group.stream().map(iri -> canonicalOf.getOrDefault(iri, iri)).distinct().toList())
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
