package org.paperdeck.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.paperdeck.math.MathText.Piece;
import org.paperdeck.math.Script;

class MathTextTest {
  /** A formula, whether the check shows it as text, and the exact text it converts to. */
  record Case(String behaviour, String latex, boolean asText, List<Piece> pieces) {
    @Override
    public String toString() {
      return behaviour;
    }
  }

  private static Case text(String behaviour, String latex, Piece... pieces) {
    return new Case(behaviour, latex, true, List.of(pieces));
  }

  private static Case picture(String behaviour, String latex, Piece... pieces) {
    return new Case(behaviour, latex, false, List.of(pieces));
  }

  private static Piece normal(String text) {
    return new Piece(text, Script.NORMAL);
  }

  private static Piece sup(String text) {
    return new Piece(text, Script.SUPERSCRIPT);
  }

  static Stream<Case> cases() {
    return Stream.of(
        text("an escaped brace inside \\text is a brace", "\\text{a \\} b}", normal("a } b")),
        text("braces inside \\text only group", "\\text{a {b} c}", normal("a b c")),
        text("a script inside \\mathrm stays raised", "\\mathrm{x^2}", normal("x"), sup("2")),
        text("a font command in a script keeps its argument there", "x^\\mathrm{T}",
            normal("x"), sup("T")),
        text("a font command takes a command as its argument", "\\mathrm\\alpha", normal("α")),
        text("a tab or a line break is a space", "x\t+\ny", normal("x + y")),
        text("a tab before an accent's argument is skipped", "\\hat\t{y}", normal("y\u0302")),
        text("spaces inside an accent's braces are skipped", "\\hat{ y }", normal("y\u0302")),
        text("spaces inside a root's braces are skipped", "\\sqrt{ 2 }", normal("√2")),
        text("spaces inside \\mathbb's braces are skipped", "\\mathbb{ R }", normal("ℝ")),
        text("\\bigg leaves its delimiter", "\\bigg( x \\bigg)", normal("( x )")),
        text("\\Bigg leaves its delimiter", "\\Bigg[ x \\Bigg]", normal("[ x ]")),
        text("\\middle leaves its delimiter", "\\left( a \\middle| b \\right)",
            normal("( a | b )")),
        text("a style leaves no space behind", "a \\scriptstyle b", normal("a b")),
        text("\\bigcup is a symbol", "\\bigcup A", normal("⋃ A")),
        text("\\limsup is an operator", "\\limsup x", normal("lim\u2009sup x")),
        text("\\liminf is an operator", "\\liminf x", normal("lim\u2009inf x")),
        text("\\bigcap is a symbol", "\\bigcap A", normal("⋂ A")),
        text("\\coprod is a symbol", "\\coprod A", normal("∐ A")),
        text("\\oint is a symbol", "\\oint f", normal("∮ f")),
        text("\\iint is a symbol", "\\iint f", normal("∬ f")),
        picture("a cube root has its own sign", "\\sqrt[3]{x}", normal("∛x")),
        picture("a fourth root has its own sign", "\\sqrt[4]{x+1}", normal("∜(x+1)")),
        picture("spaces around a root's index are skipped", "\\sqrt [ 3 ] {x}", normal("∛x")),
        picture("another index is raised before the sign", "\\sqrt[n]{x}", sup("n"),
            normal("√x")),
        picture("an index inside a script stays in line", "e^{\\sqrt[n]{x}}", normal("e"),
            sup("n√x")),
        picture("an empty index is no index", "\\sqrt[]{x}", normal("√x")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void checkAndConverterAgree(Case c) {
    assertEquals(c.asText(), MathForm.unicodeShows(c.latex()), "shown as text");
    assertEquals(c.pieces(), MathText.convert(c.latex()));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "big", "Big", "bigg", "Bigg", "bigl", "bigr", "Bigl", "Bigr", "biggl", "biggr", "Biggl",
      "Biggr", "left", "right", "middle"})
  void aSizedDelimiterShowsAsTheDelimiter(String size) {
    String latex = "a \\" + size + "| b";
    assertTrue(MathForm.unicodeShows(latex), latex);
    assertEquals(List.of(normal("a | b")), MathText.convert(latex), latex);
  }

  @ParameterizedTest
  @ValueSource(strings = {"displaystyle", "textstyle", "scriptstyle", "scriptscriptstyle"})
  void aStyleVanishes(String style) {
    String latex = "\\" + style + " x^2";
    assertTrue(MathForm.unicodeShows(latex), latex);
    assertEquals(List.of(normal("x"), sup("2")), MathText.convert(latex), latex);
  }
}
