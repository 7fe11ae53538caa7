package org.paperdeck.layout;

import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;
import org.paperdeck.plan.PlanImage;

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

  /**
   * Places {@code images}; reports unreadable ones through {@code problems}, stored copies
   * through {@code notices}. A two-content layout's second placeholder gives its box to the
   * pictures and stays empty, so it is dropped.
   */
  static void place(SlideDraft slide, List<PlanImage> images, boolean hasBody,
      ThemeGeometry theme, ImageFiles files, Consumer<String> problems, Consumer<String> notices) {
    if (images.isEmpty()) {
      return;
    }
    Box box;
    if (slide.second() >= 0) {
      box = slide.box(slide.second());
    } else if (slide.body() >= 0 && !hasBody) {
      box = slide.box(slide.body());
    } else if (slide.body() >= 0) {
      Box a = slide.box(slide.body());
      double width = a.width() * IMAGE_SHARE;
      box = new Box(a.maxX() - width, a.y(), width, a.height());
      slide.move(slide.body(), new Box(a.x(), a.y(), a.width() - width - GAP, a.height()));
    } else {
      double top = slide.title() >= 0 ? slide.box(slide.title()).maxY() + GAP
          : theme.height() * 0.1;
      box = new Box(theme.width() * 0.05, top, theme.width() * 0.9, theme.height() * 0.92 - top);
    }
    double cellHeight = box.height() / images.size();
    for (int i = 0; i < images.size(); i++) {
      Box cell = new Box(box.x(), box.y() + i * cellHeight, box.width(), cellHeight);
      try {
        slide.picture(picture(images.get(i), cell, files.read(images.get(i).source(), notices)));
      } catch (IOException e) {
        problems.accept("image " + images.get(i).source() + ": " + e.getMessage());
      }
    }
  }

  private static SlideLayout.Picture picture(PlanImage image, Box cell,
      ImageFiles.Image picture) {
    double nativeWidth = picture.nativeWidth();
    double nativeHeight = picture.nativeHeight();
    double scale = Math.min(1, Math.min(cell.width() / nativeWidth,
        cell.height() / nativeHeight));
    double w = nativeWidth * scale;
    double h = nativeHeight * scale;
    return new SlideLayout.Picture(picture.bytes(), picture.format(),
        new Box(cell.x() + (cell.width() - w) / 2, cell.y() + (cell.height() - h) / 2, w, h),
        "Picture", image.alt(), null);
  }
}
