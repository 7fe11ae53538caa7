package org.paperdeck.pptx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperdeck.Tools;
import org.paperdeck.cli.Cli;
import org.paperdeck.layout.LayoutRules;

/**
 * A talk written to break the layout (a 300-character title, a 400-word summary, 12 insights,
 * 40 further readings), built by the real command and checked the way a presenter would: no
 * text runs out of its box, nothing is too small to read, and what had to leave a slide is in
 * its speaker notes with a warning that names the slide. {@link StressIT} opens it in LibreOffice.
 */
class StressTest {
  @TempDir
  static Path dir;

  static String title;
  static List<String> insights = new ArrayList<>();
  static String stderr;
  static Path deck;

  @BeforeAll
  static void build() throws Exception {
    deck = build(dir);
  }

  /** Builds the stress talk into {@code dir} with the real command; returns the deck. */
  static Path build(Path dir) throws Exception {
    insights.clear();
    StringBuilder t = new StringBuilder("Scaling laws");
    for (int i = 1; t.length() < 300; i++) {
      t.append(i % 3 == 0 ? " for" : i % 3 == 1 ? " sparse" : " mixtures").append(" of experts");
    }
    title = t.substring(0, 300).strip();
    StringBuilder summary = new StringBuilder();
    for (int i = 1; i <= 40; i++) {
      summary.append("Sentence ").append(i).append(" tells what the authors measured and why.");
      summary.append(i % 8 == 0 ? "\n\n" : " ");
    }
    StringBuilder notes = new StringBuilder("""
        ---
        title: A stress test
        duration: 30
        ---
        # Long things

        """);
    notes.append("## ").append(title).append("\nAuthors: Ann Lee, Bo Chen\nPresenter: Cy Diaz\n")
        .append("Link: https://example.org/papers/scaling-laws-for-sparse-mixtures\n\n")
        .append(summary).append("\n\n### Insights\n");
    for (int i = 1; i <= 12; i++) {
      String insight = "Insight " + i + ": routing tokens to experts pays off when the batch is large.";
      insights.add(insight);
      notes.append(i).append(". ").append(insight).append('\n');
    }
    notes.append("\n## A short paper\nMinutes: 5\n\nShort.\n\n# Further reading\n");
    for (int i = 1; i <= 40; i++) {
      notes.append(i).append(". [Reading ").append(i).append(": another paper on experts](https://example.org/r")
          .append(i).append(")\n");
    }
    Path md = dir.resolve("stress.md");
    Files.writeString(md, notes);
    StringWriter err = new StringWriter();
    int code = Cli.run(new String[] {"build", md.toString(), "-o", dir.toString(),
        "--var", "overflow=notes"},
        new PrintWriter(new StringWriter()), new PrintWriter(err));
    stderr = err.toString();
    assertEquals(0, code, stderr);
    return dir.resolve("stress.pptx");
  }

  @Test
  void everyTextBoxHoldsItsTextAtTheSizeWrittenAndNothingIsTooSmall() throws Exception {
    try (InputStream in = Files.newInputStream(deck); XMLSlideShow show = new XMLSlideShow(in)) {
      int number = 0;
      for (XSLFSlide slide : show.getSlides()) {
        number++;
        for (XSLFTextShape shape : slide.getPlaceholders()) {
          if (DeckWriterTest.isDecor(shape.getPlaceholder())) {
            continue; // footer and slide number: the theme's own small type, one line
          }
          boolean isTitle = shape.getPlaceholder() == Placeholder.TITLE
              || shape.getPlaceholder() == Placeholder.CENTERED_TITLE;
          String where = "slide " + number + " " + shape.getShapeName();
          WrittenText.Measured text = WrittenText.of(shape);
          assertTrue(text.fits(), where + ": " + text);
          for (double size : text.runSizes()) {
            assertTrue(size >= (isTitle ? 24 : 14), where + ": a run at " + size + " pt");
          }
        }
      }
    }
  }

  @Test
  void whatLeftASlideIsInItsNotesAndAWarningNamesTheSlide() throws Exception {
    try (InputStream in = Files.newInputStream(deck); XMLSlideShow show = new XMLSlideShow(in)) {
      int paperSlide = -1;
      for (int i = 0; i < show.getSlides().size(); i++) {
        String shown = show.getSlides().get(i).getTitle();
        if (shown != null && shown.startsWith("Scaling laws") && shown.endsWith("\u2026")) {
          paperSlide = i + 1;
        }
      }
      assertTrue(paperSlide > 0, "the long title is shortened with an ellipsis on its slide");
      String notes = DeckWriterTest.notesText(show, show.getSlides().get(paperSlide - 1));
      assertTrue(Tools.squash(notes).contains(Tools.squash(title)), "the whole title in the notes");
      // The template's notes already hold the paper's whole text: nothing is added twice.
      assertTrue(!notes.contains(LayoutRules.DID_NOT_FIT), notes);
      String face = DeckWriterTest.placeholder(show.getSlides().get(paperSlide - 1),
          Placeholder.CONTENT, Placeholder.BODY).getText();
      for (String insight : insights) {
        assertTrue(face.contains(insight) || notes.contains(insight), "lost: " + insight);
      }
      assertTrue(stderr.contains("warning: slide " + paperSlide + ": the title does not fit"), stderr);
      assertTrue(stderr.contains("warning: slide " + paperSlide + " \"" + title.substring(0, 40)), stderr);
      // Every slide a warning names has the text it moved in its notes.
      Matcher named = Pattern.compile("warning: slide (\\d+)").matcher(stderr);
      while (named.find()) {
        int slide = Integer.parseInt(named.group(1));
        String slideNotes = DeckWriterTest.notesText(show, show.getSlides().get(slide - 1));
        assertTrue(slideNotes.contains(LayoutRules.DID_NOT_FIT)
            || slideNotes.startsWith(title.substring(0, 40)), "slide " + slide + " notes: " + slideNotes);
      }
    }
  }
}
