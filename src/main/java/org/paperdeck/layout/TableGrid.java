package org.paperdeck.layout;

import java.util.List;

/**
 * A table on a slide, decided: where it goes, every column's width and row's height, and each
 * cell's typeset text. The pptx stage writes it as a PowerPoint table; lengths are points. On a
 * "(cont.)" slide the header row is repeated as the first row.
 *
 * @param box the whole table: the sum of the column widths by the sum of the row heights
 * @param columns each column's width, left to right
 * @param rows each row's height, top down; rows may grow taller in a renderer, never shorter
 * @param cells the rows' cells, as many per row as there are columns
 * @param header whether the first row is the header, drawn in the accent colour in bold
 * @param accent the theme accent (1 to 6) the header and the bands are coloured from
 * @param insetX the room a cell keeps between its left and right edges and its text
 * @param insetY the room a cell keeps between its top and bottom edges and its text
 * @param continues whether rows of this table follow on the next slide
 */
public record TableGrid(Box box, List<Double> columns, List<Double> rows, List<List<Cell>> cells,
    boolean header, int accent, double insetX, double insetY, boolean continues)
    implements SlideLayout.StackPart {
  public TableGrid {
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
    cells = cells.stream().map(List::copyOf).toList();
  }

  /**
   * One cell.
   *
   * @param paras its text; one paragraph, the header's bold
   * @param right aligned to the right (a column of numbers), else to the left
   */
  public record Cell(List<Typeset.Para> paras, boolean right) {
    public Cell {
      paras = List.copyOf(paras);
    }
  }
}
