package org.newskg.serve;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * A real headless Chromium for the browser tests (Debian {@code chromium} + {@code chromium-driver},
 * driven by Selenium). Installed with apt-get when missing and running as root; a test class
 * whose {@link #ensure()} finds none is skipped, saying why.
 */
final class Chromium {

    static final Path BINARY = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    /** Kept so the setting holds: without it Selenium warns that it has no CDP (DevTools) for this Chromium; we don't use CDP. */
    private static final Logger SELENIUM = Logger.getLogger("org.openqa.selenium");

    private Chromium() {
    }

    /** Finds Chromium and its driver; installs them with apt-get when missing and running as root; else skips. */
    static synchronized void ensure() throws Exception {
        if (!Files.isExecutable(BINARY) || !Files.isExecutable(DRIVER)) {
            boolean root = "root".equals(System.getProperty("user.name"));
            if (root && Files.isExecutable(Path.of("/usr/bin/apt-get"))) {
                run("apt-get", "update", "-q");
                run("apt-get", "install", "-y", "-q", "chromium", "chromium-driver");
            }
        }
        Assumptions.assumeTrue(Files.isExecutable(BINARY) && Files.isExecutable(DRIVER),
                "browser test skipped: no headless Chromium here (need " + BINARY + " and " + DRIVER
                        + "; as root: apt-get install -y chromium chromium-driver)");
    }

    private static void run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (!p.waitFor(15, TimeUnit.MINUTES)) {
            p.destroyForcibly();
        }
    }

    /** A new headless browser with its own profile directory; its console is kept for {@link #console}. */
    static WebDriver start(Path profile) {
        SELENIUM.setLevel(Level.SEVERE);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,2100", "--user-data-dir=" + profile);
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    /** The console messages since the last call (errors, warnings, Content-Security-Policy violations). */
    static List<String> console(WebDriver browser) {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::toString).toList();
    }

    static void await(String what, BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(100);
        }
    }
}
