package org.paperdeck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperdeck.cli.Cli;

/**
 * Talks too long for their slides, built with the real command and rendered by LibreOffice:
 * nothing the notes file says is left to the speaker notes, paper slides never go below their
 * floor, and every continuation is reported at the notes file's line.
 */
class OverflowIT {
  private static final double PAPER_FLOOR = 18;

  @TempDir
  Path dir;

  @Test
  void anAgendaOfNineCategoriesAndEightyFivePapersShowsEveryPaper() throws Exception {
    StringBuilder notes = new StringBuilder("---\ntitle: A long session\n---\n\nWelcome.\n\n");
    List<String> sentences = new ArrayList<>();
    int paper = 0;
    for (int c = 1; c <= 9; c++) {
      notes.append("# Category ").append(c).append(" topics\n\n");
      for (int i = 0; i < (c <= 4 ? 10 : 9); i++) {
        paper++;
        notes.append("## Paper number ").append(paper).append(" on a generic subject\n")
            .append("Authors: Ann Author, et al.\n\n")
            .append("This paper studies generic subject ").append(paper).append(".\n\n");
        sentences.add("Paper number " + paper + " on a generic subject");
        sentences.add("This paper studies generic subject " + paper + ".");
      }
    }
    assertEquals(85, paper);
    Built built = build("agenda.md", notes.toString());
    assertEveryOnASlide(built, sentences);
    assertTrue(built.err().contains("agenda.md:"), "continuations named at the notes' lines: "
        + built.err());
    assertTrue(!built.err().contains("[plan]"), built.err());
  }

  @Test
  void aPaperWithALongSummaryAMethodAndTwelveInsightsContinuesAtItsFloor() throws Exception {
    StringBuilder notes = new StringBuilder("---\ntitle: One long paper\n---\n\n# Methods\n\n"
        + "## A paper with far too much to say\nAuthors: Ada Lovelace, Alan Turing\n\n");
    List<String> sentences = new ArrayList<>();
    for (int i = 1; i <= 30; i++) {
      String s = "Sentence number " + i + " of the summary explains one more detail in words.";
      notes.append(s).append(' ');
      sentences.add(s);
    }
    notes.append("\n\n### Method\n\n");
    for (int i = 1; i <= 8; i++) {
      String s = "Method step " + i + " describes how the model is trained on the data.";
      notes.append(s).append(' ');
      sentences.add(s);
    }
    notes.append("\n\n### Insights\n\n");
    for (int i = 1; i <= 12; i++) {
      String s = "Insight number " + i + " says something useful about the results.";
      notes.append(i).append(". ").append(s).append('\n');
      sentences.add(s);
    }
    Built built = build("long.md", notes.toString());
    assertEveryOnASlide(built, sentences);
    assertTrue(built.err().contains("long.md:7:1: warning: \"Sentence number"), built.err());
    assertTrue(!built.err().contains("[plan]"), "named at the notes' lines: " + built.err());
    try (InputStream in = Files.newInputStream(built.deck());
        XMLSlideShow show = new XMLSlideShow(in)) {
      for (XSLFSlide slide : show.getSlides()) {
        if (slide.getTitle() == null || !slide.getTitle().startsWith("A paper with far too much to say")) {
          continue;
        }
        assertTrue(slide.getNotes() == null
            || !slide.getNotes().getPlaceholders().toString().contains("DATETIME"));
        for (XSLFShape shape : slide.getShapes()) {
          if (shape instanceof XSLFTextShape text && !text.getText().equals(slide.getTitle())
              && text.getPlaceholder() != null
              && text.getPlaceholder() != org.apache.poi.sl.usermodel.Placeholder.SLIDE_NUMBER
              && text.getPlaceholder() != org.apache.poi.sl.usermodel.Placeholder.FOOTER) {
            for (XSLFTextParagraph p : text.getTextParagraphs()) {
              for (XSLFTextRun run : p.getTextRuns()) {
                if (!run.getRawText().isBlank()) {
                  assertTrue(run.getFontSize() >= PAPER_FLOOR, slide.getSlideNumber() + ": "
                      + run.getFontSize() + " pt: " + run.getRawText());
                }
              }
            }
          }
        }
      }
    }
  }

  private record Built(Path deck, String err, String slidesText) {}

  private Built build(String name, String notes) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, notes);
    StringWriter err = new StringWriter();
    int code = Cli.run(new String[] {"build", file.toString(), "-o", dir.toString(),
        "--formats", "pptx"}, new PrintWriter(new StringWriter()), new PrintWriter(err));
    assertEquals(0, code, err.toString());
    Path deck = dir.resolve(name.replace(".md", ".pptx"));
    Path pdf = Tools.libreOfficePdf(deck, dir);
    return new Built(deck, err.toString(), Tools.squash(Tools.pdfText(pdf)));
  }

  /** Every sentence is on a slide as LibreOffice draws it (the PDF has no speaker notes). */
  private static void assertEveryOnASlide(Built built, List<String> sentences) {
    List<String> missing = sentences.stream()
        .filter(s -> !built.slidesText().contains(Tools.squash(s))).toList();
    assertEquals(List.of(), missing, "only in the notes, or nowhere");
  }
}
