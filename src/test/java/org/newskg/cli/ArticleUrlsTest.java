package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An article's url is where it was published: an http(s) address (or a relative one, kept as
 * text). A url with any other scheme ({@code javascript:}, {@code data:}, {@code vbscript:}),
 * from a manifest, a JSON line or a page's canonical link, is not stored: the article is ingested
 * without it, with a warning, so nothing reading the store is handed a link that runs script.
 */
class ArticleUrlsTest {

    static final String TEXT = "Officials said the bridge will reopen in May.\n";

    @TempDir
    Path tmp;

    private static String jsonLine(String id, String url) {
        JsonObject o = new JsonObject();
        o.put("id", id);
        o.put("url", url);
        o.put("text", TEXT);
        return o.toString().replaceAll("\\s*\n\\s*", " ") + "\n";
    }

    @Test
    void urlsThatAreNotWebAddressesAreDroppedWithAWarningEach() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("manifest.tsv"), """
                id\ttitle\turl
                m1\tManifest one\tjavascript:alert(document.domain)
                m2\tManifest two\thttps://news.example/m2
                m3\tManifest three\tnews/m3.html
                """);
        for (String id : List.of("m1", "m2", "m3")) {
            Files.writeString(in.resolve(id + ".txt"), TEXT);
        }
        Files.writeString(in.resolve("page.html"), "<!DOCTYPE html><html><head><title>Bridge</title>"
                + "<meta property=\"og:url\" content=\"javascript:alert('page')\"></head>"
                + "<body><article><p>" + TEXT + "</p></article></body></html>\n");
        Files.writeString(in.resolve("lines.jsonl"), jsonLine("j1", "JavaScript:alert(1)")
                + jsonLine("j2", "\u0001 java\tscript:alert(2)")
                + jsonLine("j3", "data:text/html,<script>alert(3)</script>")
                + jsonLine("j4", "vbscript:msgbox(4)")
                + jsonLine("j5", "http://news.example/j5"));

        String store = tmp.resolve("store").toString();
        Cli ingest = Cli.run("ingest", "--store", store, "--no-progress", in.toString());
        assertEquals(0, ingest.exit(), ingest::toString);
        assertTrue(ingest.out().startsWith("ingested 9 articles"), ingest::toString);
        List<String> warnings = ingest.err().lines().toList();
        assertEquals(6, warnings.size(), ingest::toString);
        for (String id : List.of("m1", "page", "j1", "j2", "j3", "j4")) {
            assertTrue(warnings.stream().anyMatch(l -> l.contains(": warning: ") && l.contains("article " + id + " ")
                    && l.contains("not an http(s) address")), id + "\n" + ingest);
        }
        // One line each: the tab and the control character of j2's url are shown escaped.
        assertTrue(warnings.stream().anyMatch(l -> l.contains("\\u0001 java\\u0009script:alert(2)")), ingest::toString);

        Cli export = Cli.run("export", "--store", store, "--format", "nquads");
        assertEquals(0, export.exit(), export::toString);
        String quads = export.out();
        String lower = quads.toLowerCase(Locale.ROOT);
        for (String scheme : List.of("javascript:", "script:", "data:", "vbscript:")) {
            assertFalse(lower.contains(scheme), scheme + " was stored");
        }
        assertTrue(quads.contains("<https://schema.org/url> <https://news.example/m2>"), quads);
        assertTrue(quads.contains("<https://schema.org/url> <http://news.example/j5>"), quads);
        assertTrue(quads.contains("<https://schema.org/url> \"news/m3.html\""), "a relative url stays, as text");
    }
}
