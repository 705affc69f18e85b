package org.newskg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.serve.Served.encode;
import static org.newskg.serve.Served.send;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.store.KgStore;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The browser page over a hostile store, in a real headless Chromium: article titles, statement
 * texts and actor names that are markup, and article URLs that are {@code javascript:}. The
 * articles are ingested with the real CLI; their URLs and the speaker's name are then rewritten
 * the way a store written by an older newskg (or changed by a SPARQL update) holds them, since
 * the page must be safe for any store. A user searches, opens the links, taps the graph; no
 * script of the store's runs (every payload would write {@code localStorage.pwned}), every link
 * is http(s) or the server's own, and the markup shows as text.
 */
class BrowserHostileDataTest {

    /** Each payload, if it ever ran, leaves its name in localStorage.pwned. */
    static String run(String name) {
        return "localStorage.setItem('pwned','" + name + "')";
    }

    static final String TITLE = "<img src=x onerror=" + run("title") + ">\"><script>" + run("title-script") + "</script>";
    static final String QUOTE = "<img src=x onerror=" + run("statement") + "> the troops will stay until the work is done";
    static final String INDIRECT = "<script>" + run("indirect") + "</script> no decision had been taken about the bases";
    static final String LABEL = "John Carverley\"><img src=x onerror=" + run("label") + "><svg onload=" + run("label-svg") + ">";
    static final String SEARCH = "Carverley<img src=x onerror=" + run("search") + ">";
    /** Article id → the url a store written before http(s) checks could hold (a literal, or an IRI from an update). */
    static final List<String[]> URLS = List.of(
            new String[] {"xss-1", "\"javascript:" + run("url-1") + "\""},
            new String[] {"xss-2", "\" java\\tscript:" + run("url-2") + "\""},
            new String[] {"xss-3", "<JavaScript:" + run("url-3") + ">"},
            new String[] {"xss-4", "\"data:text/html,<script>" + run("url-4") + "</script>\""});
    static final String WEB = "https://news.example/xss-5?q=%3Cb%3E";

    @TempDir
    static Path tmp;
    static KgStore store;
    static SparqlServer server;

    @BeforeAll
    static void serve() throws Exception {
        Chromium.ensure();
        StringBuilder jsonl = new StringBuilder();
        for (int n = 1; n <= 5; n++) {
            String id = "xss-" + n;
            JsonObject o = new JsonObject();
            o.put("id", id);
            o.put("title", n == 1 ? TITLE : "Hostile article " + n + " \"><b>bold</b>");
            o.put("publisher", "<b>Example</b> News");
            o.put("published", "2024-02-0" + n);
            o.put("url", n == 5 ? WEB : n == 1 ? "javascript:" + run("ingested-url") : "https://news.example/" + id);
            o.put("text", "Defence Minister John Carverley spoke to reporters in Baghdad on Monday.\n\n\"" + QUOTE + " " + n
                    + "\", Carverley said.\n\n" + (n == 1 ? "Carverley said that " + INDIRECT
                            + ".\n\nUS forces attacked a militia base near Baghdad on Sunday, Carverley said.\n" : ""));
            jsonl.append(o.toString().replaceAll("\\s*\n\\s*", " ")).append('\n');
        }
        Path input = Files.writeString(tmp.resolve("hostile.jsonl"), jsonl);
        Served.ingest(tmp.resolve("store"), input);
        store = KgStore.openExisting(tmp.resolve("store"));

        // What an older store holds: the urls unchecked, and (as an update could leave it) a name that is markup.
        StringBuilder update = new StringBuilder("""
                PREFIX nkg: <https://w3id.org/newskg/ontology#>
                PREFIX dcterms: <http://purl.org/dc/terms/>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX schema: <https://schema.org/>
                """);
        for (String[] url : URLS) {
            update.append("DELETE { GRAPH ?g { ?a schema:url ?u } } INSERT { GRAPH ?g { ?a schema:url ").append(url[1])
                    .append(" } } WHERE { GRAPH ?g { ?a a nkg:Article ; dcterms:identifier \"").append(url[0])
                    .append("\" OPTIONAL { ?a schema:url ?u } } } ;\n");
        }
        update.append("DELETE { GRAPH ?g { ?x rdfs:label ?l } } INSERT { GRAPH ?g { ?x rdfs:label ")
                .append(sparqlString(LABEL)).append(" } } WHERE { GRAPH ?g { ?x rdfs:label ?l FILTER(?l = \"John Carverley\") } }");
        SparqlServer writable = SparqlServer.builder(store).port(Served.freePort()).allowUpdate(true).build().start();
        try {
            var r = send("POST", writable.baseUrl() + "newskg/update", "application/sparql-update", update.toString());
            assertTrue(r.statusCode() / 100 == 2, r::body);
        } finally {
            writable.stop();
        }
        server = SparqlServer.builder(store).port(Served.freePort()).build().start();
    }

    private static String sparqlString(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
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

    private static Object js(WebDriver browser, String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    private static void search(WebDriver browser, String actor) throws InterruptedException {
        browser.get(server.baseUrl() + "?actor=" + encode(actor));
        Chromium.await("the results for " + actor, () -> "true".equals(browser.findElement(By.tagName("body")).getDomAttribute("data-ready")));
    }

    /** No payload ran (none wrote localStorage, none opened an alert), and no markup of the store became an element. */
    private static void assertNothingRan(WebDriver browser) {
        try {
            String text = browser.switchTo().alert().getText();
            throw new AssertionError("an alert is open: " + text);
        } catch (NoAlertPresentException expected) {
            // as it should be
        }
        if (!browser.getCurrentUrl().startsWith(server.baseUrl())) {
            browser.get(server.baseUrl());
        }
        assertNull(js(browser, "return localStorage.getItem('pwned')"), "a payload from the store ran");
        @SuppressWarnings("unchecked")
        List<String> foreign = (List<String>) js(browser, """
                return [...document.querySelectorAll('img, iframe, object, embed, svg, script:not([src]), b')]
                  .map((e) => e.outerHTML)
                  .concat([...document.querySelectorAll('*')].flatMap((e) => [...e.attributes]
                    .filter((a) => a.name.startsWith('on')).map((a) => e.tagName + ' ' + a.name)));""");
        assertEquals(List.of(), foreign, "markup from the store became elements");
    }

    /** Every link is an http(s) URL or one of the server's own paths: nothing a click could run. */
    private static void assertLinksAreSafe(WebDriver browser) {
        for (WebElement a : browser.findElements(By.cssSelector("a[href]"))) {
            String href = a.getDomAttribute("href");
            assertTrue(href.startsWith("https://") || href.startsWith("http://") || href.startsWith("/") && !href.startsWith("//"),
                    "link to " + href);
        }
    }

    @Test
    void hostileTitlesTextsNamesAndUrlsShowAsTextAndRunNothing() throws Exception {
        WebDriver browser = Chromium.start(tmp.resolve("profile-page"));
        try {
            browser.get(server.baseUrl());
            Chromium.await("the page to load", () -> "true".equals(browser.findElement(By.tagName("body")).getDomAttribute("data-loaded")));
            // The hostile name is offered as it is, as a value.
            assertTrue(browser.findElements(By.cssSelector("#actors option")).stream()
                    .anyMatch(o -> LABEL.equals(o.getDomProperty("value"))), "the name is not in the search list");

            browser.findElement(By.id("actor")).sendKeys("Carverley");
            browser.findElement(By.cssSelector("#search button")).click();
            Chromium.await("the results", () -> "true".equals(browser.findElement(By.tagName("body")).getDomAttribute("data-ready")));
            assertNothingRan(browser);
            assertLinksAreSafe(browser);

            // The store's markup is shown as the text it is.
            List<WebElement> rows = browser.findElements(By.cssSelector("#statements tbody tr.statement"));
            assertTrue(rows.size() >= 6, "rows: " + rows.size());
            String table = browser.findElement(By.id("statements")).getText();
            for (String shown : List.of(QUOTE + " 1", INDIRECT, LABEL, TITLE)) {
                assertTrue(table.contains(shown), "not shown as text: " + shown + "\n" + table);
            }
            assertTrue(browser.findElement(By.id("said-count")).getText().contains(LABEL));
            // The attack he reported is on the timeline with its article's hostile title, as text.
            String timeline = browser.findElement(By.id("timeline")).getText();
            assertTrue(timeline.contains(TITLE), timeline);

            // Article links: only the http(s) url is a link out; the others open the article's graph.
            List<String> opened = new ArrayList<>();
            for (int n = 1; n <= 5; n++) {
                WebElement link = browser.findElement(By.cssSelector("#statements a[title='xss-" + n + "']"));
                opened.add(link.getDomAttribute("href"));
            }
            assertEquals(WEB, opened.get(4));
            for (String href : opened.subList(0, 4)) {
                assertTrue(href.startsWith("/newskg/get?graph="), href);
            }

            // The graph: the speaker's node, tapped, describes itself in text.
            String detail = (String) js(browser, """
                    const node = cy.nodes().filter((n) => n.data('kind') === 'actor' && String(n.data('label')).includes('Carverley'))[0];
                    node.emit('tap');
                    return document.getElementById('graph-detail').textContent;""");
            assertTrue(detail.contains(LABEL), detail);
            assertEquals(0L, js(browser, "return document.getElementById('graph-detail').children.length"));
            assertNothingRan(browser);
        } finally {
            browser.quit();
        }
    }

    @Test
    void clickingEveryArticleLinkRunsNothing() throws Exception {
        WebDriver browser = Chromium.start(tmp.resolve("profile-links"));
        try {
            for (String[] url : URLS) {
                search(browser, "Carverley");
                browser.findElement(By.cssSelector("#statements a[title='" + url[0] + "']")).click();
                Thread.sleep(500);
                assertNothingRan(browser);
            }
        } finally {
            browser.quit();
        }
    }

    @Test
    void aHostileSearchIsShownAsText() throws Exception {
        WebDriver browser = Chromium.start(tmp.resolve("profile-search"));
        try {
            search(browser, SEARCH);
            assertTrue(browser.findElement(By.id("status")).getText().contains(SEARCH), browser.findElement(By.id("status")).getText());
            assertTrue(browser.findElement(By.id("statements")).getText().contains(SEARCH));
            assertNothingRan(browser);
            assertTrue(Set.of("", "0").contains(browser.findElement(By.id("graph")).getDomAttribute("data-nodes")));
        } finally {
            browser.quit();
        }
    }
}
