package org.newskg.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.query.QueryFactory;
import org.newskg.rdf.Iris;
import org.newskg.store.KgStore;

/**
 * Links reports of one real event across articles: the same event class, days at most one
 * apart (news in different time zones dates one strike "Tuesday" and "early Wednesday"), and a
 * shared agent, target or place. Aggregates ("more than 60 attacks") are never merged: their
 * figures stay side by side. The earliest report (by date, then IRI) stands for the group.
 */
final class EventResolver {

    private record Report(String iri, String type, LocalDate date, String article, String agent, String target, String place) {
    }

    private static final String EVENTS = """
            PREFIX nkg: <https://w3id.org/newskg/ontology#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            SELECT ?e (MIN(STR(?class)) AS ?type) (MIN(STR(?d)) AS ?date) (MIN(STR(?article)) AS ?a)
                   (MIN(STR(?agent)) AS ?ag) (MIN(STR(?target)) AS ?tg) (MIN(STR(?place)) AS ?pl) WHERE {
              ?e a nkg:Event ; nkg:date ?d ; prov:wasDerivedFrom ?article .
              FILTER(datatype(?d) = xsd:date)
              FILTER NOT EXISTS { ?e nkg:count ?c }
              OPTIONAL { ?e a ?class . FILTER(?class != nkg:Event && STRSTARTS(STR(?class), STR(nkg:))) }
              OPTIONAL { ?e nkg:agent ?agent }
              OPTIONAL { ?e nkg:target ?target }
              OPTIONAL { ?e nkg:place ?place }
            } GROUP BY ?e""";

    List<ActorResolver.Merge> merges(KgStore store) {
        List<Report> reports = new ArrayList<>();
        store.query(QueryFactory.create(EVENTS), Map.of(), exec -> {
            exec.execSelect().forEachRemaining(s -> reports.add(new Report(s.getResource("e").getURI(),
                    s.contains("type") ? s.getLiteral("type").getString() : "Event", LocalDate.parse(s.getLiteral("date").getString()),
                    s.getLiteral("a").getString(), str(s, "ag"), str(s, "tg"), str(s, "pl"))));
            return null;
        });
        reports.sort((x, y) -> x.date().equals(y.date()) ? x.iri().compareTo(y.iri()) : x.date().compareTo(y.date()));
        Map<String, Report> canonical = new TreeMap<>();
        Map<String, String> reasons = new HashMap<>();
        Map<String, List<Integer>> byParticipant = byParticipant(reports);
        for (int i = 0; i < reports.size(); i++) {
            Report r = reports.get(i);
            if (canonical.containsKey(r.iri())) {
                continue;
            }
            for (int j : laterReportsSharingAParticipant(reports, byParticipant, i)) {
                Report o = reports.get(j);
                String shared = shared(r, o);
                if (!canonical.containsKey(o.iri()) && o.type().equals(r.type()) && !o.article().equals(r.article()) && shared != null) {
                    canonical.put(o.iri(), r);
                    reasons.put(o.iri(), "same " + Iris.shortName(r.type()) + " reported by two articles: " + r.date() + " and " + o.date()
                            + ", same " + shared);
                }
            }
        }
        List<ActorResolver.Merge> merges = new ArrayList<>();
        canonical.forEach((iri, r) -> merges.add(new ActorResolver.Merge(iri, iri, r.iri(), r.iri(), reasons.get(iri))));
        return merges;
    }

    /** Positions of the (date-sorted) reports by event type and participant: the only reports one can be linked to. */
    private static Map<String, List<Integer>> byParticipant(List<Report> reports) {
        Map<String, List<Integer>> index = new HashMap<>();
        for (int i = 0; i < reports.size(); i++) {
            for (String key : participantKeys(reports.get(i))) {
                index.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            }
        }
        return index;
    }

    private static List<String> participantKeys(Report r) {
        List<String> keys = new ArrayList<>(3);
        if (r.target() != null) {
            keys.add(r.type() + " target " + r.target());
        }
        if (r.agent() != null) {
            keys.add(r.type() + " agent " + r.agent());
        }
        if (r.place() != null) {
            keys.add(r.type() + " place " + r.place());
        }
        return keys;
    }

    /**
     * The reports after position {@code i} (in date order, so at most a day later) of the same type
     * that share its target, agent or place, in order: looked up, not scanned, so that resolution
     * stays near-linear however many events a day brings.
     */
    private static SortedSet<Integer> laterReportsSharingAParticipant(List<Report> reports, Map<String, List<Integer>> index, int i) {
        Report r = reports.get(i);
        SortedSet<Integer> later = new TreeSet<>();
        for (String key : participantKeys(r)) {
            List<Integer> positions = index.get(key);
            int from = Collections.binarySearch(positions, i) + 1;
            for (int k = from; k < positions.size(); k++) {
                int j = positions.get(k);
                if (reports.get(j).date().isAfter(r.date().plusDays(1))) {
                    break;
                }
                later.add(j);
            }
        }
        return later;
    }

    private static String shared(Report a, Report b) {
        if (a.target() != null && Objects.equals(a.target(), b.target())) {
            return "target " + Iris.shortName(a.target());
        }
        if (a.agent() != null && Objects.equals(a.agent(), b.agent())) {
            return "agent " + Iris.shortName(a.agent());
        }
        if (a.place() != null && Objects.equals(a.place(), b.place()) && a.target() == null && b.target() == null) {
            return "place " + Iris.shortName(a.place());
        }
        return null;
    }

    private static String str(org.apache.jena.query.QuerySolution s, String var) {
        return s.contains(var) ? s.getLiteral(var).getString() : null;
    }
}
