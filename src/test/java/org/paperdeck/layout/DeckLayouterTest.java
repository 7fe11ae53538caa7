package org.paperdeck.layout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.paperdeck.diagnostics.Diagnostic;
import org.paperdeck.diagnostics.Diagnostics;
import org.paperdeck.plan.DeckPlan;
import org.paperdeck.plan.PlanParser;
import org.paperdeck.plan.SlidePlan;

/**
 * Layout decisions read off the plain values the layout stage hands on, with no theme file and
 * no POI: a hand-made 16:9 theme with one "Title and Content" layout.
 */
class DeckLayouterTest {
  private static final ThemeGeometry THEME = HandMadeTheme.titleAndContent(true);

  private static HandMadeTheme.Laid layOut(String slides) {
    return HandMadeTheme.layOut(slides, THEME);
  }

  private static String text(List<Typeset.Para> paras) {
    List<String> lines = new ArrayList<>();
    for (Typeset.Para para : paras) {
      StringBuilder line = new StringBuilder();
      para.runs().forEach(piece -> line.append(piece.text()));
      lines.add(line.toString());
    }
    return String.join("\n", lines);
  }

  private static SlideLayout.PlaceholderText text(SlideLayout slide, int placeholder) {
    return slide.texts().stream().filter(t -> t.placeholder() == placeholder).findFirst()
        .orElseThrow();
  }

  private static String items(int count, String text) {
    StringBuilder out = new StringBuilder();
    for (int i = 1; i <= count; i++) {
      out.append("<li>Item ").append(i).append(": ").append(text).append("</li>");
    }
    return out.toString();
  }

  @Test
  void aBodyTooLongEvenAtTheFloorMovesItsLastItemsToTheNotesAndSaysHowMany() {
    HandMadeTheme.Laid laid = layOut("<slide layout='Title and Content' overflow='notes'><title>Long</title><body><ul>"
        + items(30, "a point long enough to take most of a line on the slide") + "</ul></body>"
        + "</slide>");
    SlideLayout slide = laid.deck().slides().get(0);
    List<Typeset.Para> body = text(slide, 1).paras();
    assertTrue(body.size() < 30, "some items left the slide");
    body.forEach(p -> assertEquals(LayoutRules.BODY_FLOOR, p.size(), "at the floor"));
    int moved = 30 - body.size();
    String notes = text(slide.notes());
    assertTrue(notes.startsWith(LayoutRules.DID_NOT_FIT), notes);
    assertEquals(moved, slide.notes().size() - 1, "the moved items follow the heading");
    assertTrue(notes.endsWith("Item 30: a point long enough to take most of a line on the slide"));
    assertFalse(text(body).contains("Item " + (body.size() + 1) + ":"), "no item twice");
    assertEquals(1, laid.diagnostics().size());
    assertEquals("slide 1 \"Long\": the body does not fit even at 14 pt; the last " + moved
        + " of its blocks or list items (or parts of them) went to the speaker notes",
        laid.diagnostics().get(0).message());
  }

  @Test
  void aBodyContinuesByDefaultAndEachContinuationIsReportedAtTheNotesLine() {
    HandMadeTheme.Laid laid = layOut("<slide layout='Title and Content' at='talk.md:10:1'><title>Long</title>"
        + "<body><ul>" + items(30, "a point long enough to take most of a line on the slide")
        .replace("<li>Item 2", "<li at='talk.md:14:1'>Item 2")
        + "</ul></body></slide>");
    List<SlideLayout> slides = laid.deck().slides();
    assertTrue(slides.size() > 1, "continued");
    StringBuilder all = new StringBuilder();
    for (SlideLayout slide : slides) {
      assertTrue(slide.notes().isEmpty(), "nothing moved to the notes");
      all.append(text(text(slide, 1).paras())).append('\n');
    }
    for (int item = 1; item <= 30; item++) {
      assertTrue(all.toString().contains("Item " + item + ":"), "item " + item);
    }
    assertEquals(slides.size() - 1, laid.diagnostics().size());
    for (Diagnostic d : laid.diagnostics()) {
      assertEquals("talk.md", d.pos().file(), d.toString());
      assertTrue(d.message().matches("\"Item \\d+: .*\" continues on slide \\d+"),
          d.message());
    }
  }

  @Test
  void aLabelledSectionMovesWholeToTheNextSlideAndItsLineIsNamed() {
    String summary = "<p>" + "A sentence of the summary that fills the slide. ".repeat(12)
        + "</p>";
    HandMadeTheme.Laid laid = layOut("<slide role='paper' at='talk.md:3:1'><title>Paper</title><body>"
        + summary + "<p class='label' at='talk.md:41:1'>Method</p><p>"
        + "How the method works, in a few words. ".repeat(4) + "</p></body></slide>");
    List<SlideLayout> slides = laid.deck().slides();
    assertEquals(2, slides.size());
    assertTrue(text(text(slides.get(1), 1).paras()).startsWith("Method\n"),
        "the label heads the next slide with its section");
    assertFalse(text(text(slides.get(0), 1).paras()).contains("Method"));
    assertEquals("talk.md:41:1: warning: \"Method\" continues on slide 2",
        laid.diagnostics().get(0).toString().lines().findFirst().orElseThrow());
    for (SlideLayout slide : slides) {
      text(slide, 1).paras().forEach(p -> assertTrue(p.size() >= LayoutRules.PAPER_FLOOR,
          "paper slides keep their floor: " + p.size()));
    }
  }

  /** Every paragraph a slide's body stack shows: its text boxes' and its tables' cells'. */
  private static List<Typeset.Para> stackParas(SlideLayout slide) {
    List<Typeset.Para> paras = new ArrayList<>();
    for (SlideLayout.StackPart part : slide.stack()) {
      if (part instanceof SlideLayout.StackedText text) {
        paras.addAll(text.paras());
      } else if (part instanceof TableGrid table) {
        table.cells().forEach(row -> row.forEach(cell -> paras.addAll(cell.paras())));
      }
    }
    return paras;
  }

  @Test
  void bylinesBesideAFormulaOrATableKeepThePaperSlidesFloor() {
    String byline = "<p class='byline'>A. Author, B. Author and C. Author · Venue 2024</p>";
    String summary = "<p>" + "A summary sentence that takes room on the slide. ".repeat(5)
        + "</p>";
    HandMadeTheme.Laid laid = layOut("<slide role='paper'><title>Formula</title><body>" + byline
        + summary + "<p class='math'><math display='block'>\\frac{a}{b} = \\sum_{i=1}^{n} x_i"
        + "</math></p><p>After it.</p></body></slide>"
        + "<slide role='paper'><title>Table</title><body>" + byline + summary
        + "<table><tr><th>Model</th><th>Score</th></tr><tr><td>Ours</td><td>91.2</td></tr>"
        + "<tr><td>Theirs</td><td>88.0</td></tr></table></body></slide>");
    assertEquals(List.of(), laid.diagnostics());
    List<SlideLayout> slides = laid.deck().slides();
    assertEquals(2, slides.size());
    for (SlideLayout slide : slides) {
      List<Typeset.Para> paras = stackParas(slide);
      assertTrue(paras.size() >= 3, "the stack holds the body: " + paras.size());
      assertTrue(paras.get(0).runs().get(0).muted(), "the byline comes first");
      assertTrue(paras.get(0).size() < paras.get(1).size() || paras.get(1).size()
          == LayoutRules.PAPER_FLOOR, "a byline is smaller than the text, unless both are at"
          + " the floor");
      paras.forEach(p -> assertTrue(p.size() >= LayoutRules.PAPER_FLOOR,
          "slide " + slide.number() + ": " + p.size() + " pt"));
    }
  }

  @Test
  void aBodySizeBelowTheFloorStartsAtTheFloorAndIsReportedOnce() {
    String slide = "<slide role='paper'><title>Paper</title><body size='16'><p>Short.</p>"
        + "</body></slide>";
    HandMadeTheme.Laid laid = layOut(slide + slide);
    for (SlideLayout laidOut : laid.deck().slides()) {
      assertEquals(LayoutRules.PAPER_FLOOR, text(laidOut, 1).paras().get(0).size());
    }
    assertEquals(1, laid.diagnostics().size(), laid.diagnostics().toString());
    assertEquals("slide 1 \"Paper\": the body's size, 16 pt, is below its floor, 18 pt; it"
        + " starts at the floor (and so on every slide that asks the same)",
        laid.diagnostics().get(0).message());
  }

  @Test
  void aFormulaWiderThanTheBodyIsScaledDownAndSaysItIsBelowTheFloor() {
    StringBuilder sum = new StringBuilder("y = ");
    for (int i = 1; i <= 40; i++) {
      sum.append(i > 1 ? " + " : "").append("w_{").append(i).append("} x_{").append(i).append('}');
    }
    HandMadeTheme.Laid laid = layOut("<slide role='paper'><title>Wide</title><body><p>Before."
        + "</p><p class='math'><math display='block'>" + sum + "</math></p></body></slide>");
    SlideLayout.Equation equation = (SlideLayout.Equation) laid.deck().slides().get(0).stack()
        .stream().filter(SlideLayout.Equation.class::isInstance).findFirst().orElseThrow();
    assertTrue(equation.size() < LayoutRules.PAPER_FLOOR, "scaled down: " + equation.size());
    assertEquals(1, laid.diagnostics().size(), laid.diagnostics().toString());
    String message = laid.diagnostics().get(0).message();
    assertTrue(message.startsWith("slide 1 \"Wide\": the formula \"y = w_{1} x_{1} + w_{2}"),
        message);
    assertTrue(message.contains("is wider than the body and is shown at "
        + Math.round(equation.size()) + " pt, below the floor of 18 pt"), message);
  }

  @Test
  void aParagraphLongerThanASlideSplitsAtASentenceEnd() {
    String sentence = "Sentence of a very long summary that goes on and on. ";
    HandMadeTheme.Laid laid = layOut("<slide role='paper'><title>Paper</title><body><p>"
        + sentence.repeat(40) + "</p></body></slide>");
    List<SlideLayout> slides = laid.deck().slides();
    assertTrue(slides.size() > 1);
    StringBuilder all = new StringBuilder();
    for (SlideLayout slide : slides) {
      String body = text(text(slide, 1).paras());
      assertTrue(body.strip().endsWith("on."), "ends at a sentence end: " + body);
      all.append(body).append(' ');
    }
    assertEquals(40, all.toString().split("goes on and on\\.", -1).length - 1, "every sentence");
  }

  @Test
  void aChineseParagraphLongerThanASlideSplitsAfterAFullStopAndNothingGoesToTheNotes() {
    String sentence = "作者提出先训练小模型，再逐步扩大规模，并在每个阶段重新调整学习率。";
    HandMadeTheme.Laid laid = layOut("<slide role='paper'><title>论文</title><body><p>"
        + sentence.repeat(24) + "</p></body></slide>");
    List<SlideLayout> slides = laid.deck().slides();
    assertTrue(slides.size() > 1, "the paragraph continues");
    StringBuilder all = new StringBuilder();
    for (SlideLayout slide : slides) {
      assertTrue(slide.notes().isEmpty(), "nothing moved to the notes");
      String body = text(text(slide, 1).paras());
      assertTrue(body.endsWith("。"), "ends at a full stop: " + body);
      all.append(body);
    }
    assertEquals(sentence.repeat(24), all.toString(), "every sentence, in order, no space added");
  }

  @Test
  void chineseTextBreaksBetweenCharactersButNotBeforeClosingOrAfterOpeningMarks() {
    String text = "模型（小型）很好，“真的”。下一句";
    List<Integer> ends = RunCuts.wordEnds(text);
    for (int i : ends) {
      assertFalse("）），，。".indexOf(text.charAt(i)) >= 0, "no break before " + text.charAt(i));
      assertFalse("（".indexOf(text.charAt(i - 1)) >= 0, "no break after " + text.charAt(i - 1));
    }
    assertTrue(ends.contains(1), "between 模 and 型");
    assertEquals(List.of(text.indexOf("下")), RunCuts.sentenceEnds(text));
    assertEquals(List.of(7), RunCuts.sentenceEnds("他说：「好。」然后"), "after the closing mark");
  }

  @Test
  void anAgendaCategorySplitsBetweenItsPapersUnderItsNameContinued() {
    StringBuilder agenda = new StringBuilder("<ul>");
    for (int c = 1; c <= 3; c++) {
      agenda.append("<li at='talk.md:").append(c * 100).append(":1'>Category ").append(c)
          .append("<ul>");
      for (int p = 1; p <= 12; p++) {
        agenda.append("<li>Paper ").append(c).append('.').append(p).append("</li>");
      }
      agenda.append("</ul></li>");
    }
    HandMadeTheme.Laid laid = layOut("<slide role='agenda'><title>Agenda</title><body>" + agenda
        + "</ul></body></slide>");
    StringBuilder all = new StringBuilder();
    for (SlideLayout slide : laid.deck().slides()) {
      all.append(text(text(slide, 1).paras())).append('\n');
      assertTrue(slide.notes().isEmpty());
    }
    for (int c = 1; c <= 3; c++) {
      for (int p = 1; p <= 12; p++) {
        assertTrue(all.toString().contains("Paper " + c + "." + p + "\n"), c + "." + p);
      }
    }
    assertTrue(all.toString().contains(LayoutRules.CONTINUED.strip()), all.toString());
    laid.diagnostics().forEach(d -> assertTrue(d.pos().file().equals("talk.md"), d.toString()));
  }

  @Test
  void textThatMovesToTheNotesIsNotRepeatedWhenTheNotesSayItAlready() {
    String item = "a point long enough to take most of a line on the slide";
    HandMadeTheme.Laid laid = layOut("<slide layout='Title and Content' overflow='notes'><title>Long</title>"
        + "<body><ul>" + items(30, item) + "</ul></body><notes><ul>" + items(30, item)
        + "</ul></notes></slide>");
    SlideLayout slide = laid.deck().slides().get(0);
    String notes = text(slide.notes());
    assertFalse(notes.contains(LayoutRules.DID_NOT_FIT), notes);
    assertEquals(1, notes.split("Item 30:", -1).length - 1, "once");
  }

  @Test
  void aTitleTooLongIsCutAtAWordEndWithAnEllipsisAndGivenWholeInTheNotes() {
    String title = "Scaling laws for sparse mixtures of experts ".repeat(6).strip();
    HandMadeTheme.Laid laid = layOut("<slide layout='Title and Content'><title>" + title + "</title>"
        + "<body><p>Short.</p></body></slide>");
    SlideLayout slide = laid.deck().slides().get(0);
    SlideLayout.PlaceholderText shown = text(slide, 0);
    assertEquals(LayoutRules.TITLE_FLOOR, shown.paras().get(0).size());
    String cut = text(shown.paras());
    assertTrue(cut.endsWith(" \u2026"), cut);
    String head = cut.substring(0, cut.length() - 2);
    assertTrue(title.startsWith(head) && title.charAt(head.length()) == ' ',
        "cut at a word end: " + cut);
    assertEquals(title, text(slide.notes().subList(0, 1)), "the whole title heads the notes");
    assertEquals("slide 1: the title does not fit its placeholder even at 24 pt; it is"
        + " shortened on the slide and given whole in the speaker notes",
        laid.diagnostics().get(0).message());
  }

  @Test
  void aShortenedTitleOfAContinuedSlideKeepsItsContinuationMark() {
    String title = "Scaling laws for sparse mixtures of experts ".repeat(6).strip();
    HandMadeTheme.Laid laid = layOut("<slide layout='Title and Content' overflow='continue'>"
        + "<title>" + title + "</title><body><ul>"
        + items(30, "a point long enough to take most of a line on the slide")
        + "</ul></body></slide>");
    List<SlideLayout> slides = laid.deck().slides();
    assertTrue(slides.size() > 1, "continued");
    for (SlideLayout slide : slides.subList(1, slides.size())) {
      String shown = text(text(slide, 0).paras());
      assertTrue(shown.endsWith(" \u2026 (cont.)"), shown);
      assertTrue(title.startsWith(shown.substring(0, shown.length() - " \u2026 (cont.)".length())),
          shown);
    }
  }

  @Test
  void overflowContinueSplitsTheBodyOntoContinuedSlidesAndLosesNothing() {
    HandMadeTheme.Laid laid = layOut("<slide layout='Title and Content' overflow='continue'><title>Reading"
        + "</title><body><ol>" + items(30, "another paper to read after the talk") + "</ol>"
        + "</body></slide><slide layout='Title and Content'><title>Next</title></slide>");
    List<SlideLayout> slides = laid.deck().slides();
    assertTrue(slides.size() > 2, "more than one slide for the body");
    StringBuilder all = new StringBuilder();
    for (int i = 0; i < slides.size() - 1; i++) {
      SlideLayout slide = slides.get(i);
      assertEquals(i + 1, slide.number());
      assertEquals(i == 0 ? "Reading" : "Reading" + LayoutRules.CONTINUED,
          text(text(slide, 0).paras()));
      assertTrue(slide.notes().isEmpty(), "nothing moved to the notes");
      all.append(text(text(slide, 1).paras())).append('\n');
    }
    for (int item = 1; item <= 30; item++) {
      assertTrue(all.toString().contains("Item " + item + ":"), "item " + item);
    }
    assertEquals("Next", text(text(slides.get(slides.size() - 1), 0).paras()));
    assertEquals(slides.size() - 2, laid.diagnostics().size(), "one warning a continuation");
  }

  @Test
  void continuedSlidesAndCategoriesCarryTheDecksOwnMarkInsteadOfTheEnglishOne() {
    StringBuilder agenda = new StringBuilder("<ul>");
    for (int c = 1; c <= 3; c++) {
      agenda.append("<li>类别 ").append(c).append("<ul>");
      for (int p = 1; p <= 12; p++) {
        agenda.append("<li>论文 ").append(c).append('.').append(p).append("</li>");
      }
      agenda.append("</ul></li>");
    }
    HandMadeTheme.Laid laid = HandMadeTheme.layOutDeck("<deck lang='zh-CN' continued='（续）'>"
        + "<slide role='agenda'><title>议程</title><body>" + agenda + "</ul></body></slide></deck>",
        THEME);
    List<SlideLayout> slides = laid.deck().slides();
    assertTrue(slides.size() > 1, "the agenda continues");
    StringBuilder bodies = new StringBuilder();
    for (int i = 0; i < slides.size(); i++) {
      assertEquals(i == 0 ? "议程" : "议程（续）", text(text(slides.get(i), 0).paras()));
      bodies.append(text(text(slides.get(i), 1).paras())).append('\n');
    }
    assertTrue(bodies.toString().matches("(?s).*\n类别 \\d（续）\n.*"),
        "a category that goes on is named again with the mark: " + bodies);
    assertFalse(bodies.toString().contains("(cont.)"), bodies.toString());
  }

  @Test
  void aLinksCodeTakesTheBottomRightCornerAboveASlideNumberTooNarrowToMoveAside() {
    HandMadeTheme.Laid laid = layOut("<slide layout='Title and Content'><title>Paper</title>"
        + "<body><p>One line.</p></body><qr href='https://example.org/'/></slide>");
    SlideLayout slide = laid.deck().slides().get(0);
    SlideLayout.Picture code = slide.pictures().get(0);
    assertEquals("https://example.org/", code.link());
    // Beside the code the number's box would keep 23 pt, too narrow for "12": the code rises
    // above the number's box instead, and the number stays where the theme put it.
    assertEquals(new Box(720 - 12 - 73, 380 - 12 - 73, 73, 73), code.box());
    Box number = slide.moved().getOrDefault(2, new Box(600, 380, 84, 20));
    assertTrue(number.maxX() <= code.box().x() || number.y() >= code.box().maxY(), "" + number);
    Box body = slide.moved().get(1);
    assertTrue(!body.intersects(code.box()), "the body gives way: " + body);
  }

  @Test
  void thePlansSmallestBodySizeIsTheLayoutsFloor() {
    assertEquals(LayoutRules.BODY_FLOOR, SlidePlan.SMALLEST_BODY_SIZE);
  }

  @Test
  void aLayoutWaitingForItsThemeDrawsTheCodesMeanwhileAndDecidesTheSameSlides() throws Exception {
    StringBuilder slides = new StringBuilder("<deck>");
    for (int i = 1; i <= 4; i++) {
      slides.append("<slide role='paper'><title>Paper ").append(i)
          .append("</title><body><p>One line.</p></body><qr href='https://example.org/")
          .append(i).append("'/></slide>");
    }
    DeckPlan plan = PlanParser.parse(slides.append("</deck>").toString(), "deck.ftlx").plan();
    AtomicInteger asked = new AtomicInteger();
    DeckLayouter.Pending readingStill = new DeckLayouter.Pending() {
      @Override
      public boolean isReady() {
        return asked.incrementAndGet() > 2; // ready once two codes are drawn
      }

      @Override
      public ThemeGeometry geometry() {
        return THEME;
      }
    };
    Diagnostics waited = new Diagnostics();
    DeckLayout afterWaiting = new DeckLayouter().layOut(plan, readingStill, "lab.pptx",
        "deck.ftlx", waited);
    Diagnostics given = new Diagnostics();
    DeckLayout withTheme = new DeckLayouter().layOut(plan, THEME, "lab.pptx", "deck.ftlx",
        given);
    assertEquals(3, asked.get(), "asked after each code drawn meanwhile, and once more");
    assertEquals(given.sorted(), waited.sorted());
    assertEquals(withTheme.slides().size(), afterWaiting.slides().size());
    for (int i = 0; i < withTheme.slides().size(); i++) {
      SlideLayout.Picture code = withTheme.slides().get(i).pictures().get(0);
      SlideLayout.Picture drawnMeanwhile = afterWaiting.slides().get(i).pictures().get(0);
      assertArrayEquals(code.bytes(), drawnMeanwhile.bytes(), "slide " + (i + 1));
      assertEquals(code.box(), drawnMeanwhile.box(), "slide " + (i + 1));
      assertEquals(text(withTheme.slides().get(i).texts().get(0).paras()),
          text(afterWaiting.slides().get(i).texts().get(0).paras()));
    }
  }

  @Test
  void aThemeThatCannotBeReadStopsTheLayoutWithNothingReported() {
    DeckPlan plan = PlanParser.parse("<deck><slide role='paper'><title>Paper</title>"
        + "<qr href='https://example.org/'/></slide></deck>", "deck.ftlx").plan();
    DeckLayouter.Pending unreadable = new DeckLayouter.Pending() {
      @Override
      public boolean isReady() {
        return false;
      }

      @Override
      public ThemeGeometry geometry() throws IOException {
        throw new IOException("not a .pptx or .potx file");
      }
    };
    Diagnostics diagnostics = new Diagnostics();
    IOException thrown = assertThrows(IOException.class, () -> new DeckLayouter().layOut(plan,
        unreadable, "lab.pptx", "deck.ftlx", diagnostics));
    assertEquals("not a .pptx or .potx file", thrown.getMessage());
    assertEquals(List.of(), diagnostics.sorted());
  }
}
