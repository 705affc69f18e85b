package org.newskg.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One line of a units gold file: a deployment, named unit or armed group, with its
 * {@code strength} (a number or null), its {@code location} (a place label or null) and, per
 * article id, a {@code keys} phrase copied from that article. Other fields are ignored.
 */
public record GoldUnit(String id, String name, Double strength, String location, Map<String, String> keys) {

    public static List<GoldUnit> read(Path file) throws IOException {
        return Jsonl.read(file, "id", "keys").stream()
                .map(l -> new GoldUnit(l.str("id"), l.str("name"), l.number("strength"), l.optional("location"), l.map("keys")))
                .toList();
    }
}
