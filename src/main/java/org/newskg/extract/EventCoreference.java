package org.newskg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.newskg.extract.EventExtractor.Draft;

/**
 * Folds the mentions of one real event within an article into one event: "talks between the
 * U.S. and Iraq …", "the discussions", "these talks" are one event with three mentions.
 * <p>
 * A mention joins the latest event told before it when the two are of one class (or one is a
 * kind of the other: an attack and an airstrike) and nothing tells them apart: no different
 * agent, target, place, day, year, figure or theme; an aggregate ("more than 60 attacks") stays
 * on its own. A mention with a time of its own starts a new event unless it is definite ("the
 * Sunday attack") and the event has no time yet. A back-referring mention ("these attacks")
 * with nothing to join is dropped, and so is a headline's mention: a headline names what the
 * body tells. A mention whose year is not the publication year speaks of an earlier event, so
 * it does not join an undated one.
 */
final class EventCoreference {

    private EventCoreference() {
    }

    /** The mentions grouped by event, each group in text order, the groups in the order of their first body mention. */
    static List<List<Draft>> fold(List<Draft> drafts, int publishedYear, Function<ActorRegistry.Draft, String> key) {
        List<List<Draft>> events = new ArrayList<>();
        for (Draft d : drafts) {
            if (d.heading) {
                continue;
            }
            List<Draft> antecedent = null;
            for (int g = events.size() - 1; g >= 0 && antecedent == null && !d.distinct; g--) {
                if (compatible(events.get(g), d, publishedYear, key)) {
                    antecedent = events.get(g);
                }
            }
            if (antecedent != null) {
                antecedent.add(d);
            } else if (!d.anaphoric) {
                List<Draft> event = new ArrayList<>();
                event.add(d);
                events.add(event);
            }
        }
        for (Draft d : drafts) {
            if (!d.heading) {
                continue;
            }
            for (List<Draft> event : events) {
                if (compatible(event, d, publishedYear, key)) {
                    event.add(0, d); // a headline comes first in the text
                    break;
                }
            }
        }
        return events;
    }

    private static boolean compatible(List<Draft> event, Draft d, int publishedYear, Function<ActorRegistry.Draft, String> key) {
        Draft first = event.get(0);
        if (d.count != null) {
            return false;
        }
        if (d.type == EventType.OTHER && first.type == EventType.OTHER && !headWord(d.trigger).equals(headWord(first.trigger))) {
            return false; // a plain event is only known by its word: "the fair took place", "he underwent surgery" are two
        }
        if (d.type != first.type) {
            // "a missile attack … the strike", "the talks … this meeting": another class of the
            // same kind joins only as a definite or back-referring mention (or one of the same day), and talks join a
            // meeting (or a meeting talks) only when neither has a day of its own.
            boolean kin = d.type.isA(first.type) || first.type.isA(d.type) || talksFamily(d.type) && talksFamily(first.type)
                    && !d.date.known() && event.stream().noneMatch(m -> m.date.known());
            boolean sameDay = d.date.known() && event.stream().anyMatch(m -> m.date.known() && m.date.value().equals(d.date.value()));
            if (!kin || !(d.definite || d.anaphoric || d.heading || d.verb || sameDay)) {
                return false;
            }
        }
        boolean dated = false;
        Integer year = null;
        // Talks are told from either side and about many things: only their time tells two apart.
        boolean talks = first.type == EventType.TALKS && d.type == EventType.TALKS;
        for (Draft m : event) {
            boolean participants = !talks && (differ(key.apply(m.agent), key.apply(d.agent))
                    || differ(key.apply(m.target), key.apply(d.target)) || differ(key.apply(m.place), key.apply(d.place))
                    || differentThemes(m.theme, d.theme) || differentThemes(m.subject, d.subject));
            if (m.count != null || participants || differ(m.figure, d.figure)
                    || m.year != null && d.year != null && !m.year.equals(d.year)) {
                return false;
            }
            if (m.date.known() && d.date.known() && !sameTime(m.date.value().iso(), d.date.value().iso())) {
                return false;
            }
            dated |= m.date.known() || m.year != null;
            year = year == null ? m.year : year;
        }
        // An event told without a year is taken to be of the publication year: a mention of
        // another year ("the deadliest stampede, in 1991") is an earlier event, and a plain
        // mention (not "the"/"this") does not join an event of another year.
        boolean referring = d.definite || d.anaphoric || d.heading;
        int eventYear = year != null ? year : publishedYear;
        if (d.year != null && d.year != eventYear || d.year == null && !referring && eventYear != publishedYear) {
            return false;
        }
        boolean ownTime = d.date.known() || d.year != null;
        return !ownTime || dated || d.definite || d.anaphoric || d.heading;
    }

    /** The trigger's first word, lower case ("calls" of "calls from" and "calls by"). */
    private static String headWord(String trigger) {
        String t = trigger.strip().toLowerCase(java.util.Locale.ROOT);
        int space = t.indexOf(' ');
        return space < 0 ? t : t.substring(0, space);
    }

    private static boolean talksFamily(EventType t) {
        return t == EventType.TALKS || t == EventType.MEETING;
    }

    private static boolean differ(String a, String b) {
        return a != null && b != null && !a.equals(b);
    }

    /** Two themes differ unless one holds the other ("the talks on the future of …" and "the future of …"). */
    private static boolean differentThemes(String a, String b) {
        return a != null && b != null && !a.contains(b) && !b.contains(a);
    }

    /** A day and its month are one time ("2024-01-23" and "2024-01"). */
    private static boolean sameTime(String a, String b) {
        return a.startsWith(b) || b.startsWith(a);
    }

    /**
     * One event from its mentions: the clearest mention (in the body, dated, not referring back;
     * the earliest of equals, as news tells an event first where it reports it) gives the evidence,
     * trigger and class; what it leaves unknown the other mentions fill in.
     */
    static Draft merge(List<Draft> group) {
        Draft best = null;
        int bestScore = -1;
        for (Draft m : group) {
            // a clause that tells the act ("the team won the championship") is clearer than a name or noun for it
            int score = (m.heading ? 0 : 100) + (m.date.known() ? 10 : 0) + (m.anaphoric ? 0 : 5) + (m.told ? 2 : 0);
            if (score > bestScore) {
                best = m;
                bestScore = score;
            }
        }
        Draft d = Objects.requireNonNull(best);
        for (Draft m : group) {
            if (m == d || m.heading) {
                continue;
            }
            d.agent = d.agent != null ? d.agent : m.agent;
            d.target = d.target != null ? d.target : m.target;
            d.place = d.place != null ? d.place : m.place;
            d.victim = d.victim != null ? d.victim : m.victim;
            d.killed = d.killed != null ? d.killed : m.killed;
            d.injured = d.injured != null ? d.injured : m.injured;
            if (!d.date.known() && m.date.known()) {
                d.date = m.date;
            }
            if (m.type.isA(d.type) && m.type != d.type) {
                d.type = m.type; // an attack told elsewhere as an airstrike is an airstrike
            }
        }
        return d;
    }
}
