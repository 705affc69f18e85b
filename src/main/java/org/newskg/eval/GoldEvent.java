package org.newskg.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * One line of an events gold file: an event mention in one article ({@code doc}), its class
 * ({@code type}: Attack, Airstrike, Talks …), a {@code key} phrase copied from the article, the
 * {@code date} (YYYY-MM-DD, YYYY-MM or null), the {@code count} of an aggregate (or null) and
 * whether it is {@code optional}. Other fields are ignored.
 */
public record GoldEvent(String id, String doc, String type, String key, String date, Double count, boolean optional) {

    public static List<GoldEvent> read(Path file) throws IOException {
        return Jsonl.read(file, "doc", "type", "key").stream()
                .map(l -> new GoldEvent(l.json().hasKey("eid") ? l.str("eid") : "line " + l.number(), l.str("doc"),
                        l.str("type"), l.str("key"), l.optional("date"), l.number("count"), l.flag("optional")))
                .toList();
    }
}
