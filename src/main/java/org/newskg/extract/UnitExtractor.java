package org.newskg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;

/**
 * Military units, forces and armed groups, for these classes of news text:
 * <ul>
 *   <li>deployments: "2,500 U.S. troops stationed in Iraq", "the US has roughly 2,500 troops
 *       currently in Iraq", "About 2,500 U.S. troops are stationed there", an elided second one
 *       ("… in Iraq and 900 in Syria") and "another 900 or so have been sent to Syria";</li>
 *   <li>named units and armed groups from the gazetteer ("CJTF-OIR", "Kataib Hezbollah"), each
 *       mention kept with its sentence;</li>
 *   <li>backers: "Iranian-proxy group Harakat al Nujaba", "Iran-backed Kataib Hezbollah" → the
 *       group is backed by the country.</li>
 * </ul>
 */
final class UnitExtractor {

    private static final Set<String> TROOPS = Set.of("troops", "soldiers", "personnel", "marines", "forces",
            "servicemembers", "advisers", "advisors", "peacekeepers");
    private static final Set<String> COLLECTIVE_GROUP_NOUNS = Set.of("militias", "groups", "group", "militants", "forces",
            "fighters", "rebels", "separatists", "insurgents", "proxies");
    private static final Set<String> DEPLOY_VERBS = Set.of("stationed", "deployed", "based", "sent", "posted", "present");
    private static final Set<String> LOCATIVES = Set.of("in", "to", "at", "inside");

    private final Gazetteer gazetteer;
    private final Participants participants;

    UnitExtractor(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.participants = new Participants(gazetteer);
    }

    record Result(List<Deployment> deployments, List<ActorMention> mentions) {
    }

    Result extract(ActorRegistry registry, List<Sentence> body) {
        List<Deployment> deployments = new ArrayList<>();
        List<ActorMention> mentions = new ArrayList<>();
        for (Sentence s : body) {
            Evidence ev = new Evidence(s.index(), s.begin(), s.end(), s.text());
            namedUnits(registry, s, ev, mentions);
            Deployment previous = null;
            for (int k = 0; k < s.size(); k++) {
                Deployment d = null;
                if (TROOPS.contains(s.token(k).lower())) {
                    d = deployment(registry, s, k, ev);
                } else if (previous != null && s.token(k).isPos("NUM")) {
                    d = continued(registry, s, k, previous, ev);
                }
                if (d != null && !mentionedIn(deployments, d.key(), ev)) {
                    deployments.add(d);
                    previous = d;
                }
            }
        }
        return new Result(deployments, mentions);
    }

    private static boolean mentionedIn(List<Deployment> deployments, String key, Evidence ev) {
        return deployments.stream().anyMatch(x -> x.key().equals(key) && x.evidence().equals(ev));
    }

    /** Known units and armed groups named in the sentence, and a backer written in front of them. */
    private void namedUnits(ActorRegistry registry, Sentence s, Evidence ev, List<ActorMention> mentions) {
        for (int i = 0; i < s.size(); i++) {
            if (!SpeakerPhrases.isCapitalised(s.token(i))) {
                continue;
            }
            var named = gazetteer.longestNameAt(s, i, 8,
                    e -> e.type() == ActorType.MILITARY_UNIT || e.type() == ActorType.ARMED_GROUP);
            if (named.isEmpty()) {
                continue;
            }
            int len = named.get().length();
            ActorRegistry.Draft unit = registry.known(named.get().entry(), s.span(i, i + len - 1), ev, s.token(i).begin());
            mentions.add(new ActorMention(unit.key, ev));
            ActorRegistry.Draft backer = backerBefore(registry, s, i, ev);
            if (backer == null) {
                backer = backerInApposition(registry, s, i + len, ev);
            }
            if (backer != null) {
                registry.relate(unit.key, ActorRelation.Kind.BACKED_BY, backer.key);
            }
            operatesIn(registry, s, i + len, unit, ev);
            i += len - 1;
        }
        // Collectively named backed groups: "Iranian-backed militias", "Iranian proxy groups".
        for (int k = 0; k < s.size(); k++) {
            String w = s.token(k).lower();
            if (COLLECTIVE_GROUP_NOUNS.contains(w) && k > 0 && !namesGroupNext(s, k + 1)) {
                int start = Participants.phraseStart(s, k - 1);
                ActorRegistry.Draft g = participants.resolve(registry, s, start, k, ev);
                if (g != null && g.type == ActorType.ARMED_GROUP && g.key.endsWith("/backed-armed-groups")) {
                    mentions.add(new ActorMention(g.key, ev));
                    operatesIn(registry, s, k + 1, g, ev);
                }
            }
        }
    }

    /** "the Iranian-proxy group Harakat al-Nujaba": the backing phrase belongs to the named group that follows. */
    private boolean namesGroupNext(Sentence s, int from) {
        return from < s.size() && gazetteer.longestNameAt(s, from, 5, e -> e.type() == ActorType.ARMED_GROUP).isPresent();
    }

    /** "militias in Iraq", "Kataib Hezbollah militia group in Iraq": where a group operates, right after its name. */
    private void operatesIn(ActorRegistry registry, Sentence s, int after, ActorRegistry.Draft group, Evidence ev) {
        int k = after;
        while (k < s.size() && k - after < 2 && (s.token(k).pos().startsWith("NOUN") || s.token(k).isPos("ADJ"))) {
            k++; // "militia group"
        }
        if (k + 1 < s.size() && s.token(k).lower().equals("in") && SpeakerPhrases.isCapitalised(s.token(k + 1))) {
            ActorRegistry.Draft place = participants.resolve(registry, s, k + 1, k + 1, ev);
            if (place != null && place.type == ActorType.COUNTRY) {
                registry.relate(group.key, ActorRelation.Kind.OPERATES_IN, place.key);
            }
        }
    }

    /** "The Houthis, an Iranian-backed group, …": a backing phrase in apposition after the name. */
    private ActorRegistry.Draft backerInApposition(ActorRegistry registry, Sentence s, int after, Evidence ev) {
        if (after + 2 >= s.size() || !s.token(after).text().equals(",")) {
            return null;
        }
        int end = Math.min(s.size() - 1, after + 6);
        return backerBefore(registry, s, end + 1, ev, after + 1);
    }

    /** "Iranian-proxy group Harakat al Nujaba": the country in a backing phrase right before a group's name. */
    private ActorRegistry.Draft backerBefore(ActorRegistry registry, Sentence s, int nameStart, Evidence ev) {
        return backerBefore(registry, s, nameStart, ev, Math.max(0, nameStart - 5));
    }

    private ActorRegistry.Draft backerBefore(ActorRegistry registry, Sentence s, int nameStart, Evidence ev, int from) {
        String before = from < nameStart ? s.span(from, nameStart - 1) : "";
        var m = java.util.regex.Pattern.compile("([A-Z][\\p{L}.]+)\\s*-?\\s*(?:backed|proxy|supported|affiliated|aligned)").matcher(before);
        if (m.find()) {
            var country = gazetteer.byAdjective(m.group(1)).or(() -> gazetteer.byName(m.group(1)));
            if (country.isPresent() && country.get().type() == ActorType.COUNTRY) {
                return registry.known(country.get(), null, ev, s.token(from).begin());
            }
        }
        return null;
    }

    /** Forces around a troop noun at {@code k}: owner, strength and place. */
    private Deployment deployment(ActorRegistry registry, Sentence s, int k, Evidence ev) {
        Gazetteer.Entry owner = null;
        int ownerAt = -1;
        Integer strength = null;
        String qualifier = null;
        int j = k - 1;
        while (j >= 0 && k - j <= 4) {
            Token t = s.token(j);
            if (gazetteer.byName(s.span(j, k)).isPresent()) {
                return null; // a named force ("Iraqi security forces"), not a deployment
            }
            Gazetteer.Entry country = countryOf(t);
            if (country != null && owner == null) {
                owner = country;
                ownerAt = t.begin();
            } else if (t.isPos("NUM") && Quantities.value(t.text()) != null) {
                strength = Quantities.value(t.text());
                qualifier = Quantities.qualifierBefore(s, j);
                break;
            } else if (!(t.isPos("ADJ") || t.pos().startsWith("PROPN") || t.text().equals(".") || t.pos().startsWith("NOUN"))) {
                break;
            }
            j--;
        }
        if (owner == null) {
            owner = ownerFromSubject(s, j);
            ownerAt = ev.begin();
        }
        if (owner == null) {
            return null;
        }
        String ownerKey = owner.key();
        ActorRegistry.Draft place = placeAfter(registry, s, k + 1, ownerKey, ev);
        if (place == null || place.key.equals(ownerKey)) {
            return null;
        }
        ActorRegistry.Draft forces = registry.armedForces(owner, null, ev, ownerAt);
        return deployment(registry, forces, place, strength, qualifier, ev);
    }

    private Deployment deployment(ActorRegistry registry, ActorRegistry.Draft forces, ActorRegistry.Draft place,
            Integer strength, String qualifier, Evidence ev) {
        ActorRegistry.Draft unit = registry.deployment(forces, place, ev, ev.begin());
        return new Deployment(unit.key, unit.label, forces.key, place.key, strength, qualifier, ev);
    }

    /** "The US has roughly 2,500 troops …": the country that has, keeps or sent the troops. */
    private Gazetteer.Entry ownerFromSubject(Sentence s, int j) {
        for (int v = j; v >= 0 && v >= j - 4; v--) {
            String w = s.token(v).lower();
            if (w.equals("has") || w.equals("have") || w.equals("had") || w.equals("keeps") || w.equals("maintains")) {
                for (int i = v - 1; i >= 0 && i >= v - 4; i--) {
                    var named = gazetteer.longestNameAt(s, i, Math.min(4, v - i), e -> e.type() == ActorType.COUNTRY);
                    if (named.isPresent()) { // "The United States has …"
                        return named.get().entry();
                    }
                    Gazetteer.Entry country = countryOf(s.token(i));
                    if (country != null) {
                        return country;
                    }
                }
            }
        }
        return null;
    }

    /** "stationed in Iraq", "currently in Iraq", "sent to Syria", "are stationed there". */
    private ActorRegistry.Draft placeAfter(ActorRegistry registry, Sentence s, int from, String owner, Evidence ev) {
        int k = from;
        while (k < s.size() && k - from < 5 && (s.token(k).isPos("ADV") || s.token(k).pos().startsWith("AUX")
                || DEPLOY_VERBS.contains(s.token(k).lower()) || s.token(k).lower().equals("been"))) {
            if (s.token(k).lower().equals("there")) {
                return registry.lastBefore(s.token(k).begin(), d -> d.type == ActorType.COUNTRY && !d.key.equals(owner)
                        && d.names.stream().anyMatch(n -> !gazetteer.byAdjective(n).isPresent()));
            }
            k++;
        }
        if (k + 1 < s.size() && LOCATIVES.contains(s.token(k).lower()) && SpeakerPhrases.isCapitalised(s.token(k + 1))) {
            int end = k + 1;
            while (end + 1 < s.size() && end < k + 4 && s.token(end + 1).pos().startsWith("PROPN")) {
                end++; // "South Sudan", "the Central African Republic"
            }
            for (int e = end; e > k; e--) {
                ActorRegistry.Draft p = participants.known(registry, s, k + 1, e, ev);
                if (p != null && p.type == ActorType.COUNTRY) {
                    return p;
                }
            }
        }
        return null;
    }

    /** "… 2,500 American troops in Iraq and 900 in Syria", "another 900 or so have been sent to Syria". */
    private Deployment continued(ActorRegistry registry, Sentence s, int k, Deployment previous, Evidence ev) {
        Integer strength = Quantities.value(s.token(k).text());
        if (strength == null || previous.strength() == null) {
            return null; // only a counted deployment can be continued by an elided count
        }
        int j = k + 1;
        if (j + 1 < s.size() && s.token(j).lower().equals("or") && s.token(j + 1).lower().equals("so")) {
            j += 2;
        }
        ActorRegistry.Draft forces = registry.get(previous.forces());
        ActorRegistry.Draft place = placeAfter(registry, s, j, forces.affiliation, ev);
        if (place == null || place.key.equals(previous.location())) {
            return null;
        }
        String qualifier = j > k + 1 ? "about" : Quantities.qualifierBefore(s, k); // "900 or so"
        return deployment(registry, forces, place, strength, qualifier, ev);
    }

    private Gazetteer.Entry countryOf(Token t) {
        var e = gazetteer.byAdjective(t.text()).or(() -> gazetteer.byName(t.text()));
        return e.isPresent() && e.get().type() == ActorType.COUNTRY ? e.get() : null;
    }
}
