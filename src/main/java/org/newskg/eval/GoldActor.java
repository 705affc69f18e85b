package org.newskg.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One line of an actors gold file: a real-world actor with its {@code id}, {@code type},
 * canonical {@code name}, the {@code aliases} seen in the corpus and {@code other_names} it is
 * also known by. Other fields (adjectival forms, Wikidata, docs) are ignored.
 */
public record GoldActor(String id, String type, String name, List<String> aliases, List<String> otherNames) {

    public static List<GoldActor> read(Path file) throws IOException {
        return Jsonl.read(file, "id", "name").stream()
                .map(l -> new GoldActor(l.str("id"), l.str("type"), l.str("name"), l.strings("aliases"),
                        l.strings("other_names")))
                .toList();
    }

    /** The normalised name, aliases and other names: what a system label may equal. */
    public Set<String> normalisedNames() {
        Set<String> out = new LinkedHashSet<>();
        out.add(Text.norm(name));
        aliases.forEach(a -> out.add(Text.norm(a)));
        otherNames.forEach(a -> out.add(Text.norm(a)));
        out.remove("");
        return out;
    }

    /** True when the label, normalised, is one of this actor's names. */
    public boolean isNamed(String label) {
        return normalisedNames().contains(Text.norm(label));
    }
}
