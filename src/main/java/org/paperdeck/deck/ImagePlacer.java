package org.paperdeck.deck;

import java.awt.geom.Dimension2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.poi.sl.usermodel.PictureData.PictureType;
import org.apache.poi.xslf.usermodel.XSLFSlide;

/**
 * Puts a slide's pictures into the right part of its body area: the second placeholder's box on
 * a two-content layout, else the right 40 % of the body placeholder (which is narrowed to the
 * left part), else the whole body when there is no text. Pictures keep their aspect ratio and are
 * never shown larger than their pixels at 96 dpi, so screenshots stay sharp.
 */
final class ImagePlacer {
  private static final double IMAGE_SHARE = 0.4;
  private static final double GAP = 18;

  private ImagePlacer() {}

  /** Returns the placeholders left for text; reports unreadable images through {@code problems}. */
  static Placeholders place(Pictures pictures, XSLFSlide slide, Placeholders ph,
      List<PlanImage> images, boolean hasBody, Dimension2D slideSize,
      java.util.function.Consumer<String> problems) {
    if (images.isEmpty()) {
      return ph;
    }
    Rectangle2D box;
    Placeholders left = ph;
    if (ph.second() != null) {
      box = ph.second().getAnchor();
      // Left empty, the slide writer removes it at the end. Removed now, it would linger in
      // POI's cached placeholder list with its XML gone, and reading it back would throw.
      ph.second().clearText();
      left = new Placeholders(ph.title(), ph.subtitle(), ph.body(), null);
    } else if (ph.body() != null && !hasBody) {
      box = ph.body().getAnchor();
    } else if (ph.body() != null) {
      Rectangle2D a = ph.body().getAnchor();
      double width = a.getWidth() * IMAGE_SHARE;
      box = new Rectangle2D.Double(a.getMaxX() - width, a.getY(), width, a.getHeight());
      Placeholders.move(ph.body(), new Rectangle2D.Double(a.getX(), a.getY(),
          a.getWidth() - width - GAP, a.getHeight()));
    } else {
      double top = ph.title() != null ? ph.title().getAnchor().getMaxY() + GAP
          : slideSize.getHeight() * 0.1;
      box = new Rectangle2D.Double(slideSize.getWidth() * 0.05, top,
          slideSize.getWidth() * 0.9, slideSize.getHeight() * 0.92 - top);
    }
    double cellHeight = box.getHeight() / images.size();
    for (int i = 0; i < images.size(); i++) {
      Rectangle2D cell = new Rectangle2D.Double(box.getX(), box.getY() + i * cellHeight,
          box.getWidth(), cellHeight);
      try {
        addPicture(pictures, slide, images.get(i), cell);
      } catch (IOException e) {
        problems.accept("image " + images.get(i).source() + ": " + e.getMessage());
      }
    }
    return left;
  }

  private static void addPicture(Pictures pictures, XSLFSlide slide, PlanImage image,
      Rectangle2D cell) throws IOException {
    byte[] bytes = Files.readAllBytes(image.source());
    PictureType type = type(bytes);
    BufferedImage pixels = ImageIO.read(new ByteArrayInputStream(bytes));
    if (type == null || pixels == null) {
      throw new IOException("not a PNG or JPEG picture");
    }
    double nativeWidth = pixels.getWidth() * 72.0 / 96;
    double nativeHeight = pixels.getHeight() * 72.0 / 96;
    double scale = Math.min(1, Math.min(cell.getWidth() / nativeWidth,
        cell.getHeight() / nativeHeight));
    double w = nativeWidth * scale;
    double h = nativeHeight * scale;
    pictures.add(slide, bytes, type, new Rectangle2D.Double(cell.getX() + (cell.getWidth() - w) / 2,
        cell.getY() + (cell.getHeight() - h) / 2, w, h), "Picture", image.alt());
  }

  static PictureType type(byte[] bytes) {
    if (bytes.length > 4 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N') {
      return PictureType.PNG;
    }
    if (bytes.length > 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8) {
      return PictureType.JPEG;
    }
    return null;
  }
}
