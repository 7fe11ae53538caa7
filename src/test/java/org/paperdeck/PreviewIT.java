package org.paperdeck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.paperdeck.cli.Cli;

/**
 * The preview in a real browser (Debian's headless Chromium, driven through chromedriver), as
 * its user sees it: one picture per slide of the example; an edit saved to the notes shows up
 * in the open page without a reload and without moving it; a broken edit shows the error over
 * the slides, which stay. Screenshots of what the page showed go to
 * {@code target/preview-screenshots/}.
 */
class PreviewIT {
  /** How long to wait for what should take about a second (the machine may be busy). */
  private static final Duration PATIENCE = Duration.ofSeconds(120);
  private static final Path SHOTS = Path.of("target", "preview-screenshots");

  @TempDir
  Path dir;

  private Thread preview;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private ChromeDriver browser;

  @BeforeEach
  void start() {
    Tools.require("chromium");
    Tools.require("chromedriver");
  }

  @AfterEach
  void stop() throws InterruptedException {
    if (browser != null) {
      browser.quit();
    }
    if (preview != null) {
      preview.interrupt();
      preview.join(PATIENCE.toMillis());
      assertFalse(preview.isAlive(), "the preview did not stop");
    }
  }

  @Test
  void thePageFollowsEditsInPlaceAndKeepsTheSlidesWhenTheNotesBreak() throws Exception {
    Path notes = dir.resolve("iclr-2022.md");
    String example = Files.readString(Path.of("talks", "iclr-2022.md"));
    Files.writeString(notes, example);
    preview = new Thread(() -> Cli.run(new String[] {"preview", notes.toString()},
        new PrintWriter(out, true), new PrintWriter(err, true)));
    preview.start();
    String url = await(() -> find(out.toString(), "at (http://127\\.0\\.0\\.1:\\d+/\\w+/)"),
        "the preview's address");
    await(() -> err.toString().contains("watching") ? "" : null, "the watch to start");

    browser = chrome();
    browser.get(url);
    // The example makes 17 slides: the page shows 17 pictures, each loaded, in order.
    await(() -> loadedPictures() == 17 ? "" : null, "17 loaded slide pictures");
    List<WebElement> numbers = browser.findElements(By.cssSelector("figure.slide .number"));
    assertEquals("1", numbers.get(0).getText());
    assertEquals("17", numbers.get(16).getText());
    assertTrue(browser.findElement(By.id("slide-5")).findElement(By.cssSelector(".badge"))
        .isDisplayed(), "slide 5's warning badge");
    screenshot("loaded");

    WebElement paper = browser.findElement(By.id("slide-6"));
    js("arguments[0].scrollIntoView(); window.notReloaded = true;", paper);
    long scrolled = ((Number) js("return window.scrollY;")).longValue();
    String title = paper.findElement(By.cssSelector(".title")).getText();
    assertEquals("Weighted Training for Cross-Task Learning", title);
    String picture = paper.findElement(By.tagName("img")).getAttribute("src");

    Files.writeString(notes, example.replace("## Weighted Training for Cross-Task Learning",
        "## Weighted Training for Many Tasks"));
    await(() -> "Weighted Training for Many Tasks".equals(
        browser.findElement(By.cssSelector("#slide-6 .title")).getText()) ? "" : null,
        "the edited title on the page");
    await(() -> loadedPictures() == 17
        && !picture.equals(browser.findElement(By.cssSelector("#slide-6 img")).getAttribute("src"))
        ? "" : null, "the slide's new picture");
    assertEquals(Boolean.TRUE, js("return window.notReloaded === true;"), "the page reloaded");
    assertEquals(scrolled, ((Number) js("return window.scrollY;")).longValue(), 2,
        "the page moved");
    screenshot("edited");

    Files.writeString(notes, example.replace("Authors: Fangyu Liu", "Autors: Fangyu Liu"));
    WebElement problems = browser.findElement(By.id("problems"));
    await(() -> problems.isDisplayed() ? "" : null, "the error over the slides");
    assertTrue(problems.getText().contains(notes + ":"), problems.getText());
    assertTrue(problems.getText().contains(": error: "), problems.getText());
    assertTrue(problems.getText().contains("Autors"), problems.getText());
    assertEquals(17, loadedPictures(), "the last good slides stay");
    assertEquals("Weighted Training for Many Tasks",
        browser.findElement(By.cssSelector("#slide-6 .title")).getText());
    assertEquals(Boolean.TRUE, js("return window.notReloaded === true;"), "the page reloaded");
    screenshot("broken");

    Files.writeString(notes, example);
    await(() -> problems.isDisplayed() ? null : "", "the error to go once the notes are fixed");
    browser.findElement(By.id("tab-handout")).click();
    browser.switchTo().frame("handout");
    await(() -> browser.findElement(By.tagName("body")).getText()
        .contains("Weighted Training for Cross-Task Learning") ? "" : null, "the handout tab");
    browser.switchTo().defaultContent();
    screenshot("handout");
  }

  private ChromeDriver chrome() {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(new File(Tools.which("chromium")));
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
        "--disable-dev-shm-usage", "--window-size=1200,1400");
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(Tools.which("chromedriver"))).build();
    return new ChromeDriver(service, options);
  }

  /** The slide pictures on the page that have finished loading. */
  private long loadedPictures() {
    return ((Number) js("return Array.from(document.querySelectorAll('figure.slide img'))"
        + ".filter(img => img.complete && img.naturalWidth > 0).length;")).longValue();
  }

  private Object js(String script, Object... args) {
    return ((JavascriptExecutor) browser).executeScript(script, args);
  }

  private void screenshot(String name) throws Exception {
    Files.createDirectories(SHOTS);
    byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
    Files.write(SHOTS.resolve("preview-" + name + ".png"), png);
  }

  private static String find(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    return m.find() ? m.group(1) : null;
  }

  /** Polls until {@code condition} gives a value; fails with {@code what} after PATIENCE. */
  private <T> T await(Supplier<T> condition, String what) throws InterruptedException {
    long end = System.nanoTime() + PATIENCE.toNanos();
    while (true) {
      T value = condition.get();
      if (value != null) {
        return value;
      }
      if (System.nanoTime() > end) {
        throw new AssertionError("waited in vain for " + what + "\nout:\n" + out + "\nerr:\n" + err);
      }
      Thread.sleep(50);
    }
  }
}
