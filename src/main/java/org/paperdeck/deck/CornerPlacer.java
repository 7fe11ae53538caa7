package org.paperdeck.deck;

import java.awt.geom.Dimension2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.function.Consumer;
import javax.imageio.ImageIO;
import org.apache.poi.sl.usermodel.PictureData.PictureType;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;

/**
 * Pins pictures with a {@code corner} (a lab's logo on every slide) to a corner of the slide,
 * the QR code's distance from the edges, and narrows the placeholders under them before any
 * text is fitted, so text is measured in the room it has and never runs under the logo. A
 * placeholder gives up a strip on the logo's side rather than height: titles and footers are
 * one line high, and a shorter box would cut them.
 */
final class CornerPlacer {
  private CornerPlacer() {}

  /** Places the corner pictures among {@code images}; reports unreadable ones through {@code problems}. */
  static void place(Pictures pictures, XSLFSlide slide, List<PlanImage> images,
      Dimension2D slideSize, Consumer<String> problems) {
    for (PlanImage image : images) {
      if (image.corner() == null) {
        continue;
      }
      try {
        byte[] bytes = Files.readAllBytes(image.source());
        PictureType type = ImagePlacer.type(bytes);
        BufferedImage pixels = ImageIO.read(new ByteArrayInputStream(bytes));
        if (type == null || pixels == null) {
          throw new IOException("not a PNG or JPEG picture");
        }
        Rectangle2D box = box(image, pixels.getWidth(), pixels.getHeight(), slideSize);
        clear(slide, box, image.corner());
        pictures.add(slide, bytes, type, box, "Logo", image.alt());
      } catch (IOException e) {
        problems.accept("image " + image.source() + ": " + e.getMessage());
      }
    }
  }

  /** The picture's box: its aspect ratio kept inside a size × size square, in the corner. */
  static Rectangle2D box(PlanImage image, int pixelWidth, int pixelHeight, Dimension2D slide) {
    double scale = image.size() / Math.max(pixelWidth, pixelHeight);
    double w = pixelWidth * scale;
    double h = pixelHeight * scale;
    double margin = Math.round(slide.getHeight() * QrPlacer.MARGIN);
    double x = image.corner().right() ? slide.getWidth() - margin - w : margin;
    double y = image.corner().bottom() ? slide.getHeight() - margin - h : margin;
    return new Rectangle2D.Double(x, y, w, h);
  }

  private static void clear(XSLFSlide slide, Rectangle2D box, PlanImage.Corner corner) {
    for (XSLFTextShape shape : slide.getPlaceholders()) {
      Rectangle2D a = shape.getAnchor();
      if (!a.intersects(box)) {
        continue;
      }
      double gap = QrPlacer.GAP;
      Rectangle2D narrower = corner.right()
          ? new Rectangle2D.Double(a.getX(), a.getY(), box.getX() - gap - a.getX(), a.getHeight())
          : new Rectangle2D.Double(box.getMaxX() + gap, a.getY(), a.getMaxX() - box.getMaxX() - gap,
              a.getHeight());
      if (narrower.getWidth() > 0) {
        Placeholders.move(shape, narrower);
      }
    }
  }
}
