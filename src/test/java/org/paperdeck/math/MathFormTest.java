package org.paperdeck.math;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MathFormTest {
  @ParameterizedTest
  @ValueSource(strings = {
      "\\alpha", "\\geq 2", "h_\\gamma", "x^2", "x_i^2", "\\min Q(\\theta)", "\\mathbb{R}^d",
      "\\hat{y}", "O(n \\log n)", "\\sum x_i", "\\sqrt{2}", "\\sqrt x", "\\text{loss} + 1",
      "\\left( a + b \\right)", "q_{2}", "\\argmin_x f(x)", "e^{-x}", "\\mathbb{P}(A)", "x \\vert y", "A^\\top",
      "\\text{a \\} b}", "\\hat\t{y}", "\\bigg( x \\bigg)", "\\bigl( x \\bigr)",
      "\\Biggl[ x \\Biggr]", "\\left( a \\middle| b \\right)", "\\scriptstyle x",
      "x^\\mathrm{T}", "\\bigcup A", "\\limsup x"})
  void unicodeShowsLinearMath(String latex) {
    assertTrue(MathForm.unicodeShows(latex), latex);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "\\frac{a}{b}", "\\sum_{i=1}^n x_i", "\\int_0^1 f", "\\lim_{x \\to 0} f", "\\sqrt{x+1}",
      "\\sqrt[3]{x}", "\\begin{pmatrix} a & b \\end{pmatrix}", "x_{i_j}", "e^{x^2}",
      "\\hat{xy}", "\\mathbb{1}", "\\mathcal{L}", "\\mathbf{x}", "\\overline{AB}",
      "\\binom{n}{k}", "a \\\\ b", "\\left. f \\right|", "\\unknowncommand x", "\\hat\\theta",
      "\\bigl. f \\bigr|", "x^\\mathrm{a^b}", "\\sqrt[n]{x}",
      "\\mathbb{E}[X]", "\\mathcal{A}"})
  void twoDimensionalOrUnknownMathIsAPicture(String latex) {
    assertFalse(MathForm.unicodeShows(latex), latex);
  }
}
