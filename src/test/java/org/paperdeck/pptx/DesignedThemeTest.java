package org.paperdeck.pptx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.presentationml.x2006.main.CTShape;

/** What the default theme and the writer add to a slide: footer, live number, category colour. */
class DesignedThemeTest {
  private static final String PLAN = """
      <deck footer="ICLR 2022 · NLP reading group">
        <slide role="title"><title>Talk</title><subtitle>Jane</subtitle></slide>
        <slide role="section" accent="3"><title>Category</title><body><p>2 papers</p></body></slide>
        <slide role="paper" accent="3"><title>Paper</title><body><p>Text.</p></body></slide>
        <slide role="paper" footer="Own footer"><title>Other</title><body><p>Text.</p></body></slide>
      </deck>
      """;

  @Test
  void contentSlidesCarryTheFooterAndALiveSlideNumberTitleAndSectionDoNot() throws IOException {
    try (XMLSlideShow show = DeckWriterTest.read(DeckWriterTest.write(PLAN, "designed"))) {
      List<XSLFSlide> slides = show.getSlides();
      assertNull(DeckWriterTest.placeholder(slides.get(0), Placeholder.SLIDE_NUMBER));
      assertNull(DeckWriterTest.placeholder(slides.get(1), Placeholder.FOOTER));
      XSLFTextShape number = DeckWriterTest.placeholder(slides.get(2), Placeholder.SLIDE_NUMBER);
      assertEquals("3", number.getText());
      String xml = number.getXmlObject().xmlText();
      assertTrue(xml.contains("type=\"slidenum\""), "a field PowerPoint and LibreOffice renumber");
      assertEquals("ICLR 2022 · NLP reading group",
          DeckWriterTest.placeholder(slides.get(2), Placeholder.FOOTER).getText());
      assertEquals("Own footer", DeckWriterTest.placeholder(slides.get(3), Placeholder.FOOTER).getText());
      assertEquals("4", DeckWriterTest.placeholder(slides.get(3), Placeholder.SLIDE_NUMBER).getText());
    }
  }

  @Test
  void aCategorysAccentColoursItsSectionAndPaperSlidesAccentShapes() throws IOException {
    try (XMLSlideShow show = DeckWriterTest.read(DeckWriterTest.write(PLAN, "designed"))) {
      List<XSLFSlide> slides = show.getSlides();
      assertEquals(List.of("Accent Background accent3"), accents(slides.get(1)));
      assertEquals(List.of("Accent Band accent3", "Accent Bar accent3"), accents(slides.get(2)));
      assertEquals(List.of(), accents(slides.get(3)), "no accent asked: the theme's own colour");
      // Drawn first, so behind the title and body.
      assertTrue(slides.get(2).getShapes().get(0).getShapeName().startsWith("Accent"));
    }
  }

  @Test
  void anUnusedPlaceholderLeavesNoPromptTextBehind() throws IOException {
    DeckWriter.Result result = DeckWriterTest.write("<deck><slide role='paper-with-figure'>"
        + "<title>Two</title><body><p>Left only.</p></body></slide></deck>", "two-content");
    try (XMLSlideShow show = DeckWriterTest.read(result)) {
      XSLFSlide slide = show.getSlides().get(0);
      assertEquals("Two Content", slide.getSlideLayout().getName());
      for (XSLFShape shape : slide.getShapes()) {
        if (shape instanceof XSLFTextShape text) {
          assertTrue(!text.getText().contains("Click to edit"), text.getText());
        }
      }
    }
  }

  private static List<String> accents(XSLFSlide slide) {
    List<String> found = new ArrayList<>();
    for (XSLFShape shape : slide.getShapes()) {
      if (shape.getShapeName().startsWith("Accent")
          && shape.getXmlObject() instanceof CTShape sp && sp.getSpPr().isSetSolidFill()) {
        found.add(shape.getShapeName() + " " + sp.getSpPr().getSolidFill().getSchemeClr().getVal());
      }
    }
    return found;
  }
}
