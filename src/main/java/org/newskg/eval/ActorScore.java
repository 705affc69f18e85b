package org.newskg.eval;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Scores actors rows against gold actors: a gold actor is found when some row's label or one of
 * its names equals (normalised) the gold name, an alias or another name; it is split when rows
 * of two or more distinct actors match it (the graph keeps one real actor as several).
 */
public final class ActorScore {

    /** The figures; {@link #lines()} prints them. */
    public record Result(int found, int gold, int split, List<String> details) implements Score {

        @Override
        public List<String> lines() {
            return List.of(String.format("actors found=%d/%d split=%d", found, gold, split));
        }
    }

    private ActorScore() {
    }

    public static Result score(List<GoldActor> gold, List<ActorRow> rows) {
        int found = 0;
        int split = 0;
        List<String> details = new ArrayList<>();
        for (GoldActor g : gold) {
            Set<String> names = g.normalisedNames();
            Set<String> actors = new LinkedHashSet<>();
            List<String> labels = new ArrayList<>();
            for (ActorRow r : rows) {
                boolean match = names.contains(Text.norm(r.label())) || r.names().stream().map(Text::norm).anyMatch(names::contains);
                if (match && actors.add(r.actor().isEmpty() ? r.label() : r.actor())) {
                    labels.add(r.label());
                }
            }
            if (actors.isEmpty()) {
                details.add("MISSED " + g.id() + " | " + g.name());
                continue;
            }
            found++;
            if (actors.size() >= 2) {
                split++;
                details.add("SPLIT  " + g.id() + " | " + actors.size() + " actors: " + String.join("; ", labels));
            }
        }
        return new Result(found, gold.size(), split, details);
    }
}
