package org.newskg.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * One line of a statements gold file (JSON Lines): the article id ({@code doc}), the speaker
 * and its accepted {@code aliases}, a {@code key} phrase copied from the claim (plus optional
 * {@code alt_keys}), the {@code date} (YYYY-MM-DD or null) and whether the line is
 * {@code optional}. Other fields are ignored.
 */
public record GoldStatement(String id, String doc, String speaker, List<String> aliases, List<String> keys, String date,
        boolean optional) {

    public static List<GoldStatement> read(Path file) throws IOException {
        List<GoldStatement> out = new ArrayList<>();
        int n = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            n++;
            if (line.isBlank()) {
                continue;
            }
            JsonObject o;
            try {
                o = JSON.parseAny(line).getAsObject();
            } catch (RuntimeException e) {
                throw new IOException(file + " line " + n + ": not a JSON object");
            }
            if (!o.hasKey("doc") || !o.hasKey("key") || !o.hasKey("speaker")) {
                throw new IOException(file + " line " + n + ": needs at least doc, speaker and key");
            }
            List<String> keys = new ArrayList<>();
            keys.add(str(o.get("key")));
            keys.addAll(strings(o.get("alt_keys")));
            out.add(new GoldStatement(o.hasKey("sid") ? str(o.get("sid")) : "line " + n, str(o.get("doc")),
                    str(o.get("speaker")), strings(o.get("aliases")), keys,
                    o.hasKey("date") && !o.get("date").isNull() ? str(o.get("date")) : null,
                    o.hasKey("optional") && o.get("optional").isBoolean() && o.get("optional").getAsBoolean().value()));
        }
        return out;
    }

    private static String str(JsonValue v) {
        return v == null || v.isNull() ? "" : v.isString() ? v.getAsString().value() : v.toString();
    }

    private static List<String> strings(JsonValue v) {
        List<String> out = new ArrayList<>();
        if (v != null && v.isArray()) {
            JsonArray a = v.getAsArray();
            a.forEach(x -> out.add(str(x)));
        }
        return out;
    }
}
