package org.paperdeck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.presentationml.x2006.main.CTPicture;
import org.openxmlformats.schemas.presentationml.x2006.main.CTShape;
import org.paperdeck.cli.Cli;

/**
 * A talk with a paper picture ({@code Image:}), a summary figure, display math and inline math
 * that Unicode cannot show, built by the real command; the deck is read back with POI and the
 * handout with poppler.
 */
class MathAndFiguresIT {
  @TempDir static Path dir;
  static Path deck;
  static Path handout;

  @BeforeAll
  static void build() throws Exception {
    png(dir.resolve("paper.png"), 480, 360, Color.BLUE);
    png(dir.resolve("plot.png"), 300, 150, Color.RED);
    Files.writeString(dir.resolve("talk.md"), """
        # Methods

        ## Attention
        Authors: A. Vaswani
        Image: paper.png

        Attention divides by the key size:

        \\[ \\mathrm{softmax}\\left(\\frac{QK^\\top}{\\sqrt{d_k}}\\right) V \\]

        Each head has its own projections.

        ## A plot
        The loss \\(\\frac{1}{N}\\sum_{i=1}^N \\ell_i\\) goes down.

        ![Training loss over steps](plot.png)

        It keeps going down.
        """);
    StringWriter err = new StringWriter();
    int code = Cli.run(new String[] {"build", dir.resolve("talk.md").toString(), "-q"},
        new PrintWriter(new StringWriter()), new PrintWriter(err));
    assertEquals(0, code, err.toString());
    assertEquals("", err.toString(), "no warnings, nothing printed");
    deck = dir.resolve("talk.pptx");
    handout = dir.resolve("talk.pdf");
  }

  private static void png(Path path, int width, int height, Color color) throws Exception {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(color);
    g.fillRect(0, 0, width, height);
    g.dispose();
    ImageIO.write(image, "png", path.toFile());
  }

  private static String descr(XSLFPictureShape picture) {
    return ((CTPicture) picture.getXmlObject()).getNvPicPr().getCNvPr().getDescr();
  }

  private static List<XSLFPictureShape> pictures(XSLFSlide slide) {
    List<XSLFPictureShape> out = new ArrayList<>();
    slide.getShapes().forEach(s -> {
      if (s instanceof XSLFPictureShape p) {
        out.add(p);
      }
    });
    return out;
  }

  private static XSLFTextShape textShapeWith(XSLFSlide slide, String text) {
    for (XSLFShape shape : slide.getShapes()) {
      if (shape instanceof XSLFTextShape t && t.getText().contains(text)) {
        return t;
      }
    }
    throw new AssertionError("no text shape with '" + text + "'");
  }

  @Test
  void paperImageSitsInTheRightColumnBesideTheTextAtMostAtNativeSize() throws Exception {
    try (InputStream in = Files.newInputStream(deck); XMLSlideShow show = new XMLSlideShow(in)) {
      XSLFSlide slide = show.getSlides().get(3);
      XSLFPictureShape paper = pictures(slide).stream()
          .filter(p -> descr(p).equals("Attention")).findFirst().orElseThrow();
      Rectangle2D box = paper.getAnchor();
      assertEquals(480.0 / 360, box.getWidth() / box.getHeight(), 0.01, "aspect kept");
      assertTrue(box.getWidth() <= 480 * 72.0 / 96 + 0.01, "never past 96 dpi: " + box);
      assertTrue(box.getX() > show.getPageSize().getWidth() / 2, "right column: " + box);
      for (XSLFShape shape : slide.getShapes()) {
        if (shape != paper) {
          assertTrue(!shape.getAnchor().intersects(box),
              "not overlapping the picture: " + shape.getShapeName() + " " + shape.getAnchor());
        }
      }
      for (String text : List.of("A. Vaswani", "divides by the key size", "own projections")) {
        assertTrue(textShapeWith(slide, text).getAnchor().getMaxX() <= box.getX(),
            "the body is narrowed to the left column: " + text);
      }
    }
  }

  @Test
  void displayMathIsAnEquationWithItsPictureAsFallbackBetweenTheParagraphs() throws Exception {
    String latex = "\\mathrm{softmax}\\left(\\frac{QK^\\top}{\\sqrt{d_k}}\\right) V";
    OoxmlValidation.assertValid(deck);
    try (InputStream in = Files.newInputStream(deck); XMLSlideShow show = new XMLSlideShow(in)) {
      XSLFSlide slide = show.getSlides().get(3);
      // PowerPoint reads an equation; a reader without equations, its picture in the same box.
      XSLFTextShape equation = slide.getShapes().stream()
          .filter(s -> s instanceof XSLFTextShape t && latex.equals(
              ((CTShape) t.getXmlObject())
                  .getNvSpPr().getCNvPr().getDescr()))
          .map(XSLFTextShape.class::cast).findFirst().orElseThrow();
      assertTrue(equation.getXmlObject().xmlText().contains("oMathPara"));
      MarkupCompatibility.Picture formula = MarkupCompatibility.pictures(slide).stream()
          .filter(p -> p.descr().equals(latex)).findFirst().orElseThrow();
      assertEquals(equation.getAnchor(), formula.box());
      Rectangle2D above = textShapeWith(slide, "divides by the key size").getAnchor();
      Rectangle2D below = textShapeWith(slide, "own projections").getAnchor();
      assertTrue(above.getMaxY() <= formula.box().getY(), "below the text before it");
      assertTrue(formula.box().getMaxY() <= below.getY(), "above the text after it");
    }
  }

  @Test
  void summaryFigureShowsWithItsCaptionAndInlineFractionIsAnEquationInItsLine() throws Exception {
    try (InputStream in = Files.newInputStream(deck); XMLSlideShow show = new XMLSlideShow(in)) {
      XSLFSlide slide = show.getSlides().get(4);
      XSLFPictureShape plot = pictures(slide).stream()
          .filter(p -> descr(p).equals("Training loss over steps")).findFirst().orElseThrow();
      Rectangle2D box = plot.getAnchor();
      assertEquals(2.0, box.getWidth() / box.getHeight(), 0.01);
      assertTrue(box.getWidth() <= 300 * 72.0 / 96 + 0.01);
      XSLFTextShape caption = textShapeWith(slide, "Training loss over steps");
      assertTrue(caption.getAnchor().getY() >= box.getMaxY(), "caption under the picture");
      assertTrue(textShapeWith(slide, "It keeps going down").getAnchor().getY()
          >= caption.getAnchor().getMaxY());
      // The fraction is one equation in its line, its Unicode text the fallback; no picture.
      String loss = textShapeWith(slide, "The loss").getXmlObject().xmlText();
      assertTrue(loss.contains("oMath") && loss.contains("1/N"), loss);
      assertTrue(pictures(slide).stream().noneMatch(p -> descr(p).startsWith("\\frac{1}{N}")),
          "no picture repeats the formula");
    }
  }

  @Test
  void handoutHasTheFiguresAndTheTypesetMath() throws Exception {
    String list = Tools.run(dir, List.of("pdfimages", "-list", handout.toString()));
    List<String[]> images = list.lines().skip(2).map(l -> l.trim().split("\\s+"))
        .filter(cols -> cols[2].equals("image")).toList();
    // The paper picture, the plot, the display formula and the inline fraction.
    assertEquals(4, images.size(), list);
    assertTrue(images.stream().anyMatch(c -> c[3].equals("480") && c[4].equals("360")), list);
    assertTrue(images.stream().anyMatch(c -> c[3].equals("300") && c[4].equals("150")), list);
    long crispFormulas = images.stream().filter(c -> Integer.parseInt(c[12]) >= 288).count();
    assertEquals(2, crispFormulas, "formulas carry at least 3 × 96 pixels per inch: " + list);
    String text = Tools.pdfText(handout);
    assertTrue(text.contains("Training loss over steps"), text);
    assertTrue(text.contains("goes down"), text);
  }
}
