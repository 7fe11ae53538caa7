package org.paperdeck.layout;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.paperdeck.math.MathPicture;
import org.paperdeck.math.CapHeight;
import org.paperdeck.math.MathRenderer;
import org.paperdeck.plan.PlanBlock;
import org.paperdeck.plan.Run;

/**
 * The pieces of a body with pictures, and their heights at a given type size: runs of text
 * (measured as {@link TextFitter} measures any body), formulas (typeset at the text's size) and
 * figures (which may shrink to a minimum, and grow up to their own pixels at 96 dpi).
 */
final class StackItems {
  /** Liberation Sans's capitals, which inline and display formulas are matched to. */
  static final double CAP_HEIGHT = CapHeight.of(MeasureFonts.SANS.font(
      new Flow.Para(List.of(), 0, Flow.Marker.NONE, 0, null, false), Run.plain("H"), 1));

  sealed interface Item {}

  record Text(List<Flow.Para> paras) implements Item {}

  record Formula(PlanBlock.DisplayMath math) implements Item {}

  /**
   * A readable figure.
   *
   * @param maxHeight the tallest it may be: its own height, or less where the width limits it
   * @param aspect width over height
   */
  record Figure(PlanBlock.Figure block, byte[] bytes, SlideLayout.Format format, double maxHeight,
      double aspect, List<Flow.Para> caption) implements Item {
    /** The least height it takes: a share of the body, or all of it when it is smaller. */
    double height(double least) {
      return Math.min(maxHeight, least);
    }
  }

  private final TextFitter.Area area;
  private final double width;
  private final Color ink;
  private final Map<String, MathPicture> pictures = new HashMap<>();
  private final List<String> problems = new ArrayList<>();
  private final Set<java.nio.file.Path> unreadable = new HashSet<>();

  private final ImageFiles files;

  /**
   * @param area the text's room: its width, fonts and the body's floor (the height is the
   *     caller's to share)
   * @param files where the deck's pictures are read, once each
   */
  StackItems(TextFitter.Area area, Color ink, ImageFiles files) {
    this.area = area;
    this.width = area.width();
    this.ink = ink;
    this.files = files;
  }

  List<String> problems() {
    return List.copyOf(problems);
  }

  /** Space between two pieces: the gap between two paragraphs of the body. */
  static double gap(double size) {
    return Math.round(size * 0.45);
  }

  /** The pieces of {@code units}, consecutive text units joined into one piece. */
  List<Item> stack(List<Flow.Unit> units) {
    List<Item> items = new ArrayList<>();
    List<Flow.Unit> text = new ArrayList<>();
    for (Flow.Unit unit : units) {
      Item picture = null;
      if (unit.block() instanceof PlanBlock.DisplayMath math) {
        picture = new Formula(math);
      } else if (unit.block() instanceof PlanBlock.Figure figure) {
        picture = figure(figure);
      }
      if (picture == null) {
        text.add(unit);
        continue;
      }
      if (!text.isEmpty()) {
        items.add(new Text(Flow.paras(text)));
        text = new ArrayList<>();
      }
      items.add(picture);
    }
    if (!text.isEmpty()) {
      items.add(new Text(Flow.paras(text)));
    }
    return items;
  }

  /** The stack's height at {@code size}, each figure at its least height. */
  double height(List<Item> stack, double size, double leastFigure) {
    double total = 0;
    for (int i = 0; i < stack.size(); i++) {
      total += i == 0 ? 0 : gap(size);
      Item item = stack.get(i);
      if (item instanceof Text text) {
        total += textHeight(text.paras(), size);
      } else if (item instanceof Formula formula) {
        MathPicture pic = picture(formula.math(), size);
        total += pic.height() * size * Math.min(1, width / (pic.width() * size));
      } else if (item instanceof Figure figure) {
        total += figure.height(leastFigure);
        total += figure.caption().isEmpty() ? 0 : textHeight(figure.caption(), size);
      }
    }
    return total;
  }

  double textHeight(List<Flow.Para> paras, double size) {
    return textHeight(paras, size, area);
  }

  /**
   * Text's height in {@code area}'s width, fonts and floor, with the same allowances
   * {@link TextFitter} makes for other renderers.
   */
  static double textHeight(List<Flow.Para> paras, double size, TextFitter.Area area) {
    return TextMeasure.height(paras, size, area.width() * TextFitter.WIDTH_SLACK, area.fonts(),
        area.floor()) / TextFitter.HEIGHT_SLACK;
  }

  /** A formula typeset for text of {@code size} points; copies of inline math stay inline-style. */
  MathPicture picture(PlanBlock.DisplayMath math, double size) {
    return pictures.computeIfAbsent(math.copy() + " " + size + " " + math.latex(), key ->
        MathRenderer.render(math.latex(), !math.copy(), CAP_HEIGHT,
            size * MathRenderer.PIXELS_PER_POINT, ink));
  }

  /** The figure, or {@code null} (its caption then stays as text) when it cannot be read. */
  private Figure figure(PlanBlock.Figure figure) {
    List<Flow.Para> caption = figure.caption().isEmpty() ? List.of()
        : List.of(new Flow.Para(figure.caption(), 0, Flow.Marker.NONE, 0, "caption", false));
    try {
      ImageFiles.Image picture = files.read(figure.source(), problems::add);
      // At 96 dpi a pixel is three quarters of a point: never shown larger, so it stays sharp.
      double nativeWidth = picture.nativeWidth();
      double nativeHeight = picture.nativeHeight();
      double maxHeight = Math.min(nativeHeight, width * nativeHeight / nativeWidth);
      return new Figure(figure, picture.bytes(), picture.format(), maxHeight,
          nativeWidth / nativeHeight, caption);
    } catch (IOException e) {
      if (unreadable.add(figure.source())) {
        problems.add("figure " + figure.source() + ": " + e.getMessage()
            + "; its caption is shown instead");
      }
      return null;
    }
  }
}
