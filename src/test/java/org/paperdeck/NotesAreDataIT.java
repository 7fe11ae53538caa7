package org.paperdeck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperdeck.cli.Cli;

/**
 * Text of the notes is data all the way: FreeMarker syntax, XML and HTML in a title or summary
 * reach the deck and the handout as the characters written, never evaluated or interpreted.
 */
class NotesAreDataIT {
  private static final String TITLE = "${talk.title} <#list 1..3 as i>x</#list> <b>bold</b> & <![CDATA[c]]>";
  private static final String SUMMARY = "Uses ${.now} and <script>alert(1)</script> and &amp; and <!-- hidden -->.";

  @TempDir
  Path dir;

  @Test
  void templateAndMarkupSyntaxInTheNotesAppearLiterallyInDeckAndHandout() throws Exception {
    // Raw HTML in Markdown is shown as text with a warning (docs/format.md); code spans keep it
    // too. The paper title is written as a code span so the Markdown reader keeps it verbatim.
    Path notes = Files.writeString(dir.resolve("talk.md"), "---\ntitle: \"Data ${vars.x}\"\n---\n"
        + "# C\n## `" + TITLE + "`\n\n`" + SUMMARY + "`\n");
    StringWriter err = new StringWriter();
    int code = Cli.run(new String[] {"build", notes.toString(), "-o", dir.toString()},
        new PrintWriter(new StringWriter()), new PrintWriter(err));
    assertEquals(0, code, err.toString());

    String deck = deckText(dir.resolve("talk.pptx"));
    assertTrue(deck.contains("Data ${vars.x}"), deck);
    assertTrue(deck.contains(TITLE), deck);
    assertTrue(deck.contains(SUMMARY), deck);

    String handout = Tools.squash(Tools.pdfText(dir.resolve("talk.pdf")));
    assertTrue(handout.contains(Tools.squash("Data ${vars.x}")), handout);
    assertTrue(handout.contains(Tools.squash(TITLE)), handout);
    assertTrue(handout.contains(Tools.squash(SUMMARY)), handout);
  }

  @Test
  void rawHtmlOutsideCodeIsShownAsTextToo() throws Exception {
    Path notes = Files.writeString(dir.resolve("talk.md"),
        "# C\n## A <i>paper</i> ${x}\n\nText with <b>tags</b> and <#if true>directives</#if>.\n");
    StringWriter err = new StringWriter();
    int code = Cli.run(new String[] {"build", notes.toString(), "-o", dir.toString()},
        new PrintWriter(new StringWriter()), new PrintWriter(err));
    assertEquals(0, code, err.toString());
    assertTrue(err.toString().contains("warning"), "raw HTML is reported: " + err);
    String deck = deckText(dir.resolve("talk.pptx"));
    assertTrue(deck.contains("A <i>paper</i> ${x}"), deck);
    assertTrue(deck.contains("<b>tags</b>"), deck);
    String handout = Tools.pdfText(dir.resolve("talk.pdf"));
    assertTrue(handout.contains("A <i>paper</i> ${x}"), handout);
    assertTrue(handout.contains("<#if true>directives</#if>"), handout);
  }

  /** Every text of every slide face and speaker notes page. */
  private static String deckText(Path pptx) throws Exception {
    StringBuilder out = new StringBuilder();
    try (InputStream in = Files.newInputStream(pptx); XMLSlideShow show = new XMLSlideShow(in)) {
      for (XSLFSlide slide : show.getSlides()) {
        for (XSLFShape shape : slide.getShapes()) {
          if (shape instanceof XSLFTextShape text) {
            out.append(text.getText()).append('\n');
          }
        }
        if (slide.getNotes() != null) {
          slide.getNotes().getShapes().forEach(shape -> out.append(
              shape instanceof XSLFTextShape text ? text.getText() + "\n" : ""));
        }
      }
    }
    return out.toString();
  }
}
