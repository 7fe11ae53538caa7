package org.paperdeck.pptx;

import java.util.List;
import org.apache.poi.sl.usermodel.TextParagraph.TextAlign;
import org.apache.poi.sl.usermodel.VerticalAlignment;
import org.apache.poi.xslf.usermodel.XSLFSheet;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTableCell;
import org.apache.poi.xslf.usermodel.XSLFTableRow;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.openxmlformats.schemas.drawingml.x2006.main.CTLineProperties;
import org.openxmlformats.schemas.drawingml.x2006.main.CTRegularTextRun;
import org.openxmlformats.schemas.drawingml.x2006.main.CTSchemeColor;
import org.openxmlformats.schemas.drawingml.x2006.main.CTSolidColorFillProperties;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTableCell;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTableCellProperties;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextCharacterProperties;
import org.openxmlformats.schemas.drawingml.x2006.main.STSchemeColorVal;
import org.paperdeck.layout.TableGrid;
import org.paperdeck.layout.TextMeasure;

/**
 * Writes a decided {@link TableGrid} as a PowerPoint table ({@code a:graphicFrame} holding an
 * {@code a:tbl}): its box, column widths, row heights, insets and cell text. It looks like
 * PowerPoint's "Medium Style 2" in the slide's accent, spelled out on every cell in the theme's
 * scheme colours rather than named as a table style: LibreOffice draws explicit cell fills but
 * not every built-in style, and scheme colours still follow the theme when it changes. Header:
 * the accent with light bold text; data rows banded in light tints of the accent with dark text;
 * light lines between cells.
 */
final class TableWriter {
  /** A cell border: 1 pt, in EMU. */
  private static final int LINE_WIDTH = 12700;

  private TableWriter() {}

  static void write(XSLFSheet slide, TableGrid grid, String family) {
    List<List<TableGrid.Cell>> cells = grid.cells();
    int columns = grid.columns().size();
    XSLFTable table = slide.createTable(cells.size(), columns);
    table.setAnchor(Placeholders.rectangle(grid.box()));
    for (int c = 0; c < columns; c++) {
      table.setColumnWidth(c, grid.columns().get(c));
    }
    // The flags PowerPoint's Table Design tab shows as "Header Row" and "Banded Rows".
    var properties = table.getCTTable().isSetTblPr() ? table.getCTTable().getTblPr()
        : table.getCTTable().addNewTblPr();
    properties.setFirstRow(grid.header());
    properties.setBandRow(true);
    for (int r = 0; r < cells.size(); r++) {
      XSLFTableRow row = table.getRows().get(r);
      row.setHeight(grid.rows().get(r));
      boolean header = grid.header() && r == 0;
      int band = grid.header() ? r - 1 : r;
      for (int c = 0; c < columns; c++) {
        XSLFTableCell cell = row.getCells().get(c);
        TableGrid.Cell decided = cells.get(r).get(c);
        TextWriter.write(cell, decided.paras());
        cell.setLeftInset(grid.insetX());
        cell.setRightInset(grid.insetX());
        cell.setTopInset(grid.insetY());
        cell.setBottomInset(grid.insetY());
        cell.setVerticalAlignment(VerticalAlignment.MIDDLE);
        for (XSLFTextParagraph p : cell.getTextParagraphs()) {
          p.setTextAlign(decided.right() ? TextAlign.RIGHT : TextAlign.LEFT);
          for (XSLFTextRun run : p.getTextRuns()) {
            style(run, family, header);
          }
        }
        fill(cell, grid.accent(), header, band % 2 == 0);
      }
    }
  }

  /** The placeholder's face and a colour that reads on the cell's fill. */
  private static void style(XSLFTextRun run, String family, boolean header) {
    if (family != null && !TextMeasure.MONO_FAMILY.equals(run.getFontFamily())) {
      run.setFontFamily(family);
    }
    if (run.getXmlObject() instanceof CTRegularTextRun r) {
      CTTextCharacterProperties pr = r.isSetRPr() ? r.getRPr() : r.addNewRPr();
      if (!pr.isSetSolidFill()) {
        pr.addNewSolidFill().addNewSchemeClr()
            .setVal(header ? STSchemeColorVal.LT_1 : STSchemeColorVal.DK_1);
      }
    }
  }

  private static void fill(XSLFTableCell cell, int accent, boolean header, boolean odd) {
    CTTableCell xml = (CTTableCell) cell.getXmlObject();
    CTTableCellProperties pr = xml.isSetTcPr() ? xml.getTcPr() : xml.addNewTcPr();
    // POI's new cell already has borders, of no line: each is replaced, never added twice.
    for (CTLineProperties line : List.of(
        pr.isSetLnL() ? pr.getLnL() : pr.addNewLnL(), pr.isSetLnR() ? pr.getLnR() : pr.addNewLnR(),
        pr.isSetLnT() ? pr.getLnT() : pr.addNewLnT(), pr.isSetLnB() ? pr.getLnB() : pr.addNewLnB())) {
      if (line.isSetNoFill()) {
        line.unsetNoFill();
      }
      line.setW(LINE_WIDTH);
      line.addNewSolidFill().addNewSchemeClr().setVal(STSchemeColorVal.LT_1);
    }
    if (pr.isSetNoFill()) {
      pr.unsetNoFill();
    }
    CTSolidColorFillProperties solid = pr.addNewSolidFill();
    CTSchemeColor color = solid.addNewSchemeClr();
    color.setVal(accentColor(accent));
    if (!header) {
      // Light tints of the accent, as PowerPoint's Medium Style 2 bands its rows.
      color.addNewLumMod().setVal(odd ? 20000 : 40000);
      color.addNewLumOff().setVal(odd ? 80000 : 60000);
    }
  }

  private static STSchemeColorVal.Enum accentColor(int accent) {
    return switch (accent) {
      case 2 -> STSchemeColorVal.ACCENT_2;
      case 3 -> STSchemeColorVal.ACCENT_3;
      case 4 -> STSchemeColorVal.ACCENT_4;
      case 5 -> STSchemeColorVal.ACCENT_5;
      case 6 -> STSchemeColorVal.ACCENT_6;
      default -> STSchemeColorVal.ACCENT_1;
    };
  }
}
