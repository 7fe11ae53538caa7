package org.paperdeck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.paperdeck.cli.CliTest.paperdeck;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.paperdeck.Tools;

/**
 * The group's site from the test semester, opened from disk in headless Chromium as a member
 * would open it: every page loads without a console error, the reading list's filter narrows the
 * rows as one types, every page shows what it has with JavaScript off (the filter aside), and
 * the Nu Html Checker finds every page valid HTML5.
 */
class SiteIT {
  @TempDir
  static Path dir;

  private static Path site;
  private ChromeDriver browser;

  @BeforeAll
  static void buildSite() throws Exception {
    Path semester = Semester.copyInto(dir);
    site = dir.resolve("site");
    CliTest.Outcome run = paperdeck("site", semester.toString(),
        semester.resolve("lightning").toString(), semester.resolve("compact").toString(),
        semester.resolve("lab-theme").toString(), "-o", site.toString(), "--today",
        "2027-02-20");
    assertTrue(Files.exists(site.resolve("index.html")), run.err());
  }

  @BeforeEach
  void startChromium() {
    browser = chromium(true);
  }

  private static ChromeDriver chromium(boolean javaScript) {
    Tools.require("chromium");
    Tools.require("chromedriver");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(new File(Tools.which("chromium")));
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
        "--disable-dev-shm-usage", "--window-size=1200,900");
    if (!javaScript) {
      options.setExperimentalOption("prefs",
          Map.of("profile.managed_default_content_settings.javascript", 2));
    }
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    return new ChromeDriver(new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(Tools.which("chromedriver"))).build(), options);
  }

  private static List<Path> pages() throws IOException {
    try (Stream<Path> files = Files.walk(site)) {
      return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
  }

  @AfterEach
  void stopChromium() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void everyPageLoadsFromDiskWithoutAConsoleError() throws Exception {
    List<Path> pages = pages();
    assertTrue(pages.size() >= 4, pages.toString());
    for (Path page : pages) {
      browser.get(page.toUri().toString());
      assertTrue(!browser.getTitle().isBlank(), page + " has a title");
      List<String> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
          .filter(entry -> entry.getLevel().intValue() >= Level.WARNING.intValue())
          .map(LogEntry::getMessage).toList();
      assertEquals(List.of(), errors, page.toString());
    }
  }

  @Test
  void theReadingListsFilterNarrowsTheRowsAsOneTypes() {
    browser.get(site.resolve("reading-list.html").toUri().toString());
    long all = visibleRows();
    assertTrue(all >= 5, "rows: " + all);
    browser.findElement(By.id("filter")).sendKeys("Retrieval");
    // The filter runs on each keystroke; wait for the rows to change, up to a few seconds.
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (visibleRows() == all && System.nanoTime() < deadline) {
      Thread.onSpinWait();
    }
    long narrowed = visibleRows();
    assertTrue(narrowed > 0 && narrowed < all, narrowed + " of " + all);
    assertTrue(browser.findElement(By.id("count")).getText().startsWith(narrowed + " "),
        browser.findElement(By.id("count")).getText());
  }

  private long visibleRows() {
    return browser.findElements(By.cssSelector("#papers tbody tr")).stream()
        .filter(row -> row.isDisplayed()).count();
  }

  @Test
  void everyPageIsValidHtml5() throws Exception {
    // The Nu Html Checker, which the build copies into target/vnu (see pom.xml), run as its own
    // program: its HTML5 schema and assertions, and the CSS of every <style> element.
    Path checker = Path.of("target", "vnu");
    assertTrue(Files.isDirectory(checker), "no " + checker.toAbsolutePath()
        + ": mvn verify copies it there, or mvn dependency:copy@vnu");
    List<Path> pages = pages();
    // The home page, the reading list, and each session's page and HTML handout.
    assertTrue(pages.size() >= 2 + 2 * 6, pages.toString());
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", checker.toAbsolutePath() + File.separator + "*",
        "nu.validator.client.SimpleCommandLineValidator", "--errors-only", "--format", "gnu"));
    pages.forEach(page -> command.add(page.toString()));
    Process run = new ProcessBuilder(command).redirectErrorStream(true).start();
    String said = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int code = run.waitFor();
    List<String> errors = said.lines().filter(line -> line.contains(": error: ")).toList();
    assertEquals(List.of(), errors);
    assertEquals(0, code, said);
  }

  @Test
  void withoutJavaScriptEveryPageShowsWhatItHasAndOnlyTheFilterIsGone() throws Exception {
    ChromeDriver plain = chromium(false);
    try {
      plain.get(site.resolve("reading-list.html").toUri().toString());
      List<WebElement> rows = plain.findElements(By.cssSelector("#papers tbody tr"));
      assertTrue(rows.size() >= 5, "rows: " + rows.size());
      assertTrue(rows.stream().allMatch(WebElement::isDisplayed), "every paper shows");
      assertFalse(plain.findElement(By.id("filter")).isDisplayed(),
          "a filter that cannot filter is not offered");
      assertTrue(plain.findElements(By.cssSelector("#papers thead button")).isEmpty());
      plain.get(site.resolve("index.html").toUri().toString());
      List<WebElement> sessions = plain.findElements(By.cssSelector("main a[href^='sessions/']"));
      assertTrue(sessions.size() >= 6, "links to sessions: " + sessions.size());
      plain.get(site.resolve("sessions/week-01-retrieval/index.html").toUri().toString());
      List<WebElement> thumbnails = plain.findElements(By.cssSelector("main img"));
      assertTrue(!thumbnails.isEmpty() && thumbnails.stream()
          .allMatch(img -> img.isDisplayed() && img.getSize().getWidth() > 20),
          "the slides show as pictures");
      assertTrue(plain.findElements(By.cssSelector("a[href$='.pptx']")).size() == 1);
      assertTrue(plain.findElements(By.cssSelector("a[href$='.pdf']")).size() == 1);
    } finally {
      plain.quit();
    }
  }
}
