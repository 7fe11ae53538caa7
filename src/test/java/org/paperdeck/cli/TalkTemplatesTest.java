package org.paperdeck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.paperdeck.cli.CliTest.paperdeck;

import java.io.FileInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperdeck.cli.CliTest.Outcome;

/**
 * A talk that names its own template set in its front matter is built with it, over its series
 * file's set; {@code --templates} on the command line wins over both.
 */
class TalkTemplatesTest {
  private static final String PAPERS = "# Methods\n## First paper\nLink: https://example.org/a\n\n"
      + "Summary.\n\n### Insights\n- One.\n\n## Second paper\nLink: https://example.org/b\n\n"
      + "Summary.\n\n### Insights\n- Two.\n";

  @TempDir
  Path dir;

  private Path lightning;

  @BeforeEach
  void aSeriesOfDefaultTalksWithOneLightningRound() throws IOException {
    Files.writeString(dir.resolve("series.yaml"), "group: Reading group\ntemplates: default\n");
    Files.writeString(dir.resolve("week-1.md"), "---\ntitle: Week 1\n---\n" + PAPERS);
    lightning = Files.writeString(dir.resolve("week-2.md"),
        "---\ntitle: Week 2\ntemplates: lightning\n---\n" + PAPERS);
  }

  /** The slides' roles in the JSON report of {@code check}, for the talk {@code notes}. */
  private static String roles(String json, String notes) {
    String talk = json.substring(json.indexOf("\"notes\" : \"" + notes));
    int end = talk.indexOf("\"papers\" :");
    return talk.substring(0, end).lines().filter(line -> line.contains("\"role\""))
        .map(line -> line.strip().replace("\"role\" : ", "").replace("\"", "").replace(",", ""))
        .reduce((a, b) -> a + " " + b).orElse("");
  }

  @Test
  void aTalksOwnTemplatesWinOverItsSeriesInAFolderRun() {
    Outcome run = paperdeck("check", "--format", "json", dir.toString());
    assertEquals(0, run.code(), run.err());
    // The lightning deck: a title slide, then one slide per paper; no agenda, no sections.
    assertEquals("title paper paper", roles(run.out(), lightning.toString()));
    assertTrue(roles(run.out(), dir.resolve("week-1.md").toString())
        .startsWith("title agenda section paper"), run.out());
  }

  @Test
  void aTalkBuiltAloneIsBuiltWithItsOwnTemplates() throws IOException {
    Outcome run = paperdeck("build", lightning.toString(), "-t", "pptx", "-q");
    assertEquals(0, run.code(), run.err());
    try (XMLSlideShow deck = new XMLSlideShow(
        new FileInputStream(dir.resolve("week-2.pptx").toFile()))) {
      assertEquals(3, deck.getSlides().size());
    }
  }

  @Test
  void templatesOnTheCommandLineWinOverTheTalks() {
    Outcome run = paperdeck("check", "--format", "json", "--templates", "default",
        lightning.toString());
    assertEquals(0, run.code(), run.err());
    assertTrue(roles(run.out(), lightning.toString()).startsWith("title agenda"), run.out());
  }

  @Test
  void templatesThatAreNotTextAreAnErrorAtTheirLine() throws IOException {
    Files.writeString(lightning, "---\ntitle: Week 2\ntemplates: [lightning, compact]\n---\n"
        + PAPERS);
    Outcome run = paperdeck("check", lightning.toString());
    assertEquals(1, run.code(), run.err());
    assertTrue(run.err().contains(lightning + ":3:12: error: 'templates' must be text, not a"
        + " list"), run.err());
    assertFalse(run.out().contains("1 fine"), run.out());
  }
}
