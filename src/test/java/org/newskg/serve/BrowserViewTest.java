package org.newskg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.store.KgStore;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The browser page in a real headless Chromium (Debian {@code chromium} + {@code chromium-driver},
 * driven by Selenium): load it, search an actor, see the known statements with their evidence
 * highlighted, the timeline and the graph; a screenshot goes to {@code target/screenshots/}.
 * Skipped, saying why, only where no Chromium can be found or installed.
 */
class BrowserViewTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    static Path tmp;
    static KgStore store;
    static SparqlServer server;

    @BeforeAll
    static void serve() throws Exception {
        ensureChromium();
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

    /** Finds Chromium and its driver; installs them with apt-get when missing and running as root; else skips. */
    private static void ensureChromium() throws Exception {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            boolean root = "root".equals(System.getProperty("user.name"));
            if (root && Files.isExecutable(Path.of("/usr/bin/apt-get"))) {
                run("apt-get", "update", "-q");
                run("apt-get", "install", "-y", "-q", "chromium", "chromium-driver");
            }
        }
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "browser test skipped: no headless Chromium here (need " + CHROMIUM + " and " + CHROMEDRIVER
                        + "; as root: apt-get install -y chromium chromium-driver)");
    }

    private static void run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (!p.waitFor(15, TimeUnit.MINUTES)) {
            p.destroyForcibly();
        }
    }

    /** Kept so the setting holds: without it Selenium warns that it has no CDP (DevTools) for this Chromium; we don't use CDP. */
    private static final java.util.logging.Logger SELENIUM = java.util.logging.Logger.getLogger("org.openqa.selenium");

    private static WebDriver chromium() {
        SELENIUM.setLevel(java.util.logging.Level.SEVERE);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,2100", "--user-data-dir=" + tmp.resolve("profile"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(100);
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
        WebDriver browser = chromium();
        try {
            browser.get(server.baseUrl());
            await("the page to load", () -> "true".equals(browser.findElement(By.tagName("body")).getDomAttribute("data-loaded")));
            assertFalse(browser.findElement(By.id("status")).getText().startsWith("Error"), browser.findElement(By.id("status")).getText());
            // The actor list for the search box came from the bundled 'actors' query.
            assertTrue(browser.findElements(By.cssSelector("#actors option")).size() >= 10);

            browser.findElement(By.id("actor")).sendKeys("Ryder");
            browser.findElement(By.cssSelector("#search button")).click();
            await("the results", () -> "true".equals(browser.findElement(By.tagName("body")).getDomAttribute("data-ready")));
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

            // Timeline (bundled 'timeline' query): the events he is an agent, target or place of.
            List<WebElement> events = browser.findElements(By.cssSelector("#timeline li"));
            assertFalse(events.isEmpty());
            assertTrue(events.stream().allMatch(e -> e.getText().contains("Patrick Ryder")), () -> events.get(0).getText());
            assertTrue(browser.findElement(By.id("timeline-scope")).getText().contains("involving “Ryder”"));
            assertFalse(browser.findElement(By.id("timeline-empty")).isDisplayed());

            // The neighbourhood graph was drawn by Cytoscape.js (served from the WebJar).
            int nodes = Integer.parseInt(browser.findElement(By.id("graph")).getDomAttribute("data-nodes"));
            assertTrue(nodes > 3, "graph nodes: " + nodes);
            assertFalse(browser.findElements(By.cssSelector("#graph canvas")).isEmpty());

        } finally {
            browser.quit();
        }
    }
}
