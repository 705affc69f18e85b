package org.newskg.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * One line of an events gold file: an event mention in one article ({@code doc}), its class
 * ({@code type}: Attack, Airstrike, Talks …), a {@code key} phrase copied from the article, the
 * {@code date} (YYYY-MM-DD, YYYY-MM or null), the {@code count} of an aggregate (or null) and
 * whether it is {@code optional}, and {@code altKeys}: phrases of the event's other mentions in the
 * article (a row reporting one of them finds the event too). Other fields are ignored.
 */
public record GoldEvent(String id, String doc, String type, String key, String date, Double count, boolean optional,
        List<String> altKeys) {

    public GoldEvent {
        altKeys = altKeys == null ? List.of() : List.copyOf(altKeys);
    }

    public GoldEvent(String id, String doc, String type, String key, String date, Double count, boolean optional) {
        this(id, doc, type, key, date, count, optional, List.of());
    }

    public static List<GoldEvent> read(Path file) throws IOException {
        return Jsonl.read(file, "doc", "type", "key").stream()
                .map(l -> new GoldEvent(l.json().hasKey("eid") ? l.str("eid") : "line " + l.number(), l.str("doc"),
                        l.str("type"), l.str("key"), l.optional("date"), l.number("count"), l.flag("optional"),
                        l.strings("alt_keys")))
                .toList();
    }
}
