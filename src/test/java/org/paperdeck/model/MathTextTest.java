package org.paperdeck.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.paperdeck.model.MathText.Piece;
import org.paperdeck.model.MathText.Script;

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
        text("spaces inside \\mathbb's braces are skipped", "\\mathbb{ R }", normal("ℝ")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void checkAndConverterAgree(Case c) {
    assertEquals(c.asText(), MathForm.unicodeShows(c.latex()), "shown as text");
    assertEquals(c.pieces(), MathText.convert(c.latex()));
  }
}
