package org.newskg.extract;

import java.util.List;
import java.util.Set;

/**
 * An actor found in one article. {@code key} identifies it across articles: a gazetteer key,
 * {@code person/<normalised name>}, or {@code anon/<article>/<phrase>} for unnamed sources (never
 * merged across articles). {@code names} holds every surface form seen, {@code roles} the titles
 * ("Pentagon spokesman"), {@code affiliation} the key of the actor it belongs to, if known.
 */
public record Actor(String key, ActorType type, String label, Set<String> names, Set<String> roles,
        String wikidata, boolean anonymous, String affiliation, Evidence evidence) {

    public Actor {
        names = Set.copyOf(names);
        roles = Set.copyOf(roles);
    }

    /** Names in a stable order (for deterministic output). */
    public List<String> sortedNames() {
        return names.stream().sorted().toList();
    }
}
