package org.newskg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.store.KgStore;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The browser page in a real headless Chromium (Debian {@code chromium} + {@code chromium-driver},
 * driven by Selenium): load it, search an actor, see the known statements with their evidence
 * highlighted, the timeline and the graph, all under the page's Content-Security-Policy; a
 * screenshot goes to {@code target/screenshots/}.
 * Skipped, saying why, only where no Chromium can be found or installed.
 */
class BrowserViewTest {

    @TempDir
    static Path tmp;
    static KgStore store;
    static SparqlServer server;

    @BeforeAll
    static void serve() throws Exception {
        Chromium.ensure();
        Served.ingestCorpus(tmp.resolve("store"));
        store = KgStore.openExisting(tmp.resolve("store"));
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

    private static Path screenshot(WebDriver browser) throws java.io.IOException {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Path target = Path.of("target", "screenshots", "browser-view.png");
        Files.createDirectories(target.getParent());
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    @Test
    void searchAnActorAndSeeWhatTheySaid() throws Exception {
        WebDriver browser = Chromium.start(tmp.resolve("profile"));
        try {
            browser.get(server.baseUrl());
            Chromium.await("the page to load", () -> "true".equals(browser.findElement(By.tagName("body")).getDomAttribute("data-loaded")));
            assertFalse(browser.findElement(By.id("status")).getText().startsWith("Error"), browser.findElement(By.id("status")).getText());
            // The actor list for the search box came from the bundled 'actors' query.
            assertTrue(browser.findElements(By.cssSelector("#actors option")).size() >= 10);

            browser.findElement(By.id("actor")).sendKeys("Ryder");
            browser.findElement(By.cssSelector("#search button")).click();
            Chromium.await("the results", () -> "true".equals(browser.findElement(By.tagName("body")).getDomAttribute("data-ready")));
            Path screenshot = screenshot(browser);
            assertTrue(Files.size(screenshot) > 10_000);

            List<WebElement> rows = browser.findElements(By.cssSelector("#statements tbody tr.statement"));
            assertTrue(rows.size() >= 5, "rows: " + rows.size());
            WebElement duty = rows.stream().filter(r -> r.getText().contains("all of them have since returned to duty")).findFirst()
                    .orElseThrow(() -> new AssertionError("the 2024-01-23 statement is not listed"));
            assertEquals("2024-01-23", duty.findElement(By.cssSelector("td.date")).getText());
            String marked = duty.findElement(By.cssSelector("td.evidence mark")).getText();
            assertTrue(marked.contains("all of them have since returned to duty"), marked);
            assertTrue(duty.findElement(By.cssSelector("td.evidence")).getText().contains("Pentagon spokesman Maj. Gen. Patrick Ryder said"));
            WebElement link = duty.findElement(By.cssSelector("td a"));
            // The corpus manifest has titles but no URLs: the link opens the article's graph (Graph Store read).
            assertEquals("US and Iraq to discuss future military presence in country", link.getText());
            assertTrue(link.getDomAttribute("href").startsWith("/newskg/get?graph=")
                    && link.getDomAttribute("href").contains("003_be0c6bdd41edad64"), link.getDomAttribute("href"));
            assertTrue(browser.findElement(By.id("status")).getText().contains("statements by “Ryder”"));

            // Timeline (bundled 'timeline' query): a spokesman's statements are no events (issue 24), so no
            // event involves him and the page says so above the whole timeline.
            List<WebElement> events = browser.findElements(By.cssSelector("#timeline li"));
            assertFalse(events.isEmpty());
            assertTrue(events.stream().noneMatch(e -> e.getText().contains("Patrick Ryder")), () -> events.get(0).getText());
            assertTrue(browser.findElement(By.id("timeline-scope")).getText().contains("none involve “Ryder”"),
                    browser.findElement(By.id("timeline-scope")).getText());
            assertFalse(browser.findElement(By.id("timeline-empty")).isDisplayed());

            // The neighbourhood graph was drawn by Cytoscape.js (served from the WebJar).
            int nodes = Integer.parseInt(browser.findElement(By.id("graph")).getDomAttribute("data-nodes"));
            assertTrue(nodes > 3, "graph nodes: " + nodes);
            assertFalse(browser.findElements(By.cssSelector("#graph canvas")).isEmpty());

            // All of it under the page's Content-Security-Policy: the browser refused nothing the page does.
            List<String> refused = Chromium.console(browser).stream().filter(m -> m.contains("Content Security Policy")).toList();
            assertTrue(refused.isEmpty(), () -> String.join("\n", refused));

        } finally {
            browser.quit();
        }
    }
}
