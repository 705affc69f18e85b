package org.newskg.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.vocabulary.RDF;
import org.newskg.rdf.Iris;
import org.newskg.rdf.NKG;
import org.newskg.store.KgStore;
import org.newskg.store.NodeIdScan;

/**
 * Links reports of one real event across articles: the same event class, days at most one
 * apart (news in different time zones dates one strike "Tuesday" and "early Wednesday"), and a
 * shared agent, target or place. Aggregates ("more than 60 attacks") are never merged: their
 * figures stay side by side. The earliest report (by date, then IRI) stands for the group.
 */
final class EventResolver {

    /** One event report; {@code iri} is decoded ({@link #named}) only for reports that may be linked. */
    private record Report(NodeId id, String iri, String type, LocalDate date, NodeId graph, String agent, String target, String place) {
        Report named(NodeIdScan scan) {
            return new Report(id, scan.node(id).getURI(), type, date, graph, agent, target, place);
        }
    }

    /** One event's values as the scans find them: the least of each, so that the quads' order does not matter. */
    private static final class Values {
        boolean aggregate;
        String type;
        String date;
        NodeId graph;
        String agent;
        String target;
        String place;

        static String least(String a, String b) {
            return a == null || b != null && b.compareTo(a) < 0 ? b : a;
        }
    }

    /**
     * The reports that can be linked: events with a day (xsd:date) that are not aggregates ("more
     * than 60 attacks"), each with its own class (the least IRI of the ontology's subclasses of
     * Event, else Event), the article graph that reports it, and the least of its agent, target
     * and place.
     * <p>
     * Read as one pass over the quads of each predicate (TDB2's POSG index, in order), as node
     * ids, folded per event here, rather than as a SPARQL join that looks up each event's date,
     * class, agent, target and place in turn: at 800,000 events those lookups, a B+tree descent
     * each, were most of resolution's time. Of the nodes only dates and participants are decoded
     * (the date scan also passes every statement's date); the article graph stays an id, and the
     * event's IRI is decoded only if it may be linked. A store has no triples outside the named
     * graphs, and events only in their article's graph, so this reads what the union of the
     * graphs holds.
     */
    private static List<Report> reports(NodeIdScan scan) {
        Map<NodeId, Values> events = new HashMap<>();
        scan.forEach(RDF.type.asNode(), NKG.Event.asNode(), (g, e, o) -> {
            Values v = events.computeIfAbsent(e, k -> new Values());
            v.graph = v.graph == null || g.compareTo(v.graph) < 0 ? g : v.graph;
        });
        for (Resource subclass : NKG.EVENT_SUBCLASSES) {
            forEvents(scan, events, RDF.type, subclass.asNode(), (v, o) -> v.type = Values.least(v.type, subclass.getURI()));
        }
        forEvents(scan, events, NKG.date, Node.ANY, (v, o) -> {
            Node d = scan.node(o);
            if (d.isLiteral() && XSD_DATE.equals(d.getLiteralDatatypeURI())) {
                v.date = Values.least(v.date, d.getLiteralLexicalForm());
            }
        });
        forEvents(scan, events, NKG.count, Node.ANY, (v, o) -> v.aggregate = true);
        forEvents(scan, events, NKG.agent, Node.ANY, (v, o) -> v.agent = Values.least(v.agent, name(scan.node(o))));
        forEvents(scan, events, NKG.target, Node.ANY, (v, o) -> v.target = Values.least(v.target, name(scan.node(o))));
        forEvents(scan, events, NKG.place, Node.ANY, (v, o) -> v.place = Values.least(v.place, name(scan.node(o))));
        List<Report> reports = new ArrayList<>();
        events.forEach((id, v) -> {
            if (!v.aggregate && v.date != null) {
                reports.add(new Report(id, null, v.type != null ? v.type : NKG.Event.getURI(), LocalDate.parse(v.date),
                        v.graph, v.agent, v.target, v.place));
            }
        });
        return reports;
    }

    /** Each quad of the predicate (and object) whose subject is one of the events: that event's values and the object's id. */
    private static void forEvents(NodeIdScan scan, Map<NodeId, Values> events, Resource predicate, Node object,
            BiConsumer<Values, NodeId> action) {
        scan.forEach(predicate.asNode(), object, (g, s, o) -> {
            Values v = events.get(s);
            if (v != null) {
                action.accept(v, o);
            }
        });
    }

    private static final String XSD_DATE = org.apache.jena.datatypes.xsd.XSDDatatype.XSDdate.getURI();

    private static String name(Node n) {
        return n.isURI() ? n.getURI() : n.toString();
    }

    List<ActorResolver.Merge> merges(KgStore store) {
        return store.readNodeIds(scan -> {
            List<Report> reports = new ArrayList<>();
            linkable(reports(scan)).forEach(r -> reports.add(r.named(scan)));
            return link(reports);
        });
    }

    /**
     * The reports that share a participant (for their type) with a report from another article at
     * most a day apart: the only ones {@link #link} can link, so the only ones whose IRIs it needs
     * (decoding a node is a read of the node file). Most events in a large store are not among
     * them.
     */
    private static List<Report> linkable(List<Report> reports) {
        reports.sort(Comparator.comparing(Report::date));
        boolean[] linkable = new boolean[reports.size()];
        for (List<Integer> positions : byParticipant(reports).values()) {
            for (int k = 0; k < positions.size(); k++) {
                int i = positions.get(k);
                linkable[i] = linkable[i] || otherArticleWithinADay(reports, positions, k);
            }
        }
        List<Report> kept = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) {
            if (linkable[i]) {
                kept.add(reports.get(i));
            }
        }
        return kept;
    }

    /** Whether a report from another article is at most a day from the k-th of these (date-sorted) positions. */
    private static boolean otherArticleWithinADay(List<Report> reports, List<Integer> positions, int k) {
        Report r = reports.get(positions.get(k));
        for (int step : new int[] {-1, 1}) {
            for (int m = k + step; m >= 0 && m < positions.size(); m += step) {
                Report o = reports.get(positions.get(m));
                if (Math.abs(o.date().toEpochDay() - r.date().toEpochDay()) > 1) {
                    break;
                }
                if (!o.graph().equals(r.graph())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Links the reports (with their IRIs) in date, then IRI, order: the earliest of a group stands for it. */
    private static List<ActorResolver.Merge> link(List<Report> reports) {
        reports.sort((x, y) -> x.date().equals(y.date()) ? x.iri().compareTo(y.iri()) : x.date().compareTo(y.date()));
        Map<String, Report> canonical = new TreeMap<>();
        Map<String, String> reasons = new HashMap<>();
        Map<Participant, List<Integer>> byParticipant = byParticipant(reports);
        for (int i = 0; i < reports.size(); i++) {
            Report r = reports.get(i);
            if (canonical.containsKey(r.iri())) {
                continue;
            }
            for (int j : laterReportsSharingAParticipant(reports, byParticipant, i)) {
                Report o = reports.get(j);
                String shared = shared(r, o);
                if (!canonical.containsKey(o.iri()) && o.type().equals(r.type()) && !o.graph().equals(r.graph()) && shared != null) {
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

    /** One participant of a report in one role, for one event type: what reports are linked through. */
    private record Participant(String type, String role, String node) {
    }

    /** Positions of the (date-sorted) reports by event type and participant: the only reports one can be linked to. */
    private static Map<Participant, List<Integer>> byParticipant(List<Report> reports) {
        Map<Participant, List<Integer>> index = new HashMap<>();
        for (int i = 0; i < reports.size(); i++) {
            for (Participant key : participantKeys(reports.get(i))) {
                index.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            }
        }
        return index;
    }

    private static List<Participant> participantKeys(Report r) {
        List<Participant> keys = new ArrayList<>(3);
        if (r.target() != null) {
            keys.add(new Participant(r.type(), "target", r.target()));
        }
        if (r.agent() != null) {
            keys.add(new Participant(r.type(), "agent", r.agent()));
        }
        if (r.place() != null) {
            keys.add(new Participant(r.type(), "place", r.place()));
        }
        return keys;
    }

    /**
     * The reports after position {@code i} (in date order, so at most a day later) of the same type
     * that share its target, agent or place, in order: looked up, not scanned, so that resolution
     * stays near-linear however many events a day brings.
     */
    private static SortedSet<Integer> laterReportsSharingAParticipant(List<Report> reports, Map<Participant, List<Integer>> index, int i) {
        Report r = reports.get(i);
        SortedSet<Integer> later = new TreeSet<>();
        for (Participant key : participantKeys(r)) {
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
