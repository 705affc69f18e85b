package org.newskg.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/** Reading gold files: one JSON object per line, blank lines skipped. */
final class Jsonl {

    /** One line of a gold file, with its number for error messages. */
    record Line(int number, JsonObject json) {

        String str(String key) {
            return Jsonl.str(json.get(key));
        }

        /** The string value, or null when absent, null or empty. */
        String optional(String key) {
            String s = str(key);
            return s.isEmpty() ? null : s;
        }

        Double number(String key) {
            JsonValue v = json.get(key);
            if (v == null || v.isNull()) {
                return null;
            }
            return v.isNumber() ? v.getAsNumber().value().doubleValue() : Text.number(str(key));
        }

        boolean flag(String key) {
            JsonValue v = json.get(key);
            return v != null && v.isBoolean() && v.getAsBoolean().value();
        }

        List<String> strings(String key) {
            List<String> out = new ArrayList<>();
            JsonValue v = json.get(key);
            if (v != null && v.isArray()) {
                v.getAsArray().forEach(x -> out.add(Jsonl.str(x)));
            }
            return out;
        }

        /** A JSON object of strings, in file order (per-document keys). */
        Map<String, String> map(String key) {
            Map<String, String> out = new LinkedHashMap<>();
            JsonValue v = json.get(key);
            if (v != null && v.isObject()) {
                JsonObject o = v.getAsObject();
                o.keys().forEach(k -> out.put(k, Jsonl.str(o.get(k))));
            }
            return out;
        }
    }

    private Jsonl() {
    }

    /** The lines of a gold file; fails naming the line when one is not an object or lacks a required field. */
    static List<Line> read(Path file, String... required) throws IOException {
        List<Line> out = new ArrayList<>();
        int n = 0;
        for (String text : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            n++;
            if (text.isBlank()) {
                continue;
            }
            JsonObject o;
            try {
                o = JSON.parseAny(text).getAsObject();
            } catch (RuntimeException e) {
                throw new IOException(file + " line " + n + ": not a JSON object");
            }
            for (String key : required) {
                if (!o.hasKey(key)) {
                    throw new IOException(file + " line " + n + ": needs at least " + String.join(", ", required));
                }
            }
            out.add(new Line(n, o));
        }
        return out;
    }

    static String str(JsonValue v) {
        return v == null || v.isNull() ? "" : v.isString() ? v.getAsString().value() : v.toString();
    }
}
