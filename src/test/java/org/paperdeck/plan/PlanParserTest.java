package org.paperdeck.plan;

import org.paperdeck.math.Script;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperdeck.diagnostics.Diagnostic;
import org.paperdeck.diagnostics.Severity;
import org.paperdeck.diagnostics.SourcePos;
import org.paperdeck.plan.PlanBlock.Item;
import org.paperdeck.plan.PlanBlock.ListBlock;
import org.paperdeck.plan.PlanBlock.Paragraph;
import org.paperdeck.plan.PlanBlock.Table;

class PlanParserTest {
  private static final Script N = Script.NORMAL;

  private static Run run(String text) {
    return Run.plain(text);
  }

  @Test
  void everyElementBecomesTheExpectedRecords() {
    String xml = """
        <deck>
          <slide layout="Title Slide">
            <title>ICLR   2022 —
              <i>posters</i></title>
            <subtitle>Jane Doe</subtitle>
            <notes><p>Welcome.</p></notes>
          </slide>
          <slide layout="title and content" overflow="continue">
            <title>Loss <math>h_\\gamma \\geq 2</math></title>
            <body>
              <p class="byline">A · B</p>
              <p>Some <b>bold</b>, <i>it</i>, <code>x+1</code>, <s>old</s>,
                 <a href="https://ex.org">link</a> and H<sub>2</sub>O<sup>+</sup><br/> next</p>
              <ul>
                <li>one
                  <ul><li>deep</li></ul>
                </li>
                <li><p>para</p><p>two</p></li>
              </ul>
              <ol><li>first</li></ol>
              <table><tr><th>k</th><th>v</th></tr><tr><td>a</td><td><b>1</b></td></tr></table>
            </body>
            <image src="/tmp/fig.png" alt="A figure"/>
            <qr href="https://ex.org/paper"/>
          </slide>
        </deck>
        """;
    PlanParser.Result result = PlanParser.parse(xml, "deck.ftlx");
    assertEquals(List.of(), result.diagnostics());
    List<SlidePlan> slides = result.plan().slides();
    assertEquals(2, slides.size());

    SlidePlan first = slides.get(0);
    assertEquals("Title Slide", first.layout());
    assertEquals(2, first.planLine());
    assertEquals(List.of(run("ICLR 2022 — "), new Run("posters", false, true, false, false, N, null)),
        first.title());
    assertEquals(List.of(run("Jane Doe")), first.subtitle());
    assertEquals(List.of(new Paragraph(List.of(run("Welcome.")), null)), first.notes());
    assertEquals(SlidePlan.Overflow.CONTINUE, first.overflow(), "continue unless said");

    SlidePlan second = slides.get(1);
    assertEquals(SlidePlan.Overflow.CONTINUE, second.overflow());
    assertEquals(List.of(run("Loss h"), new Run("γ", false, false, false, false,
        Script.SUBSCRIPT, null), run(" ≥ 2")), second.title());
    assertEquals(List.of(new PlanImage(Path.of("/tmp/fig.png"), "A figure")), second.images());
    assertEquals("https://ex.org/paper", second.qrHref());

    List<PlanBlock> body = second.body();
    assertEquals(new Paragraph(List.of(run("A · B")), "byline"), body.get(0));
    assertEquals(new Paragraph(List.of(
        run("Some "), new Run("bold", true, false, false, false, N, null), run(", "),
        new Run("it", false, true, false, false, N, null), run(", "),
        new Run("x+1", false, false, true, false, N, null), run(", "),
        new Run("old", false, false, false, true, N, null), run(", "),
        new Run("link", false, false, false, false, N, "https://ex.org"), run(" and H"),
        new Run("2", false, false, false, false, Script.SUBSCRIPT, null), run("O"),
        new Run("+", false, false, false, false, Script.SUPERSCRIPT, null), run("\n"),
        run("next")), null), body.get(1));
    assertEquals(new ListBlock(false, List.of(
        new Item(List.of(run("one")),
            List.of(new ListBlock(false, List.of(new Item(List.of(run("deep")), List.of()))))),
        new Item(List.of(run("para"), run("\n"), run("two")), List.of()))), body.get(2));
    assertEquals(new ListBlock(true, List.of(new Item(List.of(run("first")), List.of()))),
        body.get(3));
    assertEquals(new Table(true, List.of(
        List.of(List.of(run("k")), List.of(run("v"))),
        List.of(List.of(run("a")), List.of(new Run("1", true, false, false, false, N, null))))),
        body.get(4));
    assertEquals(5, body.size());
  }

  @Test
  void unknownElementIsAnErrorAtItsTagWithTheAllowedOnesAsHint() {
    String xml = "<deck>\n  <slide layout=\"Blank\">\n    <body>\n      <para>x</para>\n"
        + "    </body>\n  </slide>\n</deck>\n";
    PlanParser.Result result = PlanParser.parse(xml, "deck.ftlx");
    assertNull(result.plan());
    assertEquals(1, result.diagnostics().size());
    Diagnostic d = result.diagnostics().get(0);
    assertEquals(Severity.ERROR, d.severity());
    assertEquals(new SourcePos("deck.ftlx", 4, 7), d.pos());
    assertEquals("unknown deck-plan element <para> in <body>", d.message());
    assertEquals("allowed in <body>: <p>, <ul>, <ol>, <table>, <figure>", d.hint());
  }

  @Test
  void figureAndDisplayMathBecomeBlocksAndApproximatedInlineMathIsOneFormulaRunInItsLine() {
    PlanParser.Result result = PlanParser.parse("""
        <deck><slide layout="Title and Content"><body>
          <figure src="/tmp/plot.png" alt="Loss">Training <i>loss</i></figure>
          <p class="math"><math display="block">\\frac{a}{b}</math></p>
          <p>Mean <math>\\frac{1}{N}</math> and <math>\\alpha</math></p>
          <ul><li>item <math>\\sqrt{x+1}</math></li></ul>
        </body></slide></deck>""", "deck.ftlx");
    assertEquals(List.of(), result.diagnostics());
    List<PlanBlock> body = result.plan().slides().get(0).body();
    assertEquals(new PlanBlock.Figure(Path.of("/tmp/plot.png"), "Loss", List.of(run("Training "),
        new Run("loss", false, true, false, false, N, null))), body.get(0));
    assertEquals(new PlanBlock.DisplayMath("\\frac{a}{b}", false), body.get(1));
    assertEquals(new Paragraph(List.of(run("Mean "), Run.formula("1/N", "\\frac{1}{N}"),
        run(" and α")), null), body.get(2));
    assertEquals(new ListBlock(false, List.of(new Item(List.of(run("item "),
        Run.formula("√(x+1)", "\\sqrt{x+1}")), List.of()))), body.get(3));
    assertEquals(4, body.size(), "no copy of inline math follows its block");
  }

  @Test
  void figureWithoutSrcOrWithUnknownAttributeIsAnError() {
    PlanParser.Result result = PlanParser.parse(
        "<deck><slide layout=\"x\"><body><figure alt=\"a\" width=\"3\">c</figure></body>"
            + "</slide></deck>", "deck.ftlx");
    assertNull(result.plan());
    assertEquals(List.of("<figure> needs a 'src' attribute", "unknown attribute 'width' on <figure>"),
        result.diagnostics().stream().map(Diagnostic::message).toList());
  }

  @Test
  void unknownAttributeIsPinnedToTheAttributeAndSuggestsTheClosest() {
    String xml = "<deck>\n  <slide layuot=\"Blank\"/>\n</deck>";
    PlanParser.Result result = PlanParser.parse(xml, "deck.ftlx");
    assertNull(result.plan());
    // Sorted by position: the missing attribute belongs to the tag, the unknown one to its name.
    Diagnostic missing = result.diagnostics().get(0);
    assertEquals(new SourcePos("deck.ftlx", 2, 3), missing.pos());
    assertEquals("<slide> needs a 'role' or a 'layout' attribute", missing.message());
    Diagnostic unknown = result.diagnostics().get(1);
    assertEquals(new SourcePos("deck.ftlx", 2, 10), unknown.pos());
    assertEquals("unknown attribute 'layuot' on <slide>", unknown.message());
    assertEquals("did you mean 'layout'? <slide> takes: role, layout, overflow, accent, footer, at",
        unknown.hint());
  }

  @Test
  void collectsEveryProblemInsteadOfStoppingAtTheFirst() {
    String xml = "<deck><slide layout='A' overflow='wrap'><title>t<blink/></title></slide>"
        + "<slide layout='B'><bdy/></slide></deck>";
    List<String> messages = PlanParser.parse(xml, "p").diagnostics().stream()
        .map(Diagnostic::message).toList();
    assertEquals(List.of("unknown overflow 'wrap' on <slide>",
        "unknown deck-plan element <blink> in <title>",
        "unknown deck-plan element <bdy> in <slide>"), messages);
  }

  @Test
  void doctypeWithExternalEntityIsRefusedAsADiagnostic() {
    String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE deck [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
        + "<deck><slide layout=\"Blank\"><title>&xxe;</title></slide></deck>";
    PlanParser.Result result = PlanParser.parse(xml, "deck.ftlx");
    assertNull(result.plan());
    assertEquals(1, result.diagnostics().size());
    Diagnostic d = result.diagnostics().get(0);
    assertEquals(2, d.pos().line());
    assertTrue(d.message().contains("DOCTYPE"), d.message());
  }

  @Test
  void malformedXmlIsADiagnosticWithLineAndColumn() {
    PlanParser.Result result = PlanParser.parse("<deck>\n<slide layout='x'>\n</deck>", "deck.ftlx");
    assertNull(result.plan());
    Diagnostic d = result.diagnostics().get(0);
    assertEquals(3, d.pos().line());
    assertTrue(d.message().startsWith("the deck plan is not well-formed XML: "), d.message());
  }

  @Test
  void strayTextInABodyIsAnErrorNotDropped() {
    PlanParser.Result result = PlanParser.parse(
        "<deck><slide layout='x'><body>loose words</body></slide></deck>", "d");
    assertEquals("text \"loose words\" is not allowed directly in <body>",
        result.diagnostics().get(0).message());
    assertEquals("wrap it in <p>", result.diagnostics().get(0).hint());
  }

  @Test
  void spaceBetweenTextAndLinkStaysOutsideTheLink() {
    PlanParser.Result result = PlanParser.parse(
        "<deck><slide layout='x'><title>see <a href='u'> here </a> now</title></slide></deck>", "d");
    assertEquals(List.of(run("see "), new Run("here", false, false, false, false, N, "u"),
        run(" now")), result.plan().slides().get(0).title());
  }

  @Test
  void rolesAccentsFootersAndLayoutOverridesReachThePlan() {
    PlanParser.Result result = PlanParser.parse("""
        <deck footer="ICLR 2022 · NLP reading group">
          <layouts section="Title Slide" paper-with-figure="Title, 2 Content"/>
          <slide role="section" accent="3"><title>T</title></slide>
          <slide role="Paper" layout="Blank" footer="Own footer"><title>P</title></slide>
        </deck>
        """, "deck.ftlx");
    assertEquals(List.of(), result.diagnostics());
    DeckPlan plan = result.plan();
    assertEquals("ICLR 2022 · NLP reading group", plan.footer());
    assertEquals(java.util.Map.of(SlideRole.SECTION, "Title Slide",
        SlideRole.PAPER_WITH_FIGURE, "Title, 2 Content"), plan.layouts());
    assertEquals(new SlidePlan.Look(SlideRole.SECTION, 3, null), plan.slides().get(0).look());
    assertEquals("", plan.slides().get(0).layout());
    assertEquals(new SlidePlan.Look(SlideRole.PAPER, 0, "Own footer"), plan.slides().get(1).look());
    assertEquals("Blank", plan.slides().get(1).layout());
  }

  @Test
  void unknownRolesAccentsOutOfRangeAndUnknownLayoutsAttributesAreErrors() {
    PlanParser.Result result = PlanParser.parse("""
        <deck>
          <layouts papers="Title and Content"/>
          <slide role="papr" accent="7"><title>T</title></slide>
        </deck>
        """, "deck.ftlx");
    assertNull(result.plan());
    List<String> messages = result.diagnostics().stream()
        .map(d -> d.pos().line() + ":" + d.pos().column() + " " + d.message()).toList();
    assertEquals(List.of("2:12 unknown attribute 'papers' on <layouts>",
        "3:10 unknown slide role 'papr'",
        "3:22 accent '7' on <slide> is not a number from 1 to 6"), messages);
    assertEquals("did you mean 'paper'? roles: title, agenda, section, paper, paper-with-figure,"
        + " discussion, further-reading", result.diagnostics().get(1).hint());
  }
}
