package org.paperdeck.layout;

import java.util.ArrayList;
import java.util.List;
import org.paperdeck.math.MathText;
import org.paperdeck.plan.PlanBlock;
import org.paperdeck.plan.Run;

/**
 * The body as the writer lays it out: a flat list of paragraphs with a list level and a marker.
 * The measurer and the writer both take every size, indent and gap from here, so what is
 * measured is what is written. Lengths are points; sizes scale with the body's base size.
 */
public final class Flow {
  /** Left margin added per nesting level. */
  static final double LEVEL_STEP = 24;
  /** How far a bullet hangs to the left of its text, in ems of its size. */
  static final double BULLET_HANG = 0.9;
  /** Numbers need room for "10." and more. */
  static final double NUMBER_HANG = 1.6;
  /** The smallest type on a slide, whatever its role: the body's floor. */
  static final double MIN_SIZE = LayoutRules.BODY_FLOOR;

  public enum Marker { NONE, BULLET, NUMBER }

  /**
   * One laid-out paragraph.
   *
   * @param number for {@link Marker#NUMBER}: the item's number in its list
   * @param emphasis bold from the placeholder's style (titles), for measuring only
   */
  public record Para(List<Run> runs, int level, Marker marker, int number, String styleClass,
      boolean emphasis) {
    public Para {
      runs = List.copyOf(runs);
    }
  }

  /**
   * A piece of the body that may move to the next slide or to the notes as a whole: a top-level
   * block, or one top-level list item with everything nested in it.
   */
  record Unit(PlanBlock block, int firstNumber) {}

  private Flow() {}

  /**
   * Display math inside a list item cannot sit between its lines on a slide, so it is lifted out
   * to follow the item's unit; numbering goes on after it.
   */
  static List<Unit> units(List<PlanBlock> blocks) {
    List<Unit> units = new ArrayList<>();
    for (PlanBlock block : blocks) {
      if (block instanceof PlanBlock.ListBlock list) {
        for (int i = 0; i < list.items().size(); i++) {
          List<PlanBlock> lifted = new ArrayList<>();
          PlanBlock.Item item = withoutMath(list.items().get(i), lifted);
          units.add(new Unit(new PlanBlock.ListBlock(list.ordered(), List.of(item)), i + 1));
          lifted.forEach(math -> units.add(new Unit(math, 1)));
        }
      } else {
        units.add(new Unit(block, 1));
      }
    }
    return units;
  }

  private static PlanBlock.Item withoutMath(PlanBlock.Item item, List<PlanBlock> lifted) {
    List<PlanBlock> children = new ArrayList<>();
    for (PlanBlock child : item.children()) {
      if (child instanceof PlanBlock.DisplayMath) {
        lifted.add(child);
      } else if (child instanceof PlanBlock.ListBlock list) {
        children.add(new PlanBlock.ListBlock(list.ordered(),
            list.items().stream().map(inner -> withoutMath(inner, lifted)).toList()));
      } else {
        children.add(child);
      }
    }
    return new PlanBlock.Item(item.runs(), children, item.at());
  }

  /** Puts consecutive single-item units of one list back into one list block. */
  static List<PlanBlock> blocks(List<Unit> units) {
    List<PlanBlock> blocks = new ArrayList<>();
    for (Unit unit : units) {
      int last = blocks.size() - 1;
      if (unit.block() instanceof PlanBlock.ListBlock list && unit.firstNumber() > 1 && last >= 0
          && blocks.get(last) instanceof PlanBlock.ListBlock previous
          && previous.ordered() == list.ordered()) {
        List<PlanBlock.Item> items = new ArrayList<>(previous.items());
        items.addAll(list.items());
        blocks.set(last, new PlanBlock.ListBlock(list.ordered(), items));
      } else {
        blocks.add(unit.block());
      }
    }
    return blocks;
  }

  static List<Para> paras(List<Unit> units) {
    List<Para> out = new ArrayList<>();
    for (Unit unit : units) {
      add(unit.block(), 0, unit.firstNumber(), out);
    }
    return out;
  }

  private static void add(PlanBlock block, int level, int firstNumber, List<Para> out) {
    if (block instanceof PlanBlock.Paragraph p) {
      out.add(new Para(p.runs(), level, Marker.NONE, 0, p.styleClass(), false));
    } else if (block instanceof PlanBlock.ListBlock list) {
      int number = firstNumber;
      for (PlanBlock.Item item : list.items()) {
        out.add(new Para(item.runs(), level, list.ordered() ? Marker.NUMBER : Marker.BULLET,
            number++, null, false));
        item.children().forEach(child -> add(child, level + 1, 1, out));
      }
    } else if (block instanceof PlanBlock.DisplayMath math && !math.copy()) {
      // As text (speaker notes, measuring): the Unicode approximation; copies repeat text.
      List<Run> runs = new ArrayList<>();
      for (MathText.Piece piece : MathText.convert(math.latex())) {
        runs.add(new Run(piece.text(), false, false, false, false,
            piece.script(), null));
      }
      out.add(new Para(runs, level, Marker.NONE, 0, null, false));
    } else if (block instanceof PlanBlock.Figure figure) {
      out.add(new Para(figure.caption().isEmpty() ? List.of(Run.plain(figure.alt()))
          : figure.caption(), level, Marker.NONE, 0, "caption", false));
    } else if (block instanceof PlanBlock.Table table) {
      // In the speaker notes a table is one line per row, cells between bars; a body lays it
      // out as a real table instead (TableBody).
      boolean header = table.header();
      for (List<List<Run>> row : table.rows()) {
        List<Run> runs = new ArrayList<>();
        for (int c = 0; c < row.size(); c++) {
          if (c > 0) {
            runs.add(Run.plain("  |  "));
          }
          for (Run run : row.get(c)) {
            runs.add(header ? new Run(run.text(), true, run.italic(), run.code(), run.strike(),
                run.script(), run.href()) : run);
          }
        }
        out.add(new Para(runs, level, Marker.NONE, 0, null, false));
        header = false;
      }
    }
  }

  /**
   * The type size of a paragraph when the body's base size is {@code base}. Bylines, captions
   * and nested items are smaller, but never below {@link #MIN_SIZE} (or the base, if that is
   * smaller still, as in speaker notes): the floor is what stays readable from the back row.
   */
  public static double size(Para p, double base) {
    return size(p, base, MIN_SIZE);
  }

  /**
   * As {@link #size(Para, double)} on a slide whose body floor is {@code floor}: a paper slide
   * whose body never goes below 18 pt keeps its byline and nested items at 18 pt too.
   */
  public static double size(Para p, double base, double floor) {
    double size = base;
    if ("byline".equals(p.styleClass()) || "caption".equals(p.styleClass())) {
      size = base * 0.8;
    } else if (p.level() > 0) {
      size = base * 0.88;
    }
    size = Math.max(size, Math.min(base, Math.max(MIN_SIZE, floor)));
    return Math.round(size * 2) / 2.0; // PowerPoint keeps half points
  }

  static double leftMargin(Para p, double size) {
    return p.level() * LEVEL_STEP + hang(p, size);
  }

  static double indent(Para p, double size) {
    return -hang(p, size);
  }

  private static double hang(Para p, double size) {
    double ems = p.marker() == Marker.BULLET ? BULLET_HANG
        : p.marker() == Marker.NUMBER ? NUMBER_HANG : 0;
    return Math.round(ems * size);
  }

  /** Space above a paragraph: none above the first, less between nested items. */
  static double spaceBefore(Para p, double base, boolean first) {
    if (first) {
      return 0;
    }
    return Math.round(base * (p.level() > 0 ? 0.2 : 0.45));
  }

  static boolean bold(Para p, Run run) {
    return run.bold() || p.emphasis() || "label".equals(p.styleClass());
  }

  static boolean italic(Para p, Run run) {
    return run.italic() || "byline".equals(p.styleClass()) || "caption".equals(p.styleClass());
  }
}
