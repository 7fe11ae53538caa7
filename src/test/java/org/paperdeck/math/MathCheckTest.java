package org.paperdeck.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The reader's check of a formula gives JLaTeXMath's answer, while it starts JLaTeXMath only for
 * formulas outside the plain part of LaTeX: whatever the plain reading accepts, JLaTeXMath
 * accepts too.
 */
class MathCheckTest {
  private static final List<String> PLAIN_TOKENS = List.of(
      "x", "y", "A", "2", "10", " ", "+", "-", "=", "(", ")", "[", "]", "<", ">", ",", ".", ";",
      ":", "!", "?", "/", "*", "|", "'", "\n", "\t");

  @ParameterizedTest
  @ValueSource(strings = {
      "\\geq 2", "\\alpha = 1", "\\alpha", "h_\\gamma", "\\min Q(\\theta)", "q_2", "q_4",
      "\\frac{1}{N}\\sum_{i=1}^N \\ell_i", "\\argmin_\\theta L(\\theta)", "x^2 + y^2 = z^2",
      "\\left( \\frac{a}{b} \\right)", "\\sqrt[3]{x}", "\\sqrt x", "\\mathbb{R}^d",
      "\\text{if } x > 0", "\\operatorname{tr}(A)", "\\mathrm{d}x", "\\hat\\theta",
      "\\left. f \\right|", "\\left\\{ x \\right\\}", "\\langle x, y \\rangle", "f'(x)",
      "\\|x\\|_2", "\\{ x \\}", "\\, x \\; y \\quad z", "\\displaystyle \\sum_i x_i",
      "\\binom{n}{k}", "\\mathcal{L}(\\theta)", "\\vec v \\cdot \\vec w", "p(y \\mid x)",
      "\\log p_\\theta(x)", "\\mathbf{x}_i^\\top", "\\int_0^1 f(x)\\,dx", "x \\in [0, 1]"})
  void typicalFormulasAreReadPlainlyAndJlatexmathAgrees(String latex) {
    assertTrue(MathCheck.Plain.reads(latex), latex);
    assertEquals(Optional.empty(), MathRenderer.problem(latex), latex);
    assertEquals(Optional.empty(), MathCheck.problem(latex), latex);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "\\fracc{a}{b}", "a & b", "x \\\\ y", "\\left( x", "x \\right)", "\\begin{matrix} a \\end{matrix}",
      "\\newcommand{\\foo}{x}", "\\frac{a}", "x^", "\\sqrt[", "\\unknown", "é", "\\text{a_b}",
      "\\mathrm{a^2}", "\\", "\\left< x \\right>", "\\right)",
      // JLaTeXMath matches \left and \right as text: "\le \left" hides the second \left.
      "\\left( a \\le \\left( b \\right) \\right)"})
  void otherFormulasGoToJlatexmath(String latex) {
    assertFalse(MathCheck.Plain.reads(latex), latex);
  }

  @Test
  void aFormulaJlatexmathRejectsGetsItsMessage() {
    assertEquals(Optional.of("Unknown symbol or command or predefined TeXFormula: 'fracc'"),
        MathCheck.problem("\\fracc{a}{b}"));
    assertEquals(Optional.of("a '{' opens a group that is never closed"),
        MathCheck.problem("x^{2"));
    assertEquals(Optional.of("a '}' closes a group that was never opened"),
        MathCheck.problem("a}"));
    String hidden = "\\left( a \\le \\left( b \\right) \\right)";
    assertEquals(MathRenderer.problem(hidden), MathCheck.problem(hidden));
    assertTrue(MathCheck.problem(hidden).isPresent());
  }

  @Test
  void everyCommandOfThePlainReadingIsOneJlatexmathReads() {
    for (String name : MathCheck.Plain.SYMBOLS) {
      assertAgrees("\\" + name);
      assertAgrees("x \\" + name + " y");
      if (Character.isLetter(name.charAt(0))) {
        assertAgrees("x^\\" + name + "_\\" + name);
      }
    }
    for (String name : MathCheck.Plain.ONE_ARGUMENT) {
      assertAgrees("\\" + name + "{x+1}");
      assertAgrees("\\" + name + " x");
      assertAgrees("\\" + name + "\\alpha");
      assertAgrees("\\" + name + "{}");
    }
    for (String name : MathCheck.Plain.TWO_ARGUMENTS) {
      assertAgrees("\\" + name + "{a}{b}");
      assertAgrees("\\" + name + " 1 2");
      assertAgrees("\\" + name + "\\pi\\alpha");
    }
    for (String name : MathCheck.Plain.WORDS) {
      assertAgrees("\\" + name + "{" + MathCheck.Plain.WORD_PUNCTUATION + " a 1}");
    }
    for (char c : (MathCheck.Plain.PUNCTUATION).toCharArray()) {
      assertAgrees(String.valueOf(c));
      assertAgrees("x" + c + "y");
      assertAgrees(c + "^2");
    }
    for (String left : delimiters()) {
      for (String right : delimiters()) {
        assertAgrees("\\left" + left + " x \\right" + right);
      }
    }
  }

  @Test
  void generatedFormulasThePlainReadingAcceptsJlatexmathAccepts() {
    Random random = new Random(20);
    int accepted = 0;
    for (int i = 0; i < 20000; i++) {
      String latex = formula(random, 3);
      if (assertAgrees(latex)) {
        accepted++;
      }
    }
    assertTrue(accepted > 10000, "only " + accepted + " generated formulas were read plainly");
  }

  @Test
  void tokenSoupThePlainReadingAcceptsJlatexmathAccepts() {
    Random random = new Random(21);
    List<String> tokens = new ArrayList<>(PLAIN_TOKENS);
    tokens.addAll(List.of("{", "}", "^", "_", "\\left(", "\\right)", "\\left", "\\right", "&",
        "\\\\", "\\frac", "\\sqrt", "[", "]", "\\text{", "\\alpha", "\\", "\\sum", "\\,", "''",
        "\\mathbb", "\\hat", "{}", "^^", "__", "\\left.", "\\right.", "\\right\\}", "\\{"));
    for (int i = 0; i < 50000; i++) {
      StringBuilder latex = new StringBuilder();
      int length = 1 + random.nextInt(8);
      for (int k = 0; k < length; k++) {
        latex.append(tokens.get(random.nextInt(tokens.size())));
      }
      if (MathCheck.unbalancedBraces(latex.toString()) == null) {
        assertAgrees(latex.toString());
      }
    }
  }

  /** Whether the plain reading accepts {@code latex}; fails when JLaTeXMath then does not. */
  private static boolean assertAgrees(String latex) {
    if (!MathCheck.Plain.reads(latex)) {
      return false;
    }
    assertEquals(Optional.empty(), MathRenderer.problem(latex),
        "read plainly, but JLaTeXMath rejects: " + latex);
    return true;
  }

  private static List<String> delimiters() {
    List<String> all = new ArrayList<>();
    for (char c : MathCheck.Plain.DELIMITER_CHARACTERS.toCharArray()) {
      all.add(String.valueOf(c));
    }
    for (String name : MathCheck.Plain.DELIMITER_COMMANDS) {
      all.add("\\" + name);
    }
    return all;
  }

  /** A formula made by the plain reading's rules, mostly. */
  private static String formula(Random random, int depth) {
    StringBuilder out = new StringBuilder();
    int items = 1 + random.nextInt(5);
    for (int i = 0; i < items; i++) {
      int kind = random.nextInt(depth > 0 ? 10 : 5);
      switch (kind) {
        case 0, 1 -> out.append(PLAIN_TOKENS.get(random.nextInt(PLAIN_TOKENS.size())));
        case 2 -> out.append('\\').append(pick(random, MathCheck.Plain.SYMBOLS)).append(' ');
        case 3 -> out.append(random.nextBoolean() ? '^' : '_').append(argument(random, 0));
        case 4 -> out.append('\\').append(pick(random, MathCheck.Plain.WORDS)).append("{a b}");
        case 5 -> out.append('{').append(formula(random, depth - 1)).append('}');
        case 6 -> out.append('\\').append(pick(random, MathCheck.Plain.ONE_ARGUMENT))
            .append(argument(random, depth - 1));
        case 7 -> out.append('\\').append(pick(random, MathCheck.Plain.TWO_ARGUMENTS))
            .append(argument(random, depth - 1)).append(argument(random, depth - 1));
        case 8 -> out.append("\\sqrt").append(random.nextBoolean() ? "[3]" : "")
            .append(argument(random, depth - 1));
        default -> out.append("\\left").append(pick(random, delimiters())).append(' ')
            .append(formula(random, depth - 1)).append("\\right")
            .append(pick(random, delimiters()));
      }
    }
    return out.toString();
  }

  private static String argument(Random random, int depth) {
    return switch (depth > 0 ? random.nextInt(4) : random.nextInt(3)) {
      case 0 -> "x";
      case 1 -> "\\alpha ";
      case 2 -> "{2}";
      default -> "{" + formula(random, depth - 1) + "}";
    };
  }

  private static String pick(Random random, java.util.Collection<String> names) {
    List<String> list = new ArrayList<>(names);
    list.sort(null);
    return list.get(random.nextInt(list.size()));
  }
}
