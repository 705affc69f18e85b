package org.newskg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.serve.Served.get;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.store.KgStore;

/**
 * The browser page's own defences, over plain HTTP: every page response carries a
 * Content-Security-Policy that allows only the server's own scripts (no inline script, no
 * {@code javascript:} URLs, no eval), and the page itself needs nothing more: no inline script,
 * style or event handler in {@code index.html}, and no markup built from strings in {@code app.js}.
 */
class PageSafetyTest {

    @TempDir
    static Path tmp;
    static KgStore store;
    static SparqlServer server;

    @BeforeAll
    static void serve() throws Exception {
        store = KgStore.open(tmp.resolve("store"));
        server = SparqlServer.builder(store).port(Served.freePort()).build().start();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
        if (store != null) {
            store.close();
        }
    }

    private static Document page() throws Exception {
        HttpResponse<String> r = get(server.baseUrl(), null);
        assertEquals(200, r.statusCode());
        return Jsoup.parse(r.body(), server.baseUrl());
    }

    /** The policy's directives, each with its sources. */
    private static Map<String, List<String>> policy(HttpResponse<String> r) {
        String header = r.headers().firstValue("Content-Security-Policy")
                .orElseThrow(() -> new AssertionError(r.uri() + " has no Content-Security-Policy"));
        Map<String, List<String>> directives = new LinkedHashMap<>();
        for (String d : header.split(";")) {
            List<String> words = Arrays.stream(d.strip().split("\\s+")).filter(w -> !w.isEmpty()).toList();
            if (!words.isEmpty()) {
                directives.put(words.get(0).toLowerCase(java.util.Locale.ROOT), words.subList(1, words.size()));
            }
        }
        return directives;
    }

    @Test
    void everyPageResponseAllowsOnlyTheServersOwnScripts() throws Exception {
        List<String> urls = new ArrayList<>(List.of(server.baseUrl()));
        for (Element e : page().select("script[src], link[href]")) {
            urls.add(e.absUrl(e.hasAttr("src") ? "src" : "href"));
        }
        assertTrue(urls.stream().anyMatch(u -> u.endsWith("/assets/app.js")), urls::toString);
        for (String url : urls) {
            HttpResponse<String> r = get(url, null);
            assertEquals(200, r.statusCode(), url);
            Map<String, List<String>> csp = policy(r);
            assertEquals(List.of("'self'"), csp.get("script-src"), url + ": " + csp);
            assertEquals(List.of("'none'"), csp.get("default-src"), url + ": " + csp);
            assertEquals(List.of("'none'"), csp.get("object-src"), url + ": " + csp);
            assertEquals(List.of("'none'"), csp.get("base-uri"), url + ": " + csp);
            assertEquals(List.of("'none'"), csp.get("frame-ancestors"), url + ": " + csp);
            csp.forEach((directive, sources) -> assertFalse(
                    sources.contains("'unsafe-inline'") || sources.contains("'unsafe-eval'") || sources.contains("*")
                            || sources.contains("data:") && !directive.equals("img-src"),
                    url + ": " + directive + " " + sources));
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(null), url);
        }
    }

    @Test
    void thePageHasNoInlineScriptStyleOrHandler() throws Exception {
        Document page = page();
        assertFalse(page.select("script").isEmpty());
        for (Element script : page.select("script")) {
            assertTrue(script.hasAttr("src") && script.data().isBlank(), script::outerHtml);
        }
        assertTrue(page.select("style, [style]").isEmpty(), () -> page.select("style, [style]").outerHtml());
        for (Element e : page.getAllElements()) {
            e.attributes().forEach(a -> assertFalse(a.getKey().toLowerCase(java.util.Locale.ROOT).startsWith("on"),
                    e.tagName() + " " + a.getKey()));
        }
        for (Element a : page.select("[href], [src], [action]")) {
            for (String attr : List.of("href", "src", "action")) {
                assertFalse(a.attr(attr).strip().toLowerCase(java.util.Locale.ROOT).startsWith("javascript:"), a::outerHtml);
            }
        }
    }

    @Test
    void theScriptBuildsNoMarkupFromStrings() throws Exception {
        String app = get(server.baseUrl() + "assets/app.js", null).body();
        for (String sink : List.of("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function",
                "createContextualFragment", "DOMParser", "setAttribute('on", "setAttribute(\"on")) {
            assertFalse(app.contains(sink), "app.js uses " + sink);
        }
    }
}
