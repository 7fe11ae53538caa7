package org.paperdeck.pptx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A paper's link as a QR code in the slide's corner, read back with POI for its place, alt text
 * and hyperlink. {@link QrCodeIT} scans it from LibreOffice's rendering, as a phone would.
 */
class QrCodeTest {
  static final String LINK = "https://openreview.net/forum?id=AmUhwTOHgm";
  static final String CODE = "https://github.com/amzn/trans-encoder";

  @TempDir
  static Path dir;

  static DeckWriter.Result result;

  @BeforeAll
  static void write() throws Exception {
    result = write(dir);
  }

  /** Three slides with a code each: a short body, a long one, a body beside a figure. */
  static DeckWriter.Result write(Path dir) throws Exception {
    Path png = dir.resolve("figure.png");
    BufferedImage figure = new BufferedImage(600, 600, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = figure.createGraphics();
    g.setColor(new Color(0x2563EB));
    g.fillRect(0, 0, 600, 600);
    g.dispose();
    ImageIO.write(figure, "png", png.toFile());
    return DeckWriterTest.write("<deck>"
        + "<slide layout='Title and Content'><title>Short body</title>"
        + "<body><p>One short paragraph.</p></body><qr href='" + LINK + "'/></slide>"
        + "<slide layout='Title and Content'><title>Long body</title><body><ul>"
        + DeckWriterTest.items(12, "a bullet long enough to wrap on a narrower body, as it goes on")
        + "</ul></body><qr href='" + CODE + "'/></slide>"
        + "<slide layout='Two Content'><title>With a figure</title><body><p>Text.</p></body>"
        + "<image src='" + png + "' alt='A square'/><qr href='" + LINK + "'/></slide>"
        + "</deck>", "qr");
  }

  static XSLFPictureShape qr(XSLFSlide slide) {
    for (XSLFShape shape : slide.getShapes()) {
      if (shape instanceof XSLFPictureShape picture && "QR code".equals(picture.getShapeName())) {
        return picture;
      }
    }
    return null;
  }

  @Test
  void theCodeSitsBottomRightInsideTheSlideAndCoversNothing() throws Exception {
    try (XMLSlideShow show = DeckWriterTest.read(result)) {
      Rectangle2D slideBox = new Rectangle2D.Double(0, 0, show.getPageSize().width,
          show.getPageSize().height);
      for (XSLFSlide slide : show.getSlides()) {
        XSLFPictureShape code = qr(slide);
        assertNotNull(code, "a QR code on " + slide.getTitle());
        Rectangle2D box = code.getAnchor();
        assertTrue(slideBox.contains(box), box.toString());
        assertTrue(box.getMinX() > slideBox.getWidth() * 0.75
            && box.getMinY() > slideBox.getHeight() * 0.6, "bottom right: " + box);
        for (XSLFShape shape : slide.getShapes()) {
          if (shape != code && (shape instanceof XSLFTextShape || shape instanceof XSLFPictureShape)) {
            assertFalse(shape.getAnchor().intersects(box), shape.getShapeName() + " under the code on "
                + slide.getTitle());
          }
        }
      }
    }
  }

  @Test
  void theCodeSaysItsLinkToScreenReadersAndOpensItWhenClicked() throws Exception {
    try (XMLSlideShow show = DeckWriterTest.read(result)) {
      XSLFPictureShape code = qr(show.getSlides().get(1));
      assertTrue(code.getXmlObject().xmlText().contains("descr=\"" + CODE + "\""));
      assertEquals(CODE, code.getHyperlink().getAddress());
    }
  }

  @Test
  void aShortBodyEndsAboveTheCodeAndALongOneGivesWayAtItsRight() throws Exception {
    try (XMLSlideShow show = DeckWriterTest.read(result)) {
      XSLFSlide shortBody = show.getSlides().get(0);
      XSLFSlide longBody = show.getSlides().get(1);
      Rectangle2D code = qr(shortBody).getAnchor();
      Rectangle2D shortBox = DeckWriterTest.placeholder(shortBody,
          org.apache.poi.sl.usermodel.Placeholder.CONTENT).getAnchor();
      Rectangle2D longBox = DeckWriterTest.placeholder(longBody,
          org.apache.poi.sl.usermodel.Placeholder.CONTENT).getAnchor();
      assertTrue(shortBox.getMaxY() < code.getMinY() && shortBox.getMaxX() > code.getMinX(),
          shortBox.toString());
      assertTrue(longBox.getMaxX() < code.getMinX() && longBox.getMaxY() > code.getMinY(),
          longBox.toString());
    }
  }
}
