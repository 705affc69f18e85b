package org.newskg.resolve;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.newskg.extract.Names;
import org.newskg.rdf.Iris;
import org.newskg.store.KgStore;

/**
 * Links the reports of one agreement across articles. Each article's report is the agreement node
 * in that article's graph (reports with the same parties and the same established thing already
 * share a node). Two agreement nodes are linked when they have the same parties (through the
 * canonical actors) and establish the same thing: the labels of what they establish are the
 * same words once determiners, "new", the parties' own names ("the U.S.-Iraq Higher Military
 * Commission" by the United States and Iraq) and a plural ending are set aside. The node with
 * the most reporting articles (then the first IRI) stands for the group. Agreements that
 * establish nothing named ("signed an agreement") are identified by too little to link.
 *
 * <p>For each group reported by two or more articles, {@link LinkedDates} decides the date the
 * linked view carries (an article's "last summer" refined by another's "August 2023"), or why
 * there is none.
 */
final class AgreementResolver {

    /** The links and the linked dates of the canonical agreements. */
    record Result(List<ActorResolver.Merge> merges, List<ActorResolver.LinkedDate> dates) {
    }

    private static final String REPORTS = """
            PREFIX nkg: <https://w3id.org/newskg/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT ?a ?g ?party ?est ?estLabel ?d ?nb ?na WHERE {
              GRAPH ?g {
                ?a a nkg:Agreement ; nkg:establishes ?est .
                OPTIONAL { ?a nkg:party ?party }
                OPTIONAL { ?a nkg:date ?d }
                OPTIONAL { ?a nkg:notBefore ?nb ; nkg:notAfter ?na }
              }
              OPTIONAL { ?est rdfs:label ?estLabel }
              FILTER(STRSTARTS(STR(?g), "%s"))
            }""".formatted(Iris.GRAPH_PREFIX);

    private static final String PARTY_NAMES = """
            PREFIX nkg: <https://w3id.org/newskg/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            SELECT DISTINCT ?party ?name WHERE {
              ?a a nkg:Agreement ; nkg:party ?party .
              { ?party rdfs:label ?name } UNION { ?party skos:altLabel ?name }
            }""";

    private static final Set<String> SET_ASIDE = Set.of("a", "an", "the", "new");

    /** One article's report of one agreement node. */
    private static final class Report {
        final String agreement;
        final String article;
        final Set<String> parties = new TreeSet<>();
        final Set<String> established = new TreeSet<>();
        final Set<String> dates = new TreeSet<>();
        YearMonth notBefore;
        YearMonth notAfter;

        Report(String agreement, String article) {
            this.agreement = agreement;
            this.article = article;
        }
    }

    Result resolve(KgStore store, Map<String, String> actorCanonical) {
        Map<List<String>, Report> reports = new TreeMap<>(Comparator.comparing((List<String> k) -> k.get(0)).thenComparing(k -> k.get(1)));
        store.query(QueryFactory.create(REPORTS), Map.of(), exec -> {
            exec.execSelect().forEachRemaining(s -> {
                String article = Iris.articleIdOfGraph(s.getResource("g").getURI());
                String agreement = s.getResource("a").getURI();
                Report r = reports.computeIfAbsent(List.of(agreement, article), k -> new Report(agreement, article));
                if (s.contains("party")) {
                    String party = s.getResource("party").getURI();
                    r.parties.add(actorCanonical.getOrDefault(party, party));
                }
                r.established.add(s.contains("estLabel") ? s.getLiteral("estLabel").getString() : Iris.shortName(s.getResource("est").getURI()));
                if (s.contains("d")) {
                    r.dates.add(s.getLiteral("d").getLexicalForm());
                }
                if (s.contains("nb")) {
                    r.notBefore = min(r.notBefore, YearMonth.parse(s.getLiteral("nb").getLexicalForm()));
                    r.notAfter = max(r.notAfter, YearMonth.parse(s.getLiteral("na").getLexicalForm()));
                }
            });
            return null;
        });
        Map<String, List<List<String>>> partyNames = partyNames(store, actorCanonical);

        // Groups: same canonical parties, same set-aside label of what is established.
        Map<String, List<Report>> groups = new TreeMap<>();
        for (Report r : reports.values()) {
            String label = r.established.iterator().next();
            groups.computeIfAbsent(String.join("+", r.parties) + " | " + String.join(" ", normalised(label, r.parties, partyNames)),
                    k -> new ArrayList<>()).add(r);
        }
        List<ActorResolver.Merge> merges = new ArrayList<>();
        List<ActorResolver.LinkedDate> dates = new ArrayList<>();
        for (var e : groups.entrySet()) {
            List<Report> group = e.getValue();
            Map<String, Set<String>> articlesOf = new TreeMap<>();
            group.forEach(r -> articlesOf.computeIfAbsent(r.agreement, k -> new TreeSet<>()).add(r.article));
            String canonical = articlesOf.keySet().stream()
                    .max(Comparator.<String>comparingInt(a -> articlesOf.get(a).size()).thenComparing(Comparator.reverseOrder()))
                    .orElseThrow();
            String what = e.getKey().substring(e.getKey().indexOf(" | ") + 3);
            for (String node : articlesOf.keySet()) {
                if (!node.equals(canonical)) {
                    merges.add(new ActorResolver.Merge(node, node, canonical, canonical, "same agreement: parties "
                            + String.join(", ", group.get(0).parties.stream().map(Iris::shortName).toList())
                            + ", both establish '" + what + "' ('" + labelOf(group, node) + "' and '" + labelOf(group, canonical)
                            + "'), reported by " + String.join(", ", articlesOf.get(node)) + " and "
                            + String.join(", ", articlesOf.get(canonical))));
                }
            }
            Set<String> articles = new HashSet<>();
            group.forEach(r -> articles.add(r.article));
            if (articles.size() < 2) {
                continue;
            }
            LinkedDates.Decision d = LinkedDates.decide(perArticle(group));
            if (d != null) {
                dates.add(new ActorResolver.LinkedDate(canonical, d.date(), d.rule()));
            }
        }
        return new Result(merges, dates);
    }

    /** One report per article (an article reporting two linked nodes gives the union of what it says). */
    private static List<LinkedDates.Reported> perArticle(List<Report> group) {
        Map<String, List<Report>> byArticle = new TreeMap<>();
        group.forEach(r -> byArticle.computeIfAbsent(r.article, k -> new ArrayList<>()).add(r));
        List<LinkedDates.Reported> out = new ArrayList<>();
        byArticle.forEach((article, rs) -> {
            Set<String> dates = new TreeSet<>();
            YearMonth nb = null;
            YearMonth na = null;
            for (Report r : rs) {
                dates.addAll(r.dates);
                nb = r.notBefore == null ? nb : min(nb, r.notBefore);
                na = r.notAfter == null ? na : max(na, r.notAfter);
            }
            out.add(new LinkedDates.Reported(article, dates, nb, na));
        });
        return out;
    }

    /**
     * The words of what an agreement establishes, without determiners, "new", the words of a
     * party's name and a final plural "s": "the U.S.-Iraq Higher Military Commission" with parties
     * the United States ("U.S.") and Iraq → [higher, military, commission].
     */
    static List<String> normalised(String label, Set<String> parties, Map<String, List<List<String>>> partyNames) {
        List<String> words = new ArrayList<>(Names.words(label));
        words.removeIf(SET_ASIDE::contains);
        for (String party : parties) {
            for (List<String> name : partyNames.getOrDefault(party, List.of())) {
                for (int i = 0; !name.isEmpty() && i + name.size() <= words.size(); ) {
                    if (words.subList(i, i + name.size()).equals(name) && words.size() > name.size()) {
                        words.subList(i, i + name.size()).clear();
                    } else {
                        i++;
                    }
                }
            }
        }
        if (!words.isEmpty()) {
            String last = words.get(words.size() - 1);
            if (last.length() > 3 && last.endsWith("s") && !last.endsWith("ss")) {
                words.set(words.size() - 1, last.substring(0, last.length() - 1));
            }
        }
        return words;
    }

    /** Every name (label, alternative label) of each party, as words, longest first. */
    private static Map<String, List<List<String>>> partyNames(KgStore store, Map<String, String> actorCanonical) {
        Map<String, Set<List<String>>> names = new TreeMap<>();
        store.query(QueryFactory.create(PARTY_NAMES), Map.of(), exec -> {
            exec.execSelect().forEachRemaining((QuerySolution s) -> {
                String party = s.getResource("party").getURI();
                List<String> words = Names.words(s.getLiteral("name").getString());
                if (!words.isEmpty()) {
                    names.computeIfAbsent(actorCanonical.getOrDefault(party, party), k -> new HashSet<>()).add(words);
                }
            });
            return null;
        });
        Map<String, List<List<String>>> out = new TreeMap<>();
        names.forEach((party, set) -> out.put(party, set.stream()
                .sorted(Comparator.<List<String>>comparingInt(List::size).reversed().thenComparing(Object::toString)).toList()));
        return out;
    }

    private static String labelOf(List<Report> group, String node) {
        return group.stream().filter(r -> r.agreement.equals(node)).map(r -> r.established.iterator().next()).findFirst().orElse("");
    }

    private static YearMonth min(YearMonth a, YearMonth b) {
        return a == null || b.isBefore(a) ? b : a;
    }

    private static YearMonth max(YearMonth a, YearMonth b) {
        return a == null || b.isAfter(a) ? b : a;
    }
}
