package org.paperdeck.layout;

import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;
import org.paperdeck.plan.PlanImage;

/**
 * Pins pictures with a {@code corner} (a lab's logo on every slide) to a corner of the slide,
 * the QR code's distance from the edges, and narrows the placeholders under them before any
 * text is fitted, so text is measured in the room it has and never runs under the logo. A
 * placeholder gives up a strip on the logo's side rather than height: titles and footers are
 * one line high, and a shorter box would cut them.
 */
final class CornerPlacer {
  private CornerPlacer() {}

  /**
   * Places the corner pictures among {@code images}; reports unreadable ones through {@code
   * problems}, stored copies through {@code notices}.
   */
  static void place(SlideDraft slide, List<PlanImage> images, ThemeGeometry theme,
      ImageFiles files, Consumer<String> problems, Consumer<String> notices) {
    for (PlanImage image : images) {
      if (image.corner() == null) {
        continue;
      }
      try {
        ImageFiles.Image picture = files.read(image.source(), notices);
        Box box = box(image, picture.width(), picture.height(), theme.width(), theme.height());
        clear(slide, box, image.corner());
        slide.picture(new SlideLayout.Picture(picture.bytes(), picture.format(), box, "Logo",
            image.alt(), null));
      } catch (IOException e) {
        problems.accept("image " + image.source() + ": " + e.getMessage());
      }
    }
  }

  /** The picture's box: its aspect ratio kept inside a size × size square, in the corner. */
  static Box box(PlanImage image, int pixelWidth, int pixelHeight, double slideWidth,
      double slideHeight) {
    double scale = image.size() / Math.max(pixelWidth, pixelHeight);
    double w = pixelWidth * scale;
    double h = pixelHeight * scale;
    double margin = Math.round(slideHeight * LayoutRules.QR_MARGIN);
    double x = image.corner().right() ? slideWidth - margin - w : margin;
    double y = image.corner().bottom() ? slideHeight - margin - h : margin;
    return new Box(x, y, w, h);
  }

  private static void clear(SlideDraft slide, Box box, PlanImage.Corner corner) {
    for (int i : slide.movable()) {
      Box a = slide.box(i);
      if (!a.intersects(box)) {
        continue;
      }
      double gap = QrPlacer.GAP;
      Box narrower = corner.right()
          ? new Box(a.x(), a.y(), box.x() - gap - a.x(), a.height())
          : new Box(box.maxX() + gap, a.y(), a.maxX() - box.maxX() - gap, a.height());
      if (narrower.width() > 0) {
        slide.move(i, narrower);
      }
    }
  }
}
