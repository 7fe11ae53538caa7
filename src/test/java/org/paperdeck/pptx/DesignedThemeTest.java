package org.paperdeck.pptx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.presentationml.x2006.main.CTShape;
import org.paperdeck.plan.PlanParser;

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
  /**
   * A theme whose master prints the slide number in a text box of its own (LibreOffice's
   * "Lights" does): the slides get no number of the deck's as well, which would print it twice,
   * and the QR code keeps off the theme's number.
   */
  @Test
  void aThemeThatNumbersItsSlidesItselfGetsNoSecondNumberAndKeepsItClear() throws IOException {
    String ownNumber = "<p:sp><p:nvSpPr><p:cNvPr id=\"90\" name=\"\"/><p:cNvSpPr txBox=\"1\"/>"
        + "<p:nvPr/></p:nvSpPr><p:spPr><a:xfrm><a:off x=\"10922000\" y=\"6223000\"/>"
        + "<a:ext cx=\"1143000\" cy=\"508000\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/>"
        + "</a:prstGeom></p:spPr><p:txBody><a:bodyPr/><a:p><a:pPr algn=\"r\"/><a:fld"
        + " id=\"{5B1F5C7E-2C0A-4F7B-9A52-3E0F0F1D2A11}\" type=\"slidenum\"><a:t>‹#›</a:t>"
        + "</a:fld></a:p></p:txBody></p:sp></p:spTree>";
    byte[] theme = HostileThemes.replaced(HostileThemes.defaultTheme(),
        "ppt/slideMasters/slideMaster1.xml", "</p:spTree>", ownNumber);
    String plan = "<deck footer=\"Group\"><slide role=\"paper\"><title>Paper</title><body>"
        + "<p>Text.</p></body><qr href=\"https://example.org/\"/></slide></deck>";
    PlanParser.Result parsed = PlanParser.parse(plan, "deck.ftlx");
    DeckWriter.Result result = new DeckWriter().write(parsed.plan(), theme, "theme.pptx",
        "deck.ftlx");
    try (XMLSlideShow show = DeckWriterTest.read(result)) {
      XSLFSlide slide = show.getSlides().get(0);
      assertNull(DeckWriterTest.placeholder(slide, Placeholder.SLIDE_NUMBER));
      assertEquals("Group", DeckWriterTest.placeholder(slide, Placeholder.FOOTER).getText());
      Rectangle2D themesNumber = new Rectangle2D.Double(860, 490, 90, 40);
      for (XSLFShape shape : slide.getShapes()) {
        if (shape instanceof XSLFPictureShape code) {
          assertFalse(code.getAnchor().intersects(themesNumber), "QR code at " + code.getAnchor());
        }
      }
    }
  }
}
