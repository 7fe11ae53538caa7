package org.paperdeck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.paperdeck.cli.CliTest.paperdeck;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.paperdeck.Tools;

/**
 * The group's site from the test semester, opened from disk in headless Chromium as a member
 * would open it: every page loads without a console error, and the reading list's filter
 * narrows the rows as one types.
 */
class SiteIT {
  @TempDir
  Path dir;

  private ChromeDriver browser;
  private Path site;

  @BeforeEach
  void buildSiteAndStartChromium() throws Exception {
    Tools.require("chromium");
    Tools.require("chromedriver");
    Path semester = Semester.copyInto(dir);
    site = dir.resolve("site");
    CliTest.Outcome run = paperdeck("site", semester.toString(),
        semester.resolve("lightning").toString(), semester.resolve("compact").toString(),
        semester.resolve("lab-theme").toString(), "-o", site.toString(), "--today",
        "2027-02-20");
    assertTrue(Files.exists(site.resolve("index.html")), run.err());
    ChromeOptions options = new ChromeOptions();
    options.setBinary(new File(Tools.which("chromium")));
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
        "--disable-dev-shm-usage", "--window-size=1200,900");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    browser = new ChromeDriver(new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(Tools.which("chromedriver"))).build(), options);
  }

  @AfterEach
  void stopChromium() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void everyPageLoadsFromDiskWithoutAConsoleError() throws Exception {
    List<Path> pages;
    try (Stream<Path> files = Files.walk(site)) {
      pages = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
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
}
