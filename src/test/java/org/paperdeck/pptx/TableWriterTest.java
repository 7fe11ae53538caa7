package org.paperdeck.pptx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTableCell;
import org.apache.poi.xslf.usermodel.XSLFTableRow;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.Test;

/** Tables written on the default theme and read back with POI. */
class TableWriterTest {
  private static XSLFTable table(XSLFSlide slide) {
    List<XSLFTable> tables = new ArrayList<>();
    for (XSLFShape shape : slide.getShapes()) {
      if (shape instanceof XSLFTable t) {
        tables.add(t);
      }
    }
    assertEquals(1, tables.size(), "one table on the slide");
    return tables.get(0);
  }

  private static List<String> texts(XSLFTableRow row) {
    return row.getCells().stream().map(c -> c.getText().strip()).toList();
  }

  @Test
  void aTableIsAPowerPointTableWithABoldHeaderBelowItsText() throws IOException {
    DeckWriter.Result result = DeckWriterTest.write("""
        <deck><slide layout="Title and Content" accent="2"><title>Example results</title><body>
          <p>Made-up example numbers:</p>
          <table><tr><th>Benchmark</th><th>Score</th></tr>
            <tr><td><a href="https://example.org/a">Example A</a></td><td><math>x^2</math></td></tr>
            <tr><td>Example B</td><td>71.0</td></tr></table>
        </body></slide></deck>""", "table");
    try (XMLSlideShow show = DeckWriterTest.read(result)) {
      XSLFSlide slide = show.getSlides().get(0);
      XSLFTable table = table(slide);
      assertEquals(3, table.getNumberOfRows());
      assertEquals(2, table.getNumberOfColumns());
      assertEquals(List.of("Benchmark", "Score"), texts(table.getRows().get(0)));
      // Math is the math package's Unicode text: x with a raised 2.
      assertEquals(List.of("Example A", "x2"), texts(table.getRows().get(1)));
      assertTrue(table.getRows().get(1).getCells().get(1).getTextParagraphs().get(0).getTextRuns()
          .get(1).isSuperscript(), "the exponent is raised");
      assertEquals(List.of("Example B", "71.0"), texts(table.getRows().get(2)));
      for (XSLFTableCell cell : table.getRows().get(0).getCells()) {
        for (XSLFTextRun run : cell.getTextParagraphs().get(0).getTextRuns()) {
          assertTrue(run.isBold(), "header bold: " + run.getRawText());
        }
      }
      XSLFTextRun link = table.getRows().get(1).getCells().get(0).getTextParagraphs().get(0)
          .getTextRuns().get(0);
      assertEquals("https://example.org/a", link.getHyperlink().getAddress());
      assertTrue(table.getCTTable().getTblPr().getFirstRow(), "marked as having a header row");
      String xml = table.getRows().get(0).getCells().get(0).getXmlObject().xmlText();
      assertTrue(xml.contains("accent2"), "the header is in the slide's accent: " + xml);
      double widths = 0;
      for (int c = 0; c < table.getNumberOfColumns(); c++) {
        widths += table.getColumnWidth(c);
      }
      assertEquals(table.getAnchor().getWidth(), widths, 0.5);
      XSLFTextShape text = slide.getShapes().stream()
          .filter(s -> s instanceof XSLFTextShape t && "Made-up example numbers:".equals(t.getText()))
          .map(XSLFTextShape.class::cast).findFirst().orElseThrow();
      assertTrue(table.getAnchor().getY() >= text.getAnchor().getMaxY() - 0.01,
          "the table is below its text");
    }
  }

  @Test
  void aLongTableContinuesWithItsHeaderOnEachSlide() throws IOException {
    StringBuilder rows = new StringBuilder("<tr><th>Benchmark</th><th>Score</th></tr>");
    for (int i = 1; i <= 30; i++) {
      rows.append("<tr><td>Example ").append(i).append("</td><td>").append(60 + i)
          .append(".0</td></tr>");
    }
    DeckWriter.Result result = DeckWriterTest.write("<deck><slide layout=\"Title and Content\">"
        + "<title>Example results</title><body><table>" + rows + "</table></body></slide></deck>",
        "long-table");
    try (XMLSlideShow show = DeckWriterTest.read(result)) {
      assertTrue(show.getSlides().size() > 1);
      int data = 0;
      for (XSLFSlide slide : show.getSlides()) {
        XSLFTable table = table(slide);
        assertEquals(List.of("Benchmark", "Score"), texts(table.getRows().get(0)));
        for (int r = 1; r < table.getNumberOfRows(); r++) {
          data++;
          assertEquals("Example " + data, texts(table.getRows().get(r)).get(0));
        }
        assertTrue(table.getAnchor().getMaxY() <= show.getPageSize().getHeight());
      }
      assertEquals(30, data);
      assertTrue(show.getSlides().get(1).getTitle().endsWith("(cont.)"));
    }
  }
}
