package org.newskg.corpus;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * One line of a JSON Lines corpus: an object with {@code id} and {@code text} (required) and
 * {@code title}, {@code publisher}, {@code published} ({@code YYYY-MM-DD}, or an ISO date-time whose
 * date is taken), {@code url}. Other keys are ignored. Fields the line lacks come from the manifest.
 */
final class JsonlArticle {

    /** An article read from a line, with a non-fatal problem about it (a malformed date) or null. */
    record Parsed(Article article, String warning) {
    }

    private JsonlArticle() {
    }

    static Parsed parse(String line, Manifest manifest) throws BadInputException {
        JsonValue value;
        try {
            value = JSON.parseAny(line);
        } catch (RuntimeException e) {
            throw new BadInputException("not a JSON object (" + firstLine(e.getMessage()) + ")");
        }
        if (!value.isObject()) {
            throw new BadInputException("not a JSON object");
        }
        JsonObject o = value.getAsObject();
        String id = string(o, "id");
        if (id == null || id.isBlank()) {
            throw new BadInputException("no \"id\"");
        }
        id = id.strip();
        String text = string(o, "text");
        if (text == null) {
            throw new BadInputException("article " + id + " has no \"text\"");
        }
        text = ArticleLoader.normalise(text);
        if (text.isBlank()) {
            throw new BadInputException("article " + id + " has no text (only whitespace)");
        }
        ArticleMeta fromManifest = manifest.lookup(id).orElse(ArticleMeta.UNKNOWN);
        String warning = null;
        LocalDate published = fromManifest.published();
        String date = string(o, "published");
        if (date != null && !date.isBlank()) {
            try {
                published = date(date.strip());
            } catch (DateTimeParseException e) {
                warning = "malformed date '" + date + "' for article " + id
                        + " (expected YYYY-MM-DD); ingested without a publication date";
                published = null;
            }
        }
        ArticleMeta meta = new ArticleMeta(or(string(o, "title"), fromManifest.title()),
                or(string(o, "publisher"), fromManifest.publisher()), published, or(string(o, "url"), fromManifest.url()));
        return new Parsed(new Article(id, text, meta), warning);
    }

    /** {@code YYYY-MM-DD}, or the date of an ISO date-time ({@code 2024-01-25T10:00:00Z}). */
    static LocalDate date(String s) {
        for (String sep : List.of("T", " ")) {
            int i = s.indexOf(sep);
            if (i == 10) {
                s = s.substring(0, 10);
            }
        }
        return LocalDate.parse(s);
    }

    private static String string(JsonObject o, String key) throws BadInputException {
        JsonValue v = o.get(key);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isString()) {
            throw new BadInputException("\"" + key + "\" is not a string");
        }
        String s = v.getAsString().value();
        return key.equals("text") || !s.isBlank() ? s : null;
    }

    private static String or(String a, String b) {
        return a != null ? a.strip() : b;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "syntax error";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }
}
