package org.paperdeck.pptx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.apache.xmlbeans.XmlException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.presentationml.x2006.main.CTPicture;
import org.openxmlformats.schemas.presentationml.x2006.main.CTShape;
import org.paperdeck.MarkupCompatibility;

/** Bodies with display math and figures, written on the default theme and read back with POI. */
class PictureBodyTest {
  @TempDir Path temp;

  static String descr(XSLFPictureShape picture) {
    return ((CTPicture) picture.getXmlObject()).getNvPicPr().getCNvPr().getDescr();
  }

  static List<XSLFShape> contentShapes(XSLFSlide slide) {
    List<XSLFShape> shapes = new ArrayList<>();
    for (XSLFShape shape : slide.getShapes()) {
      // The title, and the theme's decor (footer, slide number, accent shapes), are not the body.
      boolean title = shape instanceof XSLFTextShape t && t.getPlaceholder() != null
          && (t.getPlaceholder().name().contains("TITLE") || DeckWriterTest.isDecor(t.getPlaceholder()));
      boolean accent = shape.getShapeName() != null && shape.getShapeName().startsWith("Accent");
      if (!title && !accent) {
        shapes.add(shape);
      }
    }
    shapes.sort(Comparator.comparingDouble(s -> s.getAnchor().getY()));
    return shapes;
  }

  static void assertNoOverlap(List<XSLFShape> shapes) {
    for (int i = 1; i < shapes.size(); i++) {
      Rectangle2D above = shapes.get(i - 1).getAnchor();
      Rectangle2D below = shapes.get(i).getAnchor();
      assertTrue(above.getMaxY() <= below.getY() + 0.01,
          "shape " + i + " starts at " + below.getY() + " above the end of the one before, "
              + above.getMaxY());
    }
  }

  @Test
  void displayMathIsAnEquationWithItsPictureAsFallbackBetweenTheTextAboveAndBelow()
      throws IOException, XmlException {
    String latex = "\\mathrm{softmax}\\left(\\frac{QK^\\top}{\\sqrt{d_k}}\\right) V";
    DeckWriter.Result result = DeckWriterTest.write("""
        <deck><slide layout="Title and Content"><title>Attention</title><body>
          <p>Scaled dot-product attention is</p>
          <p class="math"><math display="block">\\mathrm{softmax}\\left(\\frac{QK^\\top}{\\sqrt{d_k}}\\right) V</math></p>
          <ul><li>one head per subspace</li><li>projections learned</li></ul>
        </body></slide></deck>""", "display-math");
    try (XMLSlideShow show = DeckWriterTest.read(result)) {
      XSLFSlide slide = show.getSlides().get(0);
      // As PowerPoint reads it: text, the equation's text box, text.
      List<XSLFShape> shapes = contentShapes(slide);
      assertEquals(3, shapes.size(), "text, equation, text");
      XSLFTextShape above = (XSLFTextShape) shapes.get(0);
      XSLFTextShape equation = (XSLFTextShape) shapes.get(1);
      XSLFTextShape below = (XSLFTextShape) shapes.get(2);
      assertEquals("Scaled dot-product attention is", above.getText());
      assertTrue(below.getText().startsWith("one head per subspace"));
      String omml = equation.getXmlObject().xmlText();
      assertTrue(omml.contains("oMathPara") && omml.contains("<m:f>") && omml.contains("<m:rad>"),
          omml);
      assertEquals(latex, ((CTShape) equation.getXmlObject()).getNvSpPr().getCNvPr().getDescr());
      assertNoOverlap(shapes);

      // As LibreOffice reads it: the typeset picture in the equation's box, and no equation.
      List<MarkupCompatibility.Picture> pictures = MarkupCompatibility.pictures(slide);
      assertEquals(1, pictures.size());
      MarkupCompatibility.Picture formula = pictures.get(0);
      assertEquals(latex, formula.descr());
      assertEquals(equation.getAnchor(), formula.box(), "the picture has the equation's box");
      assertFalse(EquationRunsTest.fallbackText(slide.getPackagePart()).contains("softmax"),
          "the formula is not also text");
      Rectangle2D column = above.getAnchor();
      for (XSLFShape shape : shapes) {
        Rectangle2D a = shape.getAnchor();
        assertTrue(a.getX() >= column.getX() && a.getMaxX() <= column.getMaxX() + 0.01
            && a.getMaxY() <= show.getPageSize().getHeight(), "inside the body's column: " + a);
      }
      // Typeset for the text's size: a fraction is taller than a line, not a screenful; the
      // equation's runs are at that size.
      double size = DeckWriterTest.runSizes(above).get(0);
      double h = formula.box().getHeight();
      assertTrue(h > 1.5 * size && h < 4 * size, "formula " + h + " pt beside " + size + " pt text");
      assertTrue(omml.contains("sz=\"" + Math.round(size * 100) + "\""), omml);
      assertTrue(formula.data().getImageDimensionInPixels().getHeight() >= 3 * h * 96 / 72 - 1,
          "at least 3 × the shown size in pixels");
    }
  }

  @Test
  void aStackedBodyLeavesOtherSlidesOnItsLayoutWhereTheyWere() throws IOException {
    String plain = "<slide layout='Title and Content'><title>Agenda</title><body><ul>"
        + "<li>One</li><li>Two</li></ul></body></slide>";
    String stacked = "<slide layout='Title and Content'><title>Formula</title><body><p>Before"
        + "</p><p class='math'><math display='block'>\\frac{a}{b}</math></p></body></slide>";
    Rectangle2D alone;
    try (XMLSlideShow show = DeckWriterTest.read(DeckWriterTest.write(
        "<deck>" + plain + "</deck>", "plain"))) {
      alone = contentShapes(show.getSlides().get(0)).get(0).getAnchor();
    }
    try (XMLSlideShow show = DeckWriterTest.read(DeckWriterTest.write(
        "<deck>" + plain + stacked + "</deck>", "plain-then-stacked"))) {
      assertEquals(alone, contentShapes(show.getSlides().get(0)).get(0).getAnchor(),
          "the body of a slide before a stacked one keeps the layout's box");
    }
  }

  @Test
  void summaryFigureKeepsItsAspectAndPixelsAndHasItsCaption() throws IOException {
    Path png = temp.resolve("plot.png");
    BufferedImage image = new BufferedImage(300, 150, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.RED);
    g.fillRect(0, 0, 300, 150);
    g.dispose();
    ImageIO.write(image, "png", png.toFile());
    DeckWriter.Result result = DeckWriterTest.write("<deck><slide layout='Title and Content'>"
        + "<title>Plot</title><body><p>Before the plot.</p><figure src='" + png
        + "' alt='Training loss'>Training <i>loss</i></figure><p>After it.</p></body>"
        + "</slide></deck>", "figure");
    try (XMLSlideShow show = DeckWriterTest.read(result)) {
      List<XSLFShape> shapes = contentShapes(show.getSlides().get(0));
      assertEquals(4, shapes.size(), "text, picture, caption, text");
      XSLFPictureShape picture = (XSLFPictureShape) shapes.get(1);
      assertEquals("Training loss", descr(picture));
      Rectangle2D box = picture.getAnchor();
      assertEquals(2.0, box.getWidth() / box.getHeight(), 0.01, "aspect kept");
      assertTrue(box.getWidth() <= 300 * 72.0 / 96 + 0.01, "never past 96 dpi: " + box);
      assertEquals("Training loss", ((XSLFTextShape) shapes.get(2)).getText());
      assertEquals("After it.", ((XSLFTextShape) shapes.get(3)).getText());
      assertNoOverlap(shapes);
    }
  }
}
