package org.paperdeck.deck;

import java.awt.geom.Dimension2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.sl.usermodel.Insets2D;
import org.apache.poi.sl.usermodel.PictureData.PictureType;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;

/**
 * Puts a link's QR code in the slide's bottom-right corner, inside the slide, and moves the
 * placeholders it would cover out of its way, before any text is fitted, so text is measured
 * in the room it really has. The picture's alt text is the link and clicking it opens the link.
 *
 * <p>A body placeholder in the way either gives up a band at its bottom or a strip at its
 * right, whichever lets its text keep the larger type: a short body loses nothing by ending
 * above the code, a long one loses less to a narrow strip than to a wide band. Other
 * placeholders (a picture column, a subtitle) end above the code.
 */
final class QrPlacer {
  /** The code's side and its distance from the slide's edges, as shares of the slide height. */
  static final double SIDE = 0.18;
  static final double MARGIN = 0.03;
  /** Space kept between the code and the text it displaces, in points. */
  static final double GAP = 12;

  private QrPlacer() {}

  /**
   * Places the code for {@code href} and returns the placeholders, some of them moved.
   *
   * @param units the body that will be written, to judge which way it should give way
   * @param hasImages pictures will share the body, so its text width is not known yet
   * @param problems told when the link cannot be drawn as a code
   */
  static Placeholders place(Pictures pictures, QrCodes codes, XSLFSlide slide, Placeholders ph,
      String href, List<Flow.Unit> units, boolean hasImages, Dimension2D slideSize,
      Consumer<String> problems) {
    byte[] png;
    try {
      png = codes.png(href);
    } catch (IllegalArgumentException e) {
      problems.accept("the link " + href + " is " + e.getMessage() + "; no QR code was drawn");
      return ph;
    }
    Rectangle2D box = box(slideSize);
    for (XSLFTextShape shape : slide.getPlaceholders()) {
      Rectangle2D anchor = shape.getAnchor();
      if (!anchor.intersects(box)) {
        continue;
      }
      Rectangle2D shorter = new Rectangle2D.Double(anchor.getX(), anchor.getY(),
          anchor.getWidth(), box.getY() - GAP - anchor.getY());
      Rectangle2D narrower = new Rectangle2D.Double(anchor.getX(), anchor.getY(),
          box.getX() - GAP - anchor.getX(), anchor.getHeight());
      // By id: POI may hand out a fresh wrapper for the same placeholder.
      boolean text = ph.body() != null && shape.getShapeId() == ph.body().getShapeId()
          && !units.isEmpty() && !hasImages;
      Placeholders.move(shape, text ? roomier(shape, shorter, narrower, units)
          : shorter.getHeight() >= anchor.getHeight() * 0.4 ? shorter : narrower);
    }
    Pictures.link(slide, pictures.add(slide, png, PictureType.PNG, box, "QR code", href), href);
    return ph;
  }

  /** The code's square: bottom right, inside the slide. */
  static Rectangle2D box(Dimension2D slideSize) {
    double side = Math.round(slideSize.getHeight() * SIDE);
    double margin = Math.round(slideSize.getHeight() * MARGIN);
    return new Rectangle2D.Double(slideSize.getWidth() - margin - side,
        slideSize.getHeight() - margin - side, side, side);
  }

  /** Of two boxes for the body, the one whose text fits at the larger size; shorter on a tie. */
  private static Rectangle2D roomier(XSLFTextShape shape, Rectangle2D shorter,
      Rectangle2D narrower, List<Flow.Unit> units) {
    List<Flow.Para> paras = Flow.paras(units);
    TextFitter.Fit inShorter = fit(shape, shorter, paras);
    TextFitter.Fit inNarrower = fit(shape, narrower, paras);
    if (inShorter.fits() != inNarrower.fits()) {
      return inShorter.fits() ? shorter : narrower;
    }
    if (!inShorter.fits()) {
      return narrower; // the narrow strip keeps more of the text on the slide
    }
    return inShorter.size() >= inNarrower.size() ? shorter : narrower;
  }

  private static TextFitter.Fit fit(XSLFTextShape shape, Rectangle2D box, List<Flow.Para> paras) {
    Insets2D insets = shape.getInsets();
    TextFitter.Area area = new TextFitter.Area(box.getWidth() - insets.left - insets.right,
        box.getHeight() - insets.top - insets.bottom);
    if (area.width() <= 0 || area.height() <= 0) {
      return new TextFitter.Fit(SlideWriter.BODY_FLOOR, false);
    }
    return TextFitter.fit(paras, SlideWriter.BODY_START, SlideWriter.BODY_FLOOR, area);
  }
}
