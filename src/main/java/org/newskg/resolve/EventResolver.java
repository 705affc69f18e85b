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
import org.apache.jena.rdf.model.RDFNode;
import org.newskg.rdf.Iris;
import org.newskg.rdf.NKG;
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

    /**
     * Every event mention with a date, one row per combination of its values (an event has two
     * classes, Event and its own): folded in {@link #reports} rather than grouped in SPARQL, which
     * would hold every row of a large store in memory and compare dates as parsed values.
     */
    private static final String EVENTS = """
            PREFIX nkg: <https://w3id.org/newskg/ontology#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            SELECT ?e ?class ?d ?article ?agent ?target ?place ?count WHERE {
              ?e a nkg:Event ; nkg:date ?d ; prov:wasDerivedFrom ?article .
              OPTIONAL { ?e nkg:count ?count }
              OPTIONAL { ?e a ?class }
              OPTIONAL { ?e nkg:agent ?agent }
              OPTIONAL { ?e nkg:target ?target }
              OPTIONAL { ?e nkg:place ?place }
            }""";

    /** One event's values as its rows come: the least of each (as the rows' order is not fixed), or excluded. */
    private static final class Values {
        boolean aggregate;
        String type;
        String date;
        String article;
        String agent;
        String target;
        String place;

        static String least(String a, String b) {
            return a == null || b != null && b.compareTo(a) < 0 ? b : a;
        }
    }

    /**
     * The reports that can be linked: events with a day (xsd:date) that are not aggregates ("more
     * than 60 attacks"), each with its own class (the least IRI of the ontology's, else Event) and
     * the least of its article, agent, target and place.
     */
    private static List<Report> reports(KgStore store) {
        Map<String, Values> events = new HashMap<>();
        store.query(QueryFactory.create(EVENTS), Map.of(), exec -> {
            exec.execSelect().forEachRemaining(s -> {
                Values v = events.computeIfAbsent(s.getResource("e").getURI(), k -> new Values());
                v.aggregate |= s.contains("count");
                RDFNode d = s.get("d");
                if (d.isLiteral() && XSD_DATE.equals(d.asLiteral().getDatatypeURI())) {
                    v.date = Values.least(v.date, d.asLiteral().getLexicalForm());
                }
                String type = uri(s, "class");
                if (type != null && type.startsWith(NKG.NS) && !type.equals(NKG.Event.getURI())) {
                    v.type = Values.least(v.type, type);
                }
                v.article = Values.least(v.article, uri(s, "article"));
                v.agent = Values.least(v.agent, uri(s, "agent"));
                v.target = Values.least(v.target, uri(s, "target"));
                v.place = Values.least(v.place, uri(s, "place"));
            });
            return null;
        });
        List<Report> reports = new ArrayList<>();
        events.forEach((iri, v) -> {
            if (!v.aggregate && v.date != null) {
                reports.add(new Report(iri, v.type != null ? v.type : "Event", LocalDate.parse(v.date), v.article, v.agent, v.target, v.place));
            }
        });
        return reports;
    }

    private static final String XSD_DATE = org.apache.jena.datatypes.xsd.XSDDatatype.XSDdate.getURI();

    private static String uri(org.apache.jena.query.QuerySolution s, String var) {
        RDFNode n = s.get(var);
        return n == null ? null : n.isURIResource() ? n.asResource().getURI() : n.toString();
    }

    List<ActorResolver.Merge> merges(KgStore store) {
        List<Report> reports = reports(store);
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

}
