package org.paperdeck.pptx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperdeck.Tools;

/**
 * A paper's link as a QR code in the slide's corner: read back with POI for its place, alt text
 * and hyperlink, and scanned from LibreOffice's rendering of the slide, as a phone would.
 */
class QrCodeTest {
  static final String LINK = "https://openreview.net/forum?id=AmUhwTOHgm";
  static final String CODE = "https://github.com/amzn/trans-encoder";

  @TempDir
  static Path dir;

  static DeckWriter.Result result;
  static List<BufferedImage> pages;

  @BeforeAll
  static void writeAndRender() throws Exception {
    Path png = dir.resolve("figure.png");
    BufferedImage figure = new BufferedImage(600, 600, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = figure.createGraphics();
    g.setColor(new Color(0x2563EB));
    g.fillRect(0, 0, 600, 600);
    g.dispose();
    ImageIO.write(figure, "png", png.toFile());
    result = DeckWriterTest.write("<deck>"
        + "<slide layout='Title and Content'><title>Short body</title>"
        + "<body><p>One short paragraph.</p></body><qr href='" + LINK + "'/></slide>"
        + "<slide layout='Title and Content'><title>Long body</title><body><ul>"
        + DeckWriterTest.items(12, "a bullet long enough to wrap on a narrower body, as it goes on")
        + "</ul></body><qr href='" + CODE + "'/></slide>"
        + "<slide layout='Two Content'><title>With a figure</title><body><p>Text.</p></body>"
        + "<image src='" + png + "' alt='A square'/><qr href='" + LINK + "'/></slide>"
        + "</deck>", "qr");
    Path pptx = dir.resolve("qr.pptx");
    Files.write(pptx, result.pptx());
    Path pdf = Tools.libreOfficePdf(pptx, dir);
    assertEquals(3, Tools.pdfPages(pdf), "LibreOffice opens the deck: one page per slide");
    Tools.run(dir, List.of("pdftoppm", "-png", "-r", "150", pdf.toString(), dir.resolve("page").toString()));
    try (var files = Files.list(dir)) {
      pages = files.filter(p -> p.getFileName().toString().matches("page-\\d+\\.png")).sorted()
          .map(p -> {
            try {
              return ImageIO.read(p.toFile());
            } catch (java.io.IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          }).toList();
    }
  }

  static String scan(BufferedImage page) throws Exception {
    int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
    BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(
        new RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels)));
    try {
      Result decoded = new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, true));
      return decoded.getText();
    } catch (NotFoundException e) {
      return null;
    }
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
  void theRenderedSlideScansBackToItsLink() throws Exception {
    assertEquals(3, pages.size());
    assertEquals(LINK, scan(pages.get(0)));
    assertEquals(CODE, scan(pages.get(1)));
    assertEquals(LINK, scan(pages.get(2)));
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
