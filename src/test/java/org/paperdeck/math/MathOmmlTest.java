package org.paperdeck.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MathOmmlTest {
  /** The OMML structure without the runs' font properties, which every run carries alike. */
  private static String structure(String latex) {
    return MathOmml.inline(latex).replaceAll("<a:rPr[^>]*>.*?</a:rPr>", "")
        .replace(" xml:space=\"preserve\"", "");
  }

  @Test
  void aFractionHasItsNumeratorAndDenominator() {
    assertEquals("<m:oMath><m:f><m:num><m:r><m:t>1</m:t></m:r></m:num>"
        + "<m:den><m:r><m:t>N</m:t></m:r></m:den></m:f></m:oMath>", structure("\\frac{1}{N}"));
  }

  @Test
  void scriptsAttachToTheAtomBeforeThem() {
    assertEquals("<m:oMath><m:sSup><m:e><m:r><m:t>x</m:t></m:r></m:e>"
        + "<m:sup><m:r><m:t>2</m:t></m:r></m:sup></m:sSup></m:oMath>", structure("x^2"));
    assertEquals("<m:oMath><m:sSubSup><m:e><m:r><m:t>x</m:t></m:r></m:e>"
        + "<m:sub><m:r><m:t>i</m:t></m:r></m:sub><m:sup><m:r><m:t>2</m:t></m:r></m:sup>"
        + "</m:sSubSup></m:oMath>", structure("x_i^2"));
    assertEquals(structure("x_i^2"), structure("x^2_i"), "either order");
  }

  @Test
  void aRootHidesAMissingIndexAndKeepsAGivenOne() {
    assertEquals("<m:oMath><m:rad><m:radPr><m:degHide m:val=\"1\"/></m:radPr><m:deg/>"
        + "<m:e><m:r><m:t>x</m:t></m:r><m:r><m:t>+</m:t></m:r><m:r><m:t>1</m:t></m:r></m:e>"
        + "</m:rad></m:oMath>", structure("\\sqrt{x+1}"));
    assertEquals("<m:oMath><m:rad><m:deg><m:r><m:t>3</m:t></m:r></m:deg>"
        + "<m:e><m:r><m:t>x</m:t></m:r></m:e></m:rad></m:oMath>", structure("\\sqrt[3]{x}"));
  }

  @Test
  void aSumTakesItsLimitsAboveAndBelowAndTheRestAsItsOperand() {
    assertEquals("<m:oMath><m:nary><m:naryPr><m:chr m:val=\"∑\"/><m:limLoc m:val=\"undOvr\"/>"
        + "</m:naryPr><m:sub><m:r><m:t>i</m:t></m:r><m:r><m:t>=</m:t></m:r>"
        + "<m:r><m:t>1</m:t></m:r></m:sub><m:sup><m:r><m:t>n</m:t></m:r></m:sup>"
        + "<m:e><m:sSub><m:e><m:r><m:t>x</m:t></m:r></m:e><m:sub><m:r><m:t>i</m:t></m:r>"
        + "</m:sub></m:sSub></m:e></m:nary></m:oMath>", structure("\\sum_{i=1}^{n} x_i"));
    assertEquals("<m:oMath><m:nary><m:naryPr><m:chr m:val=\"∫\"/><m:limLoc m:val=\"subSup\"/>"
        + "<m:supHide m:val=\"1\"/></m:naryPr><m:sub><m:r><m:t>0</m:t></m:r></m:sub><m:sup>"
        + "</m:sup><m:e><m:r><m:t>f</m:t></m:r></m:e></m:nary></m:oMath>",
        structure("\\int_0 f"));
  }

  @Test
  void lettersInAnAlphabetAreStyledRunsAndOperatorsUpright() {
    assertEquals("<m:oMath><m:r><m:rPr><m:scr m:val=\"double-struck\"/><m:sty m:val=\"p\"/>"
        + "</m:rPr><m:t>E</m:t></m:r></m:oMath>".replace("<m:t>E", "<m:t>E"),
        structure("\\mathbb{E}").replace("𝔼", "E"));
    assertEquals("<m:oMath><m:limLow><m:e><m:r><m:rPr><m:sty m:val=\"p\"/></m:rPr><m:t>lim</m:t>"
        + "</m:r></m:e><m:lim><m:r><m:t>n</m:t></m:r><m:r><m:t>→</m:t></m:r>"
        + "<m:r><m:t>∞</m:t></m:r></m:lim></m:limLow></m:oMath>",
        structure("\\lim_{n \\to \\infty}"));
  }

  @Test
  void aMatrixHasRowsOfCellsInsideItsDelimiters() {
    assertEquals("<m:oMath><m:d><m:dPr><m:begChr m:val=\"(\"/><m:endChr m:val=\")\"/></m:dPr>"
        + "<m:e><m:m><m:mr><m:e><m:r><m:t>a</m:t></m:r></m:e><m:e><m:r><m:t>b</m:t></m:r></m:e>"
        + "</m:mr><m:mr><m:e><m:r><m:t>c</m:t></m:r></m:e><m:e><m:r><m:t>d</m:t></m:r></m:e>"
        + "</m:mr></m:m></m:e></m:d></m:oMath>",
        structure("\\begin{pmatrix} a & b \\\\ c & d \\end{pmatrix}"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"\\vert x \\vert", "\\hbar", "\\overline{AB}", "\\binom{n}{k}",
      "\\not\\in", "\\left( \\frac{a}{b} \\right)", "\\xrightarrow{f}", "\\text{if } x > 0",
      "\\operatorname{tr} A", "\\hat{x}", "\\underbrace{a+b}_{n}", "\\mathcal{L}"})
  void noBackslashReachesTheEquation(String latex) {
    String omml = MathOmml.inline(latex);
    assertFalse(omml.contains("\\"), omml);
    // Well-formed, with the namespaces declared around it as the writer does.
    try {
      javax.xml.parsers.DocumentBuilderFactory f = javax.xml.parsers.DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.newDocumentBuilder().parse(new org.xml.sax.InputSource(new java.io.StringReader(
          "<x xmlns:m='" + MathOmml.NAMESPACE + "' xmlns:a='a'>" + omml + "</x>")));
    } catch (Exception e) {
      throw new AssertionError(latex + ": " + omml, e);
    }
  }
}
