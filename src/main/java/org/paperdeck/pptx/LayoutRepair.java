package org.paperdeck.pptx;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlideLayout;
import org.apache.poi.xslf.usermodel.XSLFSlideMaster;
import org.apache.poi.xslf.usermodel.XSLFTextShape;

/**
 * Puts a layout's title and text boxes apart when the theme stacks them on one another.
 * LibreOffice saves one title box per master, the title slide's (centred, a third of the way
 * down), and every layout of that master inherits it, so a content layout's title sits in the
 * middle of its body. A designer puts a content slide's title above its body and a title
 * slide's subtitle below its title; the layout itself is changed, in the deck only, so slides
 * made on it and the layout a user edits later agree.
 */
final class LayoutRepair {
  /** Room between a moved title and the body, and from the slide's top edge. */
  private static final double GAP = 0.02;
  private static final double TOP = 0.05;

  private LayoutRepair() {}

  /** Repairs every layout of the theme's masters. */
  static void apply(List<XSLFSlideMaster> masters, double slideHeight) {
    for (XSLFSlideMaster master : masters) {
      for (XSLFSlideLayout layout : master.getSlideLayouts()) {
        repair(layout, slideHeight);
      }
    }
  }

  private static void repair(XSLFSlideLayout layout, double slideHeight) {
    XSLFTextShape title = null;
    List<XSLFTextShape> texts = new ArrayList<>();
    for (XSLFShape shape : layout.getShapes()) {
      if (!(shape instanceof XSLFTextShape text)) {
        continue;
      }
      Placeholder kind = Placeholders.kind(text);
      if (kind == Placeholder.TITLE || kind == Placeholder.CENTERED_TITLE) {
        title = title == null ? text : title;
      } else if (kind == Placeholder.BODY || kind == Placeholder.CONTENT
          || kind == Placeholder.SUBTITLE) {
        texts.add(text);
      }
    }
    if (title == null || texts.isEmpty()) {
      return;
    }
    Rectangle2D titleBox = title.getAnchor();
    List<XSLFTextShape> overlapping = texts.stream()
        .filter(text -> overlaps(titleBox, text.getAnchor())).toList();
    if (overlapping.isEmpty()) {
      return;
    }
    double gap = GAP * slideHeight;
    boolean titleSlide = overlapping.stream()
        .allMatch(text -> Placeholders.kind(text) == Placeholder.SUBTITLE);
    if (titleSlide) {
      // The subtitle goes under the title, down to where it ended.
      for (XSLFTextShape text : overlapping) {
        Rectangle2D box = text.getAnchor();
        double top = titleBox.getMaxY() + gap;
        double bottom = Math.max(box.getMaxY(), top + 0.15 * slideHeight);
        Placeholders.move(text, new Rectangle2D.Double(box.getX(), top, box.getWidth(),
            Math.min(bottom, slideHeight * 0.9) - top));
      }
      return;
    }
    double bodyTop = texts.stream().mapToDouble(text -> text.getAnchor().getY()).min().orElse(0);
    double top = TOP * slideHeight;
    if (bodyTop - gap - top >= 0.1 * slideHeight) {
      Placeholders.move(title, new Rectangle2D.Double(titleBox.getX(), top, titleBox.getWidth(),
          bodyTop - gap - top));
      return;
    }
    // No room above the body: the title keeps its place and the text starts below it.
    for (XSLFTextShape text : overlapping) {
      Rectangle2D box = text.getAnchor();
      double newTop = titleBox.getMaxY() + gap;
      if (box.getMaxY() - newTop >= 0.15 * slideHeight) {
        Placeholders.move(text, new Rectangle2D.Double(box.getX(), newTop, box.getWidth(),
            box.getMaxY() - newTop));
      }
    }
  }

  /** Whether two boxes share more than a sliver of area. */
  static boolean overlaps(Rectangle2D a, Rectangle2D b) {
    Rectangle2D both = a.createIntersection(b);
    return both.getWidth() > 1 && both.getHeight() > 0.1 * Math.min(a.getHeight(), b.getHeight());
  }
}
