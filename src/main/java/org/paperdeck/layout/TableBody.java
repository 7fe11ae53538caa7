package org.paperdeck.layout;

import java.util.ArrayList;
import java.util.List;
import org.paperdeck.plan.PlanBlock;

/**
 * Lays out a body that holds tables: text and tables stacked top down in the body's box, the
 * text in the placeholder (and text boxes below a table), each table a {@link TableGrid}. One
 * type size serves the whole body: the largest from the start size down to the floor at which
 * everything fits on the slide. When nothing fits even at the floor, the body is split onto
 * "(cont.)" slides, tables by rows, at the size a continued body is packed at; every page of a
 * table repeats its header row and keeps its column widths, so the columns do not move from
 * slide to slide. Nothing is left out: a row taller than a whole slide gets a slide to itself.
 */
final class TableBody {
  /** A piece of one page: text units, or a run of one table's data rows. */
  private sealed interface Piece {}

  private record Text(List<Flow.Unit> units) implements Piece {}

  /** Data rows {@code from} (inclusive) to {@code to} of the table, after its header if any. */
  private record Rows(TableLayout.Sized table, int from, int to, boolean continues)
      implements Piece {}

  private final double size;
  /** The body's floor: bylines are never set below it. */
  private final double floor;
  private final int accent;
  private final List<List<Piece>> pages;
  private final boolean overfull;

  private TableBody(double size, double floor, int accent, List<List<Piece>> pages,
      boolean overfull) {
    this.size = size;
    this.floor = floor;
    this.accent = accent;
    this.pages = pages;
    this.overfull = overfull;
  }

  /** Whether the body holds a table, and so needs this layout. */
  static boolean applies(List<Flow.Unit> units) {
    return units.stream().anyMatch(u -> u.block() instanceof PlanBlock.Table);
  }

  /**
   * Decides the pages of {@code units} in the body placeholder {@code shape} of {@code slide}
   * (its "(cont.)" slides are assumed to have no more room than it).
   *
   * @param packSize the size a body that needs more than one slide is packed at
   * @param accent the slide's accent, 0 for the theme's first
   */
  static TableBody of(List<Flow.Unit> units, SlideDraft slide, int shape, double start,
      double floor, double packSize, int accent) {
    Box inner = inner(slide, shape);
    TextFitter.Area area = slide.area(shape).withFloor(floor);
    for (double size = Math.floor(start); size >= floor; size -= 1) {
      Paged paged = paginate(units, size, inner, area);
      if (paged.pages().size() == 1 && !paged.overfull()) {
        return new TableBody(size, floor, accent, paged.pages(), false);
      }
    }
    double size = Math.max(floor, Math.min(Math.floor(start), packSize));
    Paged paged = paginate(units, size, inner, area);
    return new TableBody(size, floor, accent, paged.pages(), paged.overfull());
  }

  int pageCount() {
    return pages.size();
  }

  double size() {
    return size;
  }

  /** Whether some text or row is taller than a whole slide and runs past the body's box. */
  boolean overfull() {
    return overfull;
  }

  /**
   * What each page shows, as plan blocks: text units as they are, a table's part as a table of
   * its header (repeated on every page) and the page's rows. For checking that nothing is lost.
   */
  List<List<PlanBlock>> blocks() {
    List<List<PlanBlock>> out = new ArrayList<>();
    for (List<Piece> page : pages) {
      List<PlanBlock> blocks = new ArrayList<>();
      for (Piece piece : page) {
        if (piece instanceof Text text) {
          blocks.addAll(Flow.blocks(text.units()));
        } else if (piece instanceof Rows rows) {
          blocks.add(slice(rows));
        }
      }
      out.add(blocks);
    }
    return out;
  }

  /** Puts page {@code page} on {@code slide}, stacked in its body placeholder {@code shape}. */
  void place(SlideDraft slide, int shape, int page) {
    ThemeGeometry.Insets insets = slide.placeholder(shape).insets();
    Box inner = inner(slide, shape);
    TextFitter.Area area = slide.area(shape).withFloor(floor);
    List<SlideLayout.StackPart> parts = new ArrayList<>();
    double y = inner.y();
    boolean placeholderUsed = false;
    for (Piece piece : pages.get(page)) {
      y += parts.isEmpty() ? 0 : StackItems.gap(size);
      if (piece instanceof Text text) {
        List<Flow.Para> paras = Flow.paras(text.units());
        double h = StackItems.textHeight(paras, size, area);
        parts.add(new SlideLayout.StackedText(!placeholderUsed, new Box(inner.x() - insets.left(),
            y, inner.width() + insets.left() + insets.right(), h), insets.left(), insets.right(),
            false, Typeset.of(paras, size, true, floor)));
        placeholderUsed = true;
        y += h;
      } else if (piece instanceof Rows rows) {
        TableGrid grid = grid(rows, inner.x(), y);
        parts.add(grid);
        y += grid.box().height();
      }
    }
    slide.stack(shape, parts);
  }

  private TableGrid grid(Rows rows, double x, double y) {
    TableLayout.Sized table = rows.table();
    List<Integer> shown = shownRows(rows);
    List<Double> heights = new ArrayList<>();
    List<List<TableGrid.Cell>> cells = new ArrayList<>();
    for (int r : shown) {
      heights.add(table.rows().get(r));
      List<TableGrid.Cell> row = new ArrayList<>();
      List<Flow.Para> paras = table.cells().get(r);
      for (int c = 0; c < paras.size(); c++) {
        row.add(new TableGrid.Cell(Typeset.of(List.of(paras.get(c)), size, true),
            table.right().get(c)));
      }
      cells.add(row);
    }
    double height = heights.stream().mapToDouble(Double::doubleValue).sum();
    return new TableGrid(new Box(x, y, table.width(), height), table.columns(), heights, cells,
        table.table().header(), accent < 1 ? 1 : accent, TableLayout.INSET_X,
        TableLayout.INSET_Y, rows.continues());
  }

  /** The rows a piece shows: the header, if any, then its data rows. */
  private static List<Integer> shownRows(Rows rows) {
    List<Integer> shown = new ArrayList<>();
    if (rows.table().table().header()) {
      shown.add(0);
    }
    for (int r = rows.from(); r < rows.to(); r++) {
      shown.add(r);
    }
    return shown;
  }

  private static PlanBlock.Table slice(Rows rows) {
    PlanBlock.Table table = rows.table().table();
    return new PlanBlock.Table(table.header(),
        shownRows(rows).stream().map(r -> table.rows().get(r)).toList());
  }

  private record Paged(List<List<Piece>> pages, boolean overfull) {}

  /** Fills pages top down at {@code size}, tables cut between rows. */
  private static Paged paginate(List<Flow.Unit> units, double size, Box inner,
      TextFitter.Area area) {
    List<List<Piece>> pages = new ArrayList<>();
    List<Piece> page = new ArrayList<>();
    double used = 0;
    boolean overfull = false;
    double room = inner.height();
    double gap = StackItems.gap(size);
    for (Flow.Unit unit : units) {
      if (unit.block() instanceof PlanBlock.Table block) {
        TableLayout.Sized table = TableLayout.size(block, size, inner.width(), area.fonts());
        int rowCount = block.rows().size();
        int next = block.header() ? 1 : 0;
        boolean placed = false;
        while (!placed || next < rowCount) {
          double height = (page.isEmpty() ? 0 : gap) + table.headerHeight();
          int end = next;
          while (end < rowCount && used + height + table.rows().get(end) <= room) {
            height += table.rows().get(end);
            end++;
          }
          if (end == next && next < rowCount) {
            if (!page.isEmpty()) {
              pages.add(page);
              page = new ArrayList<>();
              used = 0;
              continue;
            }
            // A row taller than the whole slide: it goes alone, and runs past the box.
            height += table.rows().get(end);
            end++;
            overfull = true;
          }
          page.add(new Rows(table, next, end, end < rowCount));
          used += height;
          next = end;
          placed = true;
          if (next < rowCount) {
            pages.add(page);
            page = new ArrayList<>();
            used = 0;
          }
        }
      } else {
        List<Flow.Unit> text = new ArrayList<>(List.of(unit));
        int last = page.size() - 1;
        if (last >= 0 && page.get(last) instanceof Text before) {
          text.addAll(0, before.units());
        }
        double height = last >= 0 && page.get(last) instanceof Text before
            ? StackItems.textHeight(Flow.paras(text), size, area)
                - StackItems.textHeight(Flow.paras(before.units()), size, area)
            : (page.isEmpty() ? 0 : gap) + StackItems.textHeight(Flow.paras(text), size, area);
        if (used + height > room && !page.isEmpty()) {
          pages.add(page);
          page = new ArrayList<>();
          text = new ArrayList<>(List.of(unit));
          last = -1;
          height = StackItems.textHeight(Flow.paras(text), size, area);
          used = 0;
        }
        overfull |= height > room;
        if (last >= 0 && page.get(last) instanceof Text) {
          page.set(last, new Text(text));
        } else {
          page.add(new Text(text));
        }
        used += height;
      }
    }
    if (!page.isEmpty()) {
      pages.add(page);
    }
    return new Paged(pages, overfull);
  }

  /** The body's box less its insets: where text and tables go. */
  private static Box inner(SlideDraft slide, int shape) {
    Box box = slide.box(shape);
    ThemeGeometry.Insets insets = slide.placeholder(shape).insets();
    return new Box(box.x() + insets.left(), box.y() + insets.top(),
        box.width() - insets.left() - insets.right(),
        box.height() - insets.top() - insets.bottom());
  }
}
