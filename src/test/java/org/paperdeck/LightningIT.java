package org.paperdeck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperdeck.cli.Cli;
import org.paperdeck.model.Paper;
import org.paperdeck.model.Talk;
import org.paperdeck.notes.NotesReader;

/**
 * The lightning set on the worked example: a title slide and one slide per paper with its key
 * insight, rendered by LibreOffice to one page per slide.
 */
class LightningIT {
  private static final Path EXAMPLE = Path.of("talks/iclr-2022.md");

  @TempDir
  Path out;

  @Test
  void onePaperOneSlideWithItsKeyInsightInLargeType() throws Exception {
    StringWriter err = new StringWriter();
    int code = Cli.run(new String[] {"build", EXAMPLE.toString(), "-o", out.toString(),
        "--templates", "lightning", "--formats", "pptx"},
        new PrintWriter(new StringWriter()), new PrintWriter(err));
    assertEquals(0, code, err.toString());
    assertEquals("", err.toString(), "no warnings: every insight fits");
    Talk talk = new NotesReader().read(EXAMPLE, EXAMPLE.toString()).talk();
    Path deck = out.resolve("iclr-2022.pptx");
    try (InputStream in = Files.newInputStream(deck); XMLSlideShow show = new XMLSlideShow(in)) {
      List<XSLFSlide> slides = show.getSlides();
      assertEquals(1 + talk.papers().size(), slides.size(), "a title slide, then one per paper");
      for (int i = 0; i < talk.papers().size(); i++) {
        Paper paper = talk.papers().get(i);
        XSLFSlide slide = slides.get(i + 1);
        assertEquals(paper.title().plainText(), slide.getTitle());
        String key = paper.insights().isEmpty() ? firstSentence(paper.summary().plainText())
            : paper.insights().get(0).text().plainText();
        XSLFTextShape body = body(slide, key);
        double size = body.getTextParagraphs().get(0).getTextRuns().get(0).getFontSize();
        assertTrue(size >= 32, paper.title().plainText() + ": " + size + " pt");
      }
    }
    Path pdf = Tools.libreOfficePdf(deck, out);
    assertEquals(1 + talk.papers().size(), Tools.pdfPages(pdf), "one page per slide");
    String rendered = Tools.squash(Tools.pdfText(pdf));
    assertTrue(rendered.contains(Tools.squash(talk.papers().get(0).insights().get(0).text()
        .plainText())), rendered);
  }

  private static String firstSentence(String text) {
    return text.replace('\n', ' ').split("(?<=[.!?])\\s", 2)[0].strip();
  }

  private static XSLFTextShape body(XSLFSlide slide, String text) {
    for (XSLFShape shape : slide.getShapes()) {
      if (shape instanceof XSLFTextShape t && t.getText().strip().equals(text)) {
        return t;
      }
    }
    throw new AssertionError("slide '" + slide.getTitle() + "' does not show: " + text);
  }
}
