package org.paperdeck.layout;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.paperdeck.math.MathPicture;
import org.paperdeck.plan.PlanBlock;

/**
 * Lays out a body that holds pictures (display math, figures) in reading order. A text box
 * cannot hold a picture, so the body's box is cut into a stack: text, picture, text … (a display
 * formula is measured and placed as its typeset picture, and written as an equation with that
 * picture as its fallback). The text
 * between pictures goes into text boxes (the first into the placeholder itself) with the
 * placeholder's width and side insets; one type size for the whole stack is chosen by
 * measurement, as for plain bodies, so that nothing overlaps and nothing leaves the box. Figures
 * then share the height left over, never beyond their own pixels at 96 dpi.
 */
final class PictureBody {
  /** A figure gets at least this share of the body's height (or its own height if smaller). */
  private static final double FIGURE_MIN_SHARE = 0.3;

  private final Box inner;
  private final ThemeGeometry.Insets insets;
  private final StackItems items;
  /** The body's floor: bylines and captions are never set below it. */
  private final double floor;
  /** The placeholder's text colour, which formulas are drawn in. */
  private final Color ink;
  private final List<SlideLayout.StackPart> parts = new ArrayList<>();
  /** Formulas too wide to be shown at the floor, for a warning each. */
  private final List<String> shrunk = new ArrayList<>();

  private PictureBody(Box box, ThemeGeometry.Placeholder placeholder, TextFitter.Area area,
      ImageFiles files) {
    this.insets = placeholder.insets();
    this.inner = new Box(box.x() + insets.left(), box.y() + insets.top(),
        box.width() - insets.left() - insets.right(),
        box.height() - insets.top() - insets.bottom());
    this.floor = area.floor();
    this.ink = placeholder.ink();
    this.items = new StackItems(area, placeholder.ink(), files);
  }

  /** Whether the body has a picture in it, and so needs this layout. */
  static boolean applies(List<Flow.Unit> units) {
    return units.stream().anyMatch(u -> u.block() instanceof PlanBlock.DisplayMath
        || u.block() instanceof PlanBlock.Figure);
  }

  /**
   * What laying out left over.
   *
   * @param rest the trailing units that do not fit even at the floor, for the speaker notes
   * @param problems pictures that could not be read (their captions stay as text), pictures
   *     stored as smaller copies, formulas shown smaller than the floor to fit the body's width
   */
  record Result(List<Flow.Unit> rest, List<String> problems) {}

  /**
   * Stacks {@code units} in the body placeholder's box at the largest size from {@code start}
   * down to {@code floor} at which they fit.
   */
  static Result layOut(SlideDraft slide, int placeholder, List<Flow.Unit> units, double start,
      double floor, ImageFiles files) {
    PictureBody body = new PictureBody(slide.box(placeholder), slide.placeholder(placeholder),
        slide.area(placeholder).withFloor(floor), files);
    List<Flow.Unit> rest = body.layOut(units, start, floor);
    slide.stack(placeholder, body.parts);
    List<String> problems = new ArrayList<>(body.items.problems());
    problems.addAll(body.shrunk);
    return new Result(rest, problems);
  }

  /** A formula's source for a message, cut after 40 characters. */
  private static String shortened(String latex) {
    String flat = latex.strip().replaceAll("\\s+", " ");
    return "\"" + (flat.length() > 40 ? flat.substring(0, 39) + "…" : flat) + "\"";
  }

  private List<Flow.Unit> layOut(List<Flow.Unit> units, double start, double floor) {
    double minFigure = FIGURE_MIN_SHARE * inner.height();
    for (int kept = units.size(); kept > 0; kept--) {
      List<StackItems.Item> stack = items.stack(units.subList(0, kept));
      for (double size = Math.floor(start); size >= floor; size -= 1) {
        double height = items.height(stack, size, minFigure);
        if (height <= inner.height()) {
          place(stack, size, inner.height() - height);
          return List.copyOf(units.subList(kept, units.size()));
        }
      }
    }
    return List.copyOf(units);
  }

  /** Places the stack top-down; {@code spare} height goes to figures that can grow. */
  private void place(List<StackItems.Item> stack, double size, double spare) {
    double minFigure = FIGURE_MIN_SHARE * inner.height();
    double y = inner.y();
    boolean placeholderUsed = false;
    for (int i = 0; i < stack.size(); i++) {
      StackItems.Item item = stack.get(i);
      y += i == 0 ? 0 : StackItems.gap(size);
      if (item instanceof StackItems.Text text) {
        double h = items.textHeight(text.paras(), size);
        parts.add(text(!placeholderUsed, y, h, false, text.paras(), size));
        placeholderUsed = true;
        y += h;
      } else if (item instanceof StackItems.Formula formula) {
        MathPicture pic = items.picture(formula.math(), size);
        double scale = Math.min(1, inner.width() / (pic.width() * size));
        if (size * scale < floor) {
          shrunk.add("the formula " + shortened(pic.latex()) + " is wider than the body and is"
              + " shown at " + Math.round(size * scale) + " pt, below the floor of "
              + Math.round(floor) + " pt; break it into lines (aligned) or shorten it");
        }
        double w = pic.width() * size * scale;
        double h = pic.height() * size * scale;
        parts.add(new SlideLayout.Equation(new SlideLayout.Picture(pic.png(),
            SlideLayout.Format.PNG, new Box(inner.centerX() - w / 2, y, w, h), "Formula",
            pic.latex(), null), pic.latex(), size * scale, ink));
        y += h;
      } else if (item instanceof StackItems.Figure figure) {
        double least = figure.height(minFigure);
        double grow = Math.max(0, Math.min(spare, figure.maxHeight() - least));
        spare -= grow;
        double h = least + grow;
        double w = h * figure.aspect();
        parts.add(new SlideLayout.Picture(figure.bytes(), figure.format(),
            new Box(inner.centerX() - w / 2, y, w, h), "Picture", figure.block().alt(), null));
        y += h;
        if (!figure.caption().isEmpty()) {
          double ch = items.textHeight(figure.caption(), size);
          parts.add(text(false, y, ch, true, figure.caption(), size));
          y += ch;
        }
      }
    }
  }

  /** A text box of the stack: the placeholder's side insets, none above or below. */
  private SlideLayout.StackedText text(boolean inPlaceholder, double y, double height,
      boolean centered, List<Flow.Para> paras, double size) {
    return new SlideLayout.StackedText(inPlaceholder, new Box(inner.x() - insets.left(), y,
        inner.width() + insets.left() + insets.right(), height), insets.left(), insets.right(),
        centered, Typeset.of(paras, size, true, floor));
  }
}
