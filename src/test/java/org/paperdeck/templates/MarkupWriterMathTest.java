package org.paperdeck.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.paperdeck.model.Block;
import org.paperdeck.model.Inline;
import org.paperdeck.model.RichText;

/** Math and figures as the handout's XHTML and the deck plan write them. */
class MarkupWriterMathTest {
  private static final Pattern IMG = Pattern.compile(
      "<img class=\"math( display)?\" src=\"data:image/png;base64,[A-Za-z0-9+/=]+\" alt=\"([^\"]*)\""
          + " style=\"([^\"]*)\"/>");

  @Test
  void xhtmlKeepsFaithfulMathAsTextAndTypesetsTheRestWithItsSourceAsAlt() {
    String xhtml = new MarkupWriter(Dialect.XHTML).blocks(new RichText(List.of(
        new Block.Paragraph(List.of(new Inline.Text("with "), new Inline.Math("h_\\gamma"),
            new Inline.Text(" and "), new Inline.Math("\\frac{a}{b}"))),
        new Block.DisplayMath("x^2"))));
    assertTrue(xhtml.startsWith("<p>with <span class=\"math\">h<sub>γ</sub></span> and <img"),
        xhtml);
    Matcher inline = IMG.matcher(xhtml);
    assertTrue(inline.find(), xhtml);
    assertEquals(null, inline.group(1));
    assertEquals("\\frac{a}{b}", inline.group(2));
    // Lowered by its depth so its baseline sits on the text's.
    assertTrue(inline.group(3).matches("width: [0-9.]+em; height: [0-9.]+em; vertical-align: -0\\.[0-9]+em"),
        inline.group(3));
    Matcher display = IMG.matcher(xhtml);
    assertTrue(display.find(inline.end()), xhtml);
    assertEquals(" display", display.group(1));
    assertEquals("x^2", display.group(2), "display math is always a picture");
    assertTrue(xhtml.contains("<p class=\"math display\"><img"));
  }

  @Test
  void planWritesAFigureElementWithItsCaptionInlines() {
    String plan = new MarkupWriter(Dialect.PLAN).blocks(new RichText(List.of(
        new Block.Figure(List.of(new Inline.Text("A "), new Inline.Styled(Inline.Style.EMPHASIS,
            List.of(new Inline.Text("plot")))), Path.of("/notes/plot.png")))));
    assertEquals("<figure src=\"/notes/plot.png\" alt=\"A plot\">A <i>plot</i></figure>", plan);
  }
}
