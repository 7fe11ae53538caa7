package org.paperdeck.layout;

import java.util.ArrayList;
import java.util.List;
import org.paperdeck.plan.Run;

/**
 * Chooses type sizes so text never overflows its box: the largest whole size from the start
 * size down to a floor, and when even the floor is too big, says which units of the body to
 * keep on this slide. Works on the text area, i.e. the placeholder minus its insets.
 */
public final class TextFitter {
  /**
   * Room left for differences between java.awt and the renderer that draws the slide
   * (LibreOffice and PowerPoint break lines and round metrics a little differently).
   */
  public static final double WIDTH_SLACK = 0.97;
  public static final double HEIGHT_SLACK = 0.95;

  /**
   * A text area in points, the fonts its text is set in, and the body's floor there: the size
   * bylines and nested items never go below (see {@link Flow#size(Flow.Para, double, double)}).
   */
  public record Area(double width, double height, MeasureFonts fonts, double floor) {
    public Area(double width, double height) {
      this(width, height, MeasureFonts.SANS);
    }

    public Area(double width, double height, MeasureFonts fonts) {
      this(width, height, fonts, Flow.MIN_SIZE);
    }

    /** This area with the body's floor at {@code floor} points. */
    Area withFloor(double floor) {
      return new Area(width, height, fonts, floor);
    }
  }

  /** The chosen base size, and whether the text fits at it. */
  record Fit(double size, boolean fits) {}

  /** Units kept on a slide and units that must go elsewhere. */
  record Split(List<Flow.Unit> kept, List<Flow.Unit> rest) {}

  private TextFitter() {}

  public static boolean fits(List<Flow.Para> paras, double size, Area area) {
    return TextMeasure.height(paras, size, area.width() * WIDTH_SLACK, area.fonts(),
        area.floor()) <= area.height() * HEIGHT_SLACK;
  }

  /**
   * The largest whole size from {@code start} down to {@code floor} at which the text fits.
   * Text that fits at one size fits at every smaller one, so the sizes are searched by halving:
   * about four measurements instead of up to fifteen for a body that has to shrink. The start
   * size is tried first, since most text fits at once.
   */
  static Fit fit(List<Flow.Para> paras, double start, double floor, Area area) {
    double top = Math.floor(start);
    if (top < floor) {
      return new Fit(floor, false);
    }
    if (fits(paras, top, area)) {
      return new Fit(top, true);
    }
    // Sizes are top - k for k in 1..steps; find the smallest k that fits.
    int low = 1;
    int high = (int) Math.floor(top - floor);
    int best = -1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      if (fits(paras, top - mid, area)) {
        best = mid;
        high = mid - 1;
      } else {
        low = mid + 1;
      }
    }
    return best < 0 ? new Fit(floor, false) : new Fit(top - best, true);
  }

  /** The longest run of leading units that fits at {@code floor}; possibly none. */
  static Split keepFitting(List<Flow.Unit> units, double floor, Area area) {
    int kept = 0;
    while (kept < units.size() && fits(Flow.paras(units.subList(0, kept + 1)), floor, area)) {
      kept++;
    }
    return new Split(List.copyOf(units.subList(0, kept)), List.copyOf(units.subList(kept, units.size())));
  }

  /**
   * The longest head of {@code runs}, cut at one of {@code cuts} and ended with an ellipsis,
   * whose layout still fits at {@code size}.
   *
   * @param layout lays out a candidate head, with whatever must fit beside it
   * @return the head and the rest, or {@code null} when not even the first cut fits
   */
  static RunCuts.Cut longestFittingHead(List<Run> runs, List<Integer> cuts,
      java.util.function.Function<List<Run>, List<Flow.Para>> layout, double size, Area area) {
    int low = 0;
    int high = cuts.size() - 1;
    RunCuts.Cut best = null;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      RunCuts.Cut cut = RunCuts.at(runs, cuts.get(mid));
      if (fits(layout.apply(RunCuts.withEllipsis(cut.head())), size, area)) {
        best = cut;
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    return best;
  }

  /**
   * Splits units into pages for "(cont.)" slides, filling each page while it fits at
   * {@code packSize}; a unit too big for a page on its own gets a page to itself.
   */
  static List<List<Flow.Unit>> pages(List<Flow.Unit> units, double packSize, Area area) {
    List<List<Flow.Unit>> pages = new ArrayList<>();
    List<Flow.Unit> page = new ArrayList<>();
    for (Flow.Unit unit : units) {
      page.add(unit);
      if (page.size() > 1 && !fits(Flow.paras(page), packSize, area)) {
        page.remove(page.size() - 1);
        pages.add(page);
        page = new ArrayList<>(List.of(unit));
      }
    }
    if (!page.isEmpty()) {
      pages.add(page);
    }
    return pages;
  }
}
