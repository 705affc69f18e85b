package org.newskg.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * One line of an events gold file: an event mention in one article ({@code doc}), its class
 * ({@code type}: Attack, Airstrike, Talks …), a {@code key} phrase copied from the article (and
 * {@code alt_keys}, other mentions of the same event), the
 * {@code date} (YYYY-MM-DD, YYYY-MM or null), the {@code count} of an aggregate (or null) and
 * whether it is {@code optional}. Other fields are ignored.
 */
public record GoldEvent(String id, String doc, String type, String key, List<String> altKeys, String date, Double count,
        boolean optional) {

    /** The key, then the alt keys (other mentions of the same event). */
    public List<String> keys() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(key), altKeys.stream()).toList();
    }

    public static List<GoldEvent> read(Path file) throws IOException {
        return Jsonl.read(file, "doc", "type", "key").stream()
                .map(l -> new GoldEvent(l.json().hasKey("eid") ? l.str("eid") : "line " + l.number(), l.str("doc"),
                        l.str("type"), l.str("key"), l.strings("alt_keys"), l.optional("date"), l.number("count"), l.flag("optional")))
                .toList();
    }
}
