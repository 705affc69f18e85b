package org.newskg.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One line of a statements gold file (JSON Lines): the article id ({@code doc}), the speaker
 * and its accepted {@code aliases}, a {@code key} phrase copied from the claim (plus optional
 * {@code alt_keys}), the {@code date} (YYYY-MM-DD or null) and whether the line is
 * {@code optional}, and the speaker's {@code kind} (person, organization, anonymous …; null when
 * absent). Other fields are ignored.
 */
public record GoldStatement(String id, String doc, String speaker, List<String> aliases, List<String> keys, String date,
        boolean optional, String kind) {

    public static List<GoldStatement> read(Path file) throws IOException {
        List<GoldStatement> out = new ArrayList<>();
        for (Jsonl.Line l : Jsonl.read(file, "doc", "speaker", "key")) {
            List<String> keys = new ArrayList<>();
            keys.add(l.str("key"));
            keys.addAll(l.strings("alt_keys"));
            out.add(new GoldStatement(l.json().hasKey("sid") ? l.str("sid") : "line " + l.number(), l.str("doc"),
                    l.str("speaker"), l.strings("aliases"), keys, l.optional("date"), l.flag("optional"),
                    l.optional("kind")));
        }
        return out;
    }
}
