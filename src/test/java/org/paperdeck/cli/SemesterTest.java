package org.paperdeck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.paperdeck.cli.CliTest.paperdeck;

import java.awt.Dimension;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperdeck.cli.CliTest.Outcome;

/**
 * A reading group's semester of seven talks through the real commands: folders with their own
 * {@code series.yaml} (the default, lightning, compact and slides template sets, one on a lab's
 * theme), a talk in YAML, a talk that overrides the series, and a broken talk.
 */
class SemesterTest {
  @TempDir
  Path dir;

  private Path semester;

  @BeforeEach
  void copySemester() throws IOException {
    semester = Semester.copyInto(dir);
  }


  private String folder(String name) {
    return semester.resolve(name).toString();
  }

  private static XMLSlideShow deck(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return new XMLSlideShow(in);
    }
  }

  @Test
  void theSemesterBuildsInOneRunWithEachFoldersTemplatesAndTheBrokenTalkAlone()
      throws IOException {
    Outcome run = paperdeck("build", folder(""), folder("lightning"), folder("compact"),
        folder("lab-theme"), "-t", "pptx,html");
    assertEquals(1, run.code(), run.err());
    assertTrue(run.out().contains("7 talks, 6 built, 1 with errors in "), run.out());
    assertTrue(run.err().contains(semester.resolve("week-03-broken.md")
        + ":3:1: error: unknown front-matter key 'dat'; did you mean 'date'?"), run.err());
    assertFalse(Files.exists(semester.resolve("week-03-broken.pptx")));

    // lightning: the title slide, then one slide per paper.
    try (XMLSlideShow lightning = deck(semester.resolve("lightning/week-04-lightning.pptx"))) {
      assertEquals(4, lightning.getSlides().size());
    }
    // The lab's theme is 4:3; the built-in one is 16:9.
    try (XMLSlideShow themed = deck(semester.resolve("lab-theme/week-06-themed.pptx"));
        XMLSlideShow plain = deck(semester.resolve("week-01-retrieval.pptx"))) {
      Dimension lab = themed.getPageSize();
      Dimension builtIn = plain.getPageSize();
      assertEquals(4.0 / 3, lab.getWidth() / lab.getHeight(), 0.01);
      assertEquals(16.0 / 9, builtIn.getWidth() / builtIn.getHeight(), 0.01);
    }
    // A warning about the theme names its talk first: the theme's name alone does not.
    assertTrue(run.err().contains("In " + semester.resolve("lab-theme/week-06-themed.md")
        + ":\n"), run.err());
    // compact: its handout is in two columns.
    assertTrue(Files.readString(semester.resolve("compact/week-05-compact.html"))
        .contains("column"), "the compact handout's style");
  }

  @Test
  void eachTalkTakesTheSeriesValuesItDoesNotGiveItself() throws IOException {
    Outcome run = paperdeck("build", folder(""), "-t", "html");
    assertEquals(1, run.code(), run.err());
    String inherits = Files.readString(semester.resolve("week-01-retrieval.html"));
    assertTrue(inherits.contains("Tuesday NLP group"), "the series' group as the event");
    assertTrue(inherits.contains("Room 4.12"), "the series' place as the venue");
    assertTrue(inherits.contains("<p class=\"presenter\">Ada Lovelace</p>"), inherits);
    String overrides = Files.readString(semester.resolve("week-02-scaling.html"));
    assertTrue(overrides.contains("Lecture theatre B"), "the talk's own venue");
    assertFalse(overrides.contains("Room 4.12"), "not the series' place");
    assertTrue(overrides.contains("<p class=\"presenter\">Alan Turing</p>"), overrides);
  }

  @Test
  void aTalkBuiltAloneTakesItsSeriesToo() throws IOException {
    Outcome run = paperdeck("build", folder("week-01-retrieval.md"), "-t", "html");
    assertEquals(0, run.code(), run.err());
    assertTrue(Files.readString(semester.resolve("week-01-retrieval.html"))
        .contains("Tuesday NLP group"));
    Outcome themed = paperdeck("build", folder("lab-theme/week-06-themed.md"), "-t", "pptx");
    assertEquals(0, themed.code(), themed.err());
    try (XMLSlideShow lab = deck(semester.resolve("lab-theme/week-06-themed.pptx"))) {
      assertEquals(4.0 / 3, lab.getPageSize().getWidth() / lab.getPageSize().getHeight(), 0.01);
    }
  }

  @Test
  void aMistakeInTheSeriesFileIsAnErrorAtItsLineForItsTalks() throws IOException {
    Files.writeString(semester.resolve("series.yaml"), "group: Tuesday NLP group\n"
        + "plase: Room 4.12\nduration: lots\n");
    Outcome run = paperdeck("check", folder(""));
    assertEquals(1, run.code());
    String series = semester.resolve("series.yaml").toString();
    assertTrue(run.err().contains(series + ":2:1: error: unknown series key 'plase'; did you"
        + " mean 'place'?"), run.err());
    assertTrue(run.err().contains(series + ":3:11: error:"), run.err());
    assertTrue(run.out().contains("3 talks, 0 fine, 3 with errors"), run.out());
  }

  @Test
  void checkReportsEveryTalkOfTheSemesterAsJson() {
    Outcome run = paperdeck("check", "--format", "json", folder(""), folder("lightning"),
        folder("compact"), folder("lab-theme"));
    assertEquals(1, run.code());
    assertTrue(run.out().contains("\"talks\" : 7,\n    \"ok\" : 6,\n    \"withErrors\" : 1"),
        run.out());
    for (String talk : List.of("week-01-retrieval.md", "week-02-scaling.yaml",
        "lightning/week-04-lightning.md", "lab-theme/week-07-themed-too.md")) {
      assertTrue(run.out().contains("\"notes\" : \"" + semester.resolve(talk) + "\",\n"
          + "    \"status\" : \"ok\""), talk);
    }
  }
}
