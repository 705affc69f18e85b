package org.newskg.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One line of an agreements gold file: its {@code id}, {@code type} (only "Agreement" lines are
 * scored; others, such as an invitation, are optional), {@code name}, {@code date} (YYYY-MM-DD,
 * YYYY-MM or null), {@code parties} (actor ids of the actors gold file) and, per article id, a
 * {@code keys} phrase copied from that article. Other fields are ignored.
 */
public record GoldAgreement(String id, String type, String name, String date, List<String> parties,
        Map<String, String> keys) {

    public static List<GoldAgreement> read(Path file) throws IOException {
        return Jsonl.read(file, "id", "keys").stream()
                .map(l -> new GoldAgreement(l.str("id"), l.str("type"), l.str("name"), l.optional("date"),
                        l.strings("parties"), l.map("keys")))
                .toList();
    }

    /** Lines with a type other than "Agreement" are left out of the score. */
    public boolean optional() {
        return !type.isEmpty() && !type.equalsIgnoreCase("Agreement");
    }
}
