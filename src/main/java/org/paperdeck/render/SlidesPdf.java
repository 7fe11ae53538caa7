package org.paperdeck.render;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfAction;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.sl.draw.Drawable;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFHyperlink;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSimpleShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.paperdeck.pptx.WrittenDeck;

/**
 * The deck as a PDF, one page per slide at the slide's size: POI draws each slide, as for the
 * pictures ({@link SlideImages}), on OpenPDF's {@code PdfGraphics2D} instead of a raster, so
 * shapes stay vectors and text stays text, set in the faces the layout measured with and
 * embedded as subsets ({@link PdfFonts}). When a run is in a face paperdeck does not ship (a
 * theme's font installed on this machine), the slides' text is drawn as outlines instead:
 * right to look at, not selectable. A picture's link (the QR code's) becomes a link over the
 * picture, and a text box whose runs all link to one address a link over the box; a box with
 * links to several addresses (a byline's "paper · code") gets none, since a PDF link is a
 * rectangle and POI does not say where on the page each run was set: no link is better than
 * the wrong one.
 */
public final class SlidesPdf {
  private SlidesPdf() {}

  /**
   * The PDF of a .pptx's slides.
   *
   * @param title the document's title, for the PDF's properties; may be null
   */
  public static byte[] write(byte[] pptx, String title) throws IOException {
    try (XMLSlideShow show = WrittenDeck.open(pptx)) {
      Dimension size = show.getPageSize();
      boolean textAsText = show.getSlides().stream().allMatch(SlidesPdf::allShipped);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      Document document = new Document(new Rectangle(size.width, size.height), 0, 0, 0, 0);
      PdfWriter writer = PdfWriter.getInstance(document, out);
      if (title != null) {
        document.addTitle(title);
      }
      document.addCreator("paperdeck");
      document.open();
      PdfFonts fonts = new PdfFonts();
      for (XSLFSlide slide : show.getSlides()) {
        document.newPage();
        PdfContentByte canvas = writer.getDirectContent();
        Graphics2D g = textAsText ? canvas.createGraphics(size.width, size.height, fonts)
            : canvas.createGraphicsShapes(size.width, size.height);
        try {
          g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS,
              RenderingHints.VALUE_FRACTIONALMETRICS_ON);
          MeasuredFontManager.install(g);
          g.setRenderingHint(Drawable.TEXT_RENDERING_MODE,
              textAsText ? Drawable.TEXT_AS_CHARACTERS : Drawable.TEXT_AS_SHAPES);
          LinkInk.apply(slide);
          slide.draw(g);
        } finally {
          g.dispose();
        }
        links(slide).forEach((box, url) -> canvas.setAction(new PdfAction(url),
            (float) box.getMinX(), (float) (size.height - box.getMaxY()),
            (float) box.getMaxX(), (float) (size.height - box.getMinY())));
      }
      document.close();
      return out.toByteArray();
    } catch (DocumentException e) {
      throw new IOException("the slides' PDF could not be made: " + e.getMessage(), e);
    }
  }

  /** Whether every run of the slide is set in a face paperdeck ships, and so can embed. */
  private static boolean allShipped(XSLFSlide slide) {
    for (XSLFShape shape : slide.getShapes()) {
      if (shape instanceof XSLFTextShape text) {
        for (XSLFTextParagraph paragraph : text.getTextParagraphs()) {
          for (XSLFTextRun run : paragraph.getTextRuns()) {
            String family = run.getFontFamily();
            if (family != null && !run.getRawText().isBlank()
                && !MeasuredFontManager.bundled(family)) {
              return false;
            }
          }
        }
      }
    }
    return true;
  }

  /**
   * Each external link of the slide that a rectangle can carry, by the box (in points) of the
   * shape: a shape's own link, or the one address all of a text box's links go to.
   */
  private static Map<Rectangle2D, String> links(XSLFSlide slide) {
    Map<Rectangle2D, String> links = new LinkedHashMap<>();
    for (XSLFShape shape : slide.getShapes()) {
      if (shape instanceof XSLFSimpleShape simple) {
        external(simple.getHyperlink()).ifPresent(url -> links.put(shape.getAnchor(), url));
      }
      if (shape instanceof XSLFTextShape text) {
        Set<String> addresses = new HashSet<>();
        for (XSLFTextParagraph paragraph : text.getTextParagraphs()) {
          for (XSLFTextRun run : paragraph.getTextRuns()) {
            external(run.getHyperlink()).ifPresent(addresses::add);
          }
        }
        if (addresses.size() == 1) {
          links.putIfAbsent(shape.getAnchor(), addresses.iterator().next());
        }
      }
    }
    return links;
  }

  /** A link's address when it leads out of the deck (a web address or an e-mail). */
  private static Optional<String> external(XSLFHyperlink link) {
    if (link == null || link.getAddress() == null) {
      return Optional.empty();
    }
    String address = link.getAddress();
    return address.startsWith("http://") || address.startsWith("https://")
        || address.startsWith("mailto:") ? Optional.of(address) : Optional.empty();
  }
}
