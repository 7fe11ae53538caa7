package org.paperdeck.layout;

import java.util.List;
import java.util.function.Consumer;

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
  /** Space kept between the code and the text it displaces, in points. */
  static final double GAP = 12;
  /** The highest the code is lifted to clear artwork, as a share of the slide height. */
  private static final double LOWEST_LIFT = 0.25;
  /** The narrowest a slide number or footer box is left beside the code. */
  private static final double MIN_DESIGN_WIDTH = 36;

  private QrPlacer() {}

  /**
   * Places the code for {@code href}, moving the placeholders in its way.
   *
   * @param units the body that will be written, to judge which way it should give way
   * @param hasImages pictures will share the body, so its text width is not known yet
   * @param problems told when the link cannot be drawn as a code
   */
  static void place(QrCodes codes, SlideDraft slide, String href, List<Flow.Unit> units,
      boolean hasImages, ThemeGeometry theme, Consumer<String> problems) {
    byte[] png;
    try {
      png = codes.png(href);
    } catch (IllegalArgumentException e) {
      problems.accept("the link " + href + " is " + e.getMessage() + "; no QR code was drawn");
      return;
    }
    Box box = clearOfDesign(slide, box(theme.width(), theme.height()), theme.height());
    for (int i : slide.movable()) {
      Box anchor = slide.box(i);
      if (!anchor.intersects(box)) {
        continue;
      }
      Box shorter = new Box(anchor.x(), anchor.y(), anchor.width(), box.y() - GAP - anchor.y());
      Box narrower = new Box(anchor.x(), anchor.y(), box.x() - GAP - anchor.x(),
          anchor.height());
      boolean text = i == slide.body() && !units.isEmpty() && !hasImages;
      slide.move(i, text ? roomier(slide.placeholder(i).insets(), shorter, narrower, units)
          : shorter.height() >= anchor.height() * 0.4 ? shorter : narrower);
    }
    slide.picture(new SlideLayout.Picture(png, SlideLayout.Format.PNG, box,
        SlideLayout.Picture.QR_CODE, href, href));
  }

  /**
   * The code's square, moved off the theme's design: lifted above the slide number or footer
   * it would cover when that box cannot give way (it stays where the theme put it, or would be
   * left too narrow for its text), and above (or, where that leaves no room, left of) any of
   * the theme's artwork it would lie on, until it lies on none of them.
   */
  private static Box clearOfDesign(SlideDraft slide, Box box, double slideHeight) {
    Box out = box;
    for (int round = 0; round < 8; round++) {
      Box moved = clearOfArtwork(slide.layout(), clearOfFooter(slide, out), slideHeight);
      if (moved.equals(out)) {
        break;
      }
      out = moved;
    }
    return out;
  }

  private static Box clearOfFooter(SlideDraft slide, Box box) {
    List<Integer> movable = slide.movable();
    Box out = box;
    for (int i = 0; i < slide.layout().placeholders().size(); i++) {
      ThemeGeometry.Kind kind = slide.placeholder(i).kind();
      Box anchor = slide.box(i);
      if (anchor == null || !anchor.intersects(out)
          || kind != ThemeGeometry.Kind.SLIDE_NUMBER && kind != ThemeGeometry.Kind.FOOTER) {
        continue;
      }
      double left = out.x() - GAP - anchor.x();
      if (!movable.contains(i) || left < MIN_DESIGN_WIDTH) {
        out = new Box(out.x(), Math.max(0, anchor.y() - GAP - out.height()), out.width(),
            out.height());
      }
    }
    return out;
  }

  /** A panel of artwork the whole code fits on is left alone: the code is meant to sit there. */
  private static Box clearOfArtwork(ThemeGeometry.Layout layout, Box box, double slideHeight) {
    Box out = box;
    for (Box art : layout.artwork()) {
      if (!art.intersects(out) || contains(art, out) && layout.panels().contains(art)) {
        continue;
      }
      double above = art.y() - GAP - out.height();
      out = above >= LOWEST_LIFT * slideHeight
          ? new Box(out.x(), above, out.width(), out.height())
          : new Box(Math.max(0, art.x() - GAP - out.width()), out.y(), out.width(),
              out.height());
    }
    return out;
  }

  private static boolean contains(Box outer, Box inner) {
    return inner.x() >= outer.x() && inner.y() >= outer.y() && inner.maxX() <= outer.maxX()
        && inner.maxY() <= outer.maxY();
  }

  /** The code's square: bottom right, inside the slide. */
  static Box box(double slideWidth, double slideHeight) {
    return LayoutRules.qrCorner(slideWidth, slideHeight);
  }

  /**
   * Of two boxes for the body, the one whose text fits at the larger size; shorter on a tie;
   * the narrower when it fits in neither, since the narrow strip keeps more of the text on the
   * slide. Sizes are tried largest first, and text that fits at one size fits at every smaller
   * one, so the strip needs measuring only at the one size that would beat the band: at a
   * thousand papers this was a fifth of the deck's thread when both were fitted in full.
   */
  private static Box roomier(ThemeGeometry.Insets insets, Box shorter, Box narrower,
      List<Flow.Unit> units) {
    List<Flow.Para> paras = Flow.paras(units);
    TextFitter.Fit inShorter = fit(insets, shorter, paras);
    if (!inShorter.fits()) {
      return narrower;
    }
    double larger = inShorter.size() + 1;
    if (larger > Math.floor(LayoutRules.BODY_START)) {
      return shorter; // at the largest size there is
    }
    TextFitter.Area strip = area(insets, narrower);
    return strip != null && TextFitter.fits(paras, larger, strip) ? narrower : shorter;
  }

  /** The text area of {@code box} inside its insets; {@code null} when nothing is left. */
  private static TextFitter.Area area(ThemeGeometry.Insets insets, Box box) {
    TextFitter.Area area = new TextFitter.Area(box.width() - insets.left() - insets.right(),
        box.height() - insets.top() - insets.bottom());
    return area.width() <= 0 || area.height() <= 0 ? null : area;
  }

  private static TextFitter.Fit fit(ThemeGeometry.Insets insets, Box box, List<Flow.Para> paras) {
    TextFitter.Area area = area(insets, box);
    if (area == null) {
      return new TextFitter.Fit(LayoutRules.BODY_FLOOR, false);
    }
    return TextFitter.fit(paras, LayoutRules.BODY_START, LayoutRules.BODY_FLOOR, area);
  }
}
