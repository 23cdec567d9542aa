package org.newsbeam.page;

import static org.junit.Assert.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.Assume;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven by its chromedriver through Selenium, with the network off: a
 * proxy that goes nowhere and DevTools' offline mode. Both paths are given, so Selenium Manager
 * never runs (it would download a driver).
 */
final class HeadlessChromium implements AutoCloseable {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  static final int WIDTH = 1400;

  private final ChromeDriver driver;
  private final Path profile;

  private HeadlessChromium(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  /**
   * Starts the browser; without it, the test is skipped with a message, or fails under CI (where
   * .ci/run installs it).
   */
  static HeadlessChromium startOrSkip() throws IOException {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(DRIVER)) {
      String message =
          "no "
              + CHROMIUM
              + " or "
              + DRIVER
              + ": the browser tests of report.html need Debian's chromium and chromium-driver"
              + " (apt-get install chromium chromium-driver; .ci/run installs them)";
      if ("true".equals(System.getenv("CI"))) {
        fail(message);
      }
      Assume.assumeTrue(message, false);
    }
    System.setProperty("webdriver.chrome.driver", DRIVER.toString());
    Path profile = Files.createTempDirectory("newsbeam-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toString());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--no-default-browser-check",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-extensions",
        "--disable-default-apps",
        "--user-data-dir=" + profile,
        "--proxy-server=http://127.0.0.1:9",
        "--proxy-bypass-list=<-loopback>",
        "--force-device-scale-factor=1",
        "--window-size=" + WIDTH + ",1000");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    logs.enable(LogType.PERFORMANCE, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(DRIVER.toFile())
            .usingAnyFreePort()
            .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.executeCdpCommand("Network.enable", Map.of());
    driver.executeCdpCommand(
        "Network.emulateNetworkConditions",
        Map.of("offline", true, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
    return new HeadlessChromium(driver, profile);
  }

  /**
   * Opens the page and waits until its script says every chart is drawn (or one failed); drops the
   * logs of earlier pages.
   */
  String open(Path page) {
    driver.manage().logs().get(LogType.BROWSER);
    driver.manage().logs().get(LogType.PERFORMANCE);
    driver.manage().window().setSize(new Dimension(WIDTH, 1000));
    driver.get(page.toUri().toString());
    return new WebDriverWait(driver, Duration.ofSeconds(60))
        .until(
            d ->
                d.findElement(org.openqa.selenium.By.tagName("body"))
                    .getDomAttribute("data-charts"));
  }

  Object script(String code, Object... args) {
    return driver.executeScript(code, args);
  }

  /** The console's messages at a level, as "LEVEL message". */
  List<String> console(Level level) {
    List<String> messages = new ArrayList<>();
    for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
      if (entry.getLevel().intValue() >= level.intValue()) {
        messages.add(entry.getLevel() + " " + entry.getMessage());
      }
    }
    return messages;
  }

  /** Every URL the page asked for since it was opened, from DevTools' network events. */
  List<String> requests() throws IOException {
    List<String> urls = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
      JsonNode message = json.readTree(entry.getMessage()).path("message");
      if (message.path("method").asText().equals("Network.requestWillBeSent")) {
        urls.add(message.path("params").path("request").path("url").asText());
      }
    }
    return urls;
  }

  /** A screenshot of the whole page, its window made as tall as the page. */
  void screenshot(Path file) throws IOException {
    long height = (Long) script("return document.documentElement.scrollHeight;");
    driver.manage().window().setSize(new Dimension(WIDTH, (int) Math.min(height + 100, 16_000)));
    Files.createDirectories(file.getParent());
    Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
  }

  @Override
  public void close() throws IOException {
    driver.quit();
    try (var files = Files.walk(profile)) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
