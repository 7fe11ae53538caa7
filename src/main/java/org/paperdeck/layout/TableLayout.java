package org.paperdeck.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.paperdeck.plan.PlanBlock;
import org.paperdeck.plan.Run;

/**
 * One table's geometry at one type size in one width: column widths from their content, and
 * the height of every row with its cells wrapped to those widths. Measured as {@link
 * TextFitter} measures any text, with the same allowances for other renderers.
 *
 * <p>Column widths: each column would like its longest cell on one line (its natural width);
 * it needs at least its longest word, and never less than {@link #MIN_COLUMN_EMS} ems. When the
 * natural widths fit, the room left is shared in proportion to them, so the table spans the
 * body as a PowerPoint table does; when they do not, every column gets what it needs and the
 * rest is shared in proportion to what each still wants, so long text wraps in its own column.
 */
final class TableLayout {
  /** PowerPoint's own cell margins: 0.1 inch at the sides, 0.05 inch above and below. */
  static final double INSET_X = 7.2;
  static final double INSET_Y = 3.6;
  /** The narrowest column, in ems of the type size, besides its insets. */
  static final double MIN_COLUMN_EMS = 2.5;

  private static final Pattern NUMBER = Pattern.compile(
      "[+\\-−±~≈<>]?\\s*[$€£]?\\s*\\d[\\d,.\\s]*(%|×|x|k|M|B|ms|s)?\\s*(±\\s*\\d[\\d.]*)?");

  /**
   * The table at one size.
   *
   * @param columns each column's width, cell insets included
   * @param rows each row's height, cell insets included
   * @param cells each cell as the one paragraph it is measured and written as
   * @param right which columns hold numbers and are aligned to the right
   */
  record Sized(PlanBlock.Table table, double size, List<Double> columns, List<Double> rows,
      List<List<Flow.Para>> cells, List<Boolean> right) {
    double width() {
      return columns.stream().mapToDouble(Double::doubleValue).sum();
    }

    /** The header's height, or 0 for a table without one. */
    double headerHeight() {
      return table.header() ? rows.get(0) : 0;
    }
  }

  private TableLayout() {}

  static int columnCount(PlanBlock.Table table) {
    return table.rows().stream().mapToInt(List::size).max().orElse(0);
  }

  /** {@code table} set at {@code size} in a body {@code width} wide. */
  static Sized size(PlanBlock.Table table, double size, double width, MeasureFonts fonts) {
    int columns = Math.max(1, columnCount(table));
    List<List<Flow.Para>> cells = new ArrayList<>();
    for (int r = 0; r < table.rows().size(); r++) {
      List<List<Run>> row = table.rows().get(r);
      boolean header = table.header() && r == 0;
      List<Flow.Para> paras = new ArrayList<>();
      for (int c = 0; c < columns; c++) {
        List<Run> runs = c < row.size() ? row.get(c) : List.of();
        paras.add(new Flow.Para(runs, 0, Flow.Marker.NONE, 0, null, header));
      }
      cells.add(paras);
    }
    List<Double> widths = widths(cells, size, width, fonts);
    List<Double> heights = new ArrayList<>();
    for (List<Flow.Para> row : cells) {
      double tallest = 0;
      for (int c = 0; c < columns; c++) {
        double text = (widths.get(c) - 2 * INSET_X) * TextFitter.WIDTH_SLACK;
        tallest = Math.max(tallest, TextMeasure.height(List.of(row.get(c)), size,
            Math.max(1, text), fonts) / TextFitter.HEIGHT_SLACK);
      }
      heights.add(tallest + 2 * INSET_Y);
    }
    return new Sized(table, size, widths, heights, cells, numeric(table, columns));
  }

  /** Column widths that add up to {@code width} (see the class comment). */
  static List<Double> widths(List<List<Flow.Para>> cells, double size, double width,
      MeasureFonts fonts) {
    int columns = cells.isEmpty() ? 1 : cells.get(0).size();
    double[] natural = new double[columns];
    double[] least = new double[columns];
    for (List<Flow.Para> row : cells) {
      for (int c = 0; c < columns; c++) {
        Flow.Para cell = row.get(c);
        natural[c] = Math.max(natural[c], TextMeasure.width(cell, size, fonts));
        least[c] = Math.max(least[c], longestWord(cell, size, fonts));
      }
    }
    double naturalSum = 0;
    double leastSum = 0;
    for (int c = 0; c < columns; c++) {
      // Room for the renderer's slightly wider lines, then the cell's insets.
      natural[c] = Math.max(natural[c], MIN_COLUMN_EMS * size) / TextFitter.WIDTH_SLACK
          + 2 * INSET_X;
      least[c] = Math.min(natural[c], Math.max(least[c], MIN_COLUMN_EMS * size)
          / TextFitter.WIDTH_SLACK + 2 * INSET_X);
      naturalSum += natural[c];
      leastSum += least[c];
    }
    List<Double> out = new ArrayList<>();
    for (int c = 0; c < columns; c++) {
      double w;
      if (naturalSum <= width) {
        w = natural[c] + (width - naturalSum) * natural[c] / naturalSum;
      } else if (leastSum >= width || naturalSum == leastSum) {
        w = least[c] * width / leastSum;
      } else {
        w = least[c] + (width - leastSum) * (natural[c] - least[c]) / (naturalSum - leastSum);
      }
      out.add(w);
    }
    return out;
  }

  private static double longestWord(Flow.Para cell, double size, MeasureFonts fonts) {
    double widest = 0;
    for (Run run : cell.runs()) {
      for (String word : run.text().split("\\s+")) {
        if (!word.isEmpty()) {
          widest = Math.max(widest, TextMeasure.width(
              new Flow.Para(List.of(run.withText(word)), 0, Flow.Marker.NONE, 0, null,
                  cell.emphasis()), size, fonts));
        }
      }
    }
    return widest;
  }

  /** Columns whose every non-empty data cell is a number, which read best aligned right. */
  private static List<Boolean> numeric(PlanBlock.Table table, int columns) {
    List<Boolean> out = new ArrayList<>();
    for (int c = 0; c < columns; c++) {
      boolean any = false;
      boolean all = true;
      for (int r = table.header() ? 1 : 0; r < table.rows().size(); r++) {
        List<List<Run>> row = table.rows().get(r);
        String text = c < row.size() ? RunCuts.text(row.get(c)).strip() : "";
        if (!text.isEmpty()) {
          any = true;
          all &= NUMBER.matcher(text).matches();
        }
      }
      out.add(any && all);
    }
    return out;
  }
}
