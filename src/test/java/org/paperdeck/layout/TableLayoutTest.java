package org.paperdeck.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperdeck.diagnostics.Diagnostic;
import org.paperdeck.plan.PlanBlock;
import org.paperdeck.plan.PlanParser;
import org.paperdeck.plan.Run;

/** Tables on slides, decided as plain values on a hand-made 16:9 theme. */
class TableLayoutTest {
  private static final ThemeGeometry THEME = HandMadeTheme.titleAndContent(false);

  private static HandMadeTheme.Laid layOut(String slides) {
    return HandMadeTheme.layOut(slides, THEME);
  }

  /** An example table: made-up benchmark names and numbers. */
  private static String table(int dataRows) {
    StringBuilder out = new StringBuilder(
        "<table><tr><th>Benchmark (example)</th><th>Score</th><th>Δ</th></tr>");
    for (int i = 1; i <= dataRows; i++) {
      out.append("<tr><td>Example task ").append(i).append("</td><td>")
          .append(50 + i).append(".5</td><td>+0.").append(i % 10).append("</td></tr>");
    }
    return out.append("</table>").toString();
  }

  private static List<String> cellTexts(List<TableGrid.Cell> row) {
    List<String> out = new ArrayList<>();
    for (TableGrid.Cell cell : row) {
      StringBuilder text = new StringBuilder();
      cell.paras().forEach(p -> p.runs().forEach(piece -> text.append(piece.text())));
      out.add(text.toString());
    }
    return out;
  }

  private static List<TableGrid> tables(SlideLayout slide) {
    return slide.stack().stream().filter(TableGrid.class::isInstance)
        .map(TableGrid.class::cast).toList();
  }

  private static List<Flow.Para> row(boolean header, String... cells) {
    List<Flow.Para> out = new ArrayList<>();
    for (String cell : cells) {
      out.add(new Flow.Para(List.of(Run.plain(cell)), 0, Flow.Marker.NONE, 0, null, header));
    }
    return out;
  }

  @Test
  void columnWidthsFollowTheirLongestTextAndFillTheBody() {
    List<List<Flow.Para>> cells = List.of(
        row(true, "Method", "F1", "Notes"),
        row(false, "A rather long method name here", "91.2", "short"),
        row(false, "B", "88.0", "a somewhat longer note"));
    List<Double> widths = TableLayout.widths(cells, 20, 600, MeasureFonts.SANS);
    assertEquals(600, widths.stream().mapToDouble(Double::doubleValue).sum(), 0.01);
    assertTrue(widths.get(0) > widths.get(2), "the longest text is the widest column: " + widths);
    assertTrue(widths.get(2) > widths.get(1), "notes wider than a number: " + widths);
    double least = TableLayout.MIN_COLUMN_EMS * 20 + 2 * TableLayout.INSET_X;
    widths.forEach(w -> assertTrue(w >= least, "no column below the minimum: " + widths));
  }

  @Test
  void tooWideColumnsEachKeepTheirLongestWordAndShareTheRest() {
    String words = "several words that will need to wrap inside a narrow column of a table";
    List<List<Flow.Para>> cells = List.of(row(false, words, words, "Extraordinarily"));
    List<Double> widths = TableLayout.widths(cells, 20, 560, MeasureFonts.SANS);
    assertEquals(560, widths.stream().mapToDouble(Double::doubleValue).sum(), 0.01);
    double word = TextMeasure.width(row(false, "Extraordinarily").get(0), 20, MeasureFonts.SANS);
    assertTrue(widths.get(2) >= word + 2 * TableLayout.INSET_X, "the word fits: " + widths);
    assertTrue(widths.get(0) > widths.get(2), "long text gets the room left: " + widths);
  }

  @Test
  void aShortTableFitsUnderItsTextOnOneSlideAtOneSize() {
    HandMadeTheme.Laid laid = layOut("<slide layout='Title and Content'><title>Results</title><body>"
        + "<p>Example numbers, made up:</p>" + table(3) + "</body></slide>");
    assertEquals(List.of(), laid.diagnostics());
    assertEquals(1, laid.deck().slides().size());
    SlideLayout slide = laid.deck().slides().get(0);
    SlideLayout.StackedText text = (SlideLayout.StackedText) slide.stack().get(0);
    TableGrid grid = tables(slide).get(0);
    assertTrue(text.inPlaceholder());
    assertTrue(grid.box().y() >= text.box().maxY(), "the table is below the text");
    assertTrue(grid.box().maxY() <= 370.01, "inside the body's box: " + grid.box());
    assertEquals(4, grid.rows().size());
    assertEquals(List.of("Benchmark (example)", "Score", "Δ"), cellTexts(grid.cells().get(0)));
    double size = grid.cells().get(1).get(0).paras().get(0).size();
    assertTrue(size >= LayoutRules.BODY_FLOOR, "never below the floor");
    assertEquals(size, text.paras().get(0).size(), "table and text share a size");
    assertTrue(grid.cells().get(0).get(0).paras().get(0).runs().get(0).bold(), "header bold");
    assertTrue(grid.cells().get(1).get(1).right(), "numbers right-aligned");
    assertTrue(!grid.cells().get(1).get(0).right(), "names left-aligned");
  }

  @Test
  void aThirtyRowTableSplitsByRowsWithItsHeaderOnEverySlideAndLosesNothing() {
    HandMadeTheme.Laid laid = layOut("<slide layout='Title and Content' accent='3'><title>Results</title><body>"
        + "<p>Example numbers, made up:</p>" + table(30) + "</body>"
        + "<notes><p>Say the numbers are examples.</p></notes></slide>");
    List<SlideLayout> slides = laid.deck().slides();
    assertTrue(slides.size() >= 2, "split onto more slides: " + slides.size());
    List<String> seen = new ArrayList<>();
    List<Double> widths = null;
    for (int i = 0; i < slides.size(); i++) {
      SlideLayout slide = slides.get(i);
      String title = slide.texts().get(0).paras().get(0).runs().stream()
          .map(Typeset.Piece::text).reduce("", String::concat);
      assertEquals(i == 0 ? "Results" : "Results (cont.)", title);
      List<TableGrid> grids = tables(slide);
      assertEquals(1, grids.size());
      TableGrid grid = grids.get(0);
      assertEquals(List.of("Benchmark (example)", "Score", "Δ"), cellTexts(grid.cells().get(0)),
          "header repeated on slide " + (i + 1));
      assertEquals(i < slides.size() - 1, grid.continues());
      assertEquals(3, grid.accent());
      assertTrue(grid.box().maxY() <= 370.01, "inside the body's box: " + grid.box());
      widths = widths == null ? grid.columns() : widths;
      assertEquals(widths, grid.columns(), "the columns do not move between slides");
      grid.cells().subList(1, grid.cells().size()).forEach(r -> seen.add(cellTexts(r).get(0)));
      grid.cells().forEach(r -> r.forEach(c -> assertTrue(
          c.paras().get(0).size() >= LayoutRules.BODY_FLOOR, "never below the floor")));
    }
    List<String> expected = new ArrayList<>();
    for (int i = 1; i <= 30; i++) {
      expected.add("Example task " + i);
    }
    assertEquals(expected, seen, "every row once, in order");
    assertTrue(slides.get(0).notes().size() == 1 && slides.get(1).notes().isEmpty(),
        "the notes stay with the first slide");
    assertEquals(1, laid.diagnostics().size());
    Diagnostic warning = laid.diagnostics().get(0);
    assertTrue(warning.message().contains("the table continues by rows on "
        + (slides.size() - 1)), warning.message());
    assertEquals(1, warning.pos().line());
  }

  @Test
  void aTableInTheSpeakerNotesStaysTextOneRowALine() {
    HandMadeTheme.Laid laid = layOut("<slide layout='Title and Content'><title>Results</title>"
        + "<body><p>See the notes.</p></body><notes>" + table(2) + "</notes></slide>");
    List<Typeset.Para> notes = laid.deck().slides().get(0).notes();
    List<String> lines = notes.stream().map(p -> p.runs().stream().map(Typeset.Piece::text)
        .reduce("", String::concat)).toList();
    assertEquals(List.of("Benchmark (example)  |  Score  |  Δ", "Example task 1  |  51.5  |  +0.1",
        "Example task 2  |  52.5  |  +0.2"), lines);
  }

  @Test
  void tableSlicesTogetherHoldTheWholeTable() {
    PlanParser.Result parsed = PlanParser.parse("<deck><slide layout='Title and Content'>"
        + "<body>" + table(30) + "</body></slide></deck>", "deck.ftlx");
    PlanBlock.Table whole = (PlanBlock.Table) parsed.plan().slides().get(0).body().get(0);
    SlideDraft draft = new SlideDraft(THEME, THEME.layouts().get(0), 1,
        new SlideLayout.Decor(0, false, null, 0),
        org.paperdeck.diagnostics.SourcePos.startOf("deck.ftlx"), "paper");
    TableBody body = TableBody.of(Flow.units(List.of(whole)), draft, draft.body(), 24, 14, 19, 0);
    List<List<List<Run>>> rows = new ArrayList<>();
    for (List<PlanBlock> page : body.blocks()) {
      PlanBlock.Table slice = (PlanBlock.Table) page.get(0);
      assertEquals(whole.rows().get(0), slice.rows().get(0));
      rows.addAll(slice.rows().subList(1, slice.rows().size()));
    }
    assertEquals(whole.rows().subList(1, 31), rows);
    assertEquals(19, body.size());
  }
}
