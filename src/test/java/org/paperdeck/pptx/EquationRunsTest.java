package org.paperdeck.pptx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.apache.xmlbeans.XmlException;
import org.junit.jupiter.api.Test;
import org.paperdeck.MarkupCompatibility;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class EquationRunsTest {
  private static final String A = "http://schemas.openxmlformats.org/drawingml/2006/main";

  @Test
  void inlineMathTextCannotShowIsOneEquationInItsLineAndItsTextOnce()
      throws IOException, XmlException {
    DeckWriter.Result result = DeckWriterTest.write("""
        <deck><slide layout="Title and Content"><title>Loss</title><body>
          <p>The loss <math>\\frac{1}{N}\\sum_i \\ell_i</math> falls with <math>\\alpha</math>.</p>
        </body><notes><p>It shrinks as <math>O(\\alpha^2)</math> and <math>\\frac{a}{b}</math>.</p>
        </notes></slide></deck>""", "inline-equation");
    try (XMLSlideShow show = DeckWriterTest.read(result)) {
      XSLFSlide slide = show.getSlides().get(0);
      List<XSLFShape> shapes = PictureBodyTest.contentShapes(slide);
      assertEquals(1, shapes.size(), "the text alone: no picture repeats the formula");
      String xml = partText(slide.getPackagePart());
      assertEquals(1, count(xml, "<a14:m>"), "one equation");
      assertEquals(1, count(xml, "<m:f>"), "its fraction");
      assertEquals(1, count(xml, "<m:nary>"), "its sum");
      assertTrue(xml.contains("Requires=\"" + EquationRuns.REQUIRES + "\""), xml);
      // As a reader without equations (LibreOffice) reads it: the Fallback, once.
      assertEquals("The loss 1/N∑i ℓi falls with α.", fallbackText(slide.getPackagePart()));

      // The notes: the same, and α² keeps its raised 2 as a real superscript run.
      XSLFTextShape notes = java.util.Arrays.stream(show.getNotesSlide(slide).getPlaceholders())
          .filter(t -> t.getTextType() == org.apache.poi.sl.usermodel.Placeholder.BODY)
          .findFirst().orElseThrow();
      List<String> raised = new ArrayList<>();
      for (XSLFTextParagraph p : notes.getTextParagraphs()) {
        for (XSLFTextRun run : p.getTextRuns()) {
          if (run.getXmlObject().xmlText().contains("baseline=\"30000\"")) {
            raised.add(run.getRawText());
          }
        }
      }
      assertEquals(List.of("2"), raised);
      assertEquals("It shrinks as O(α2) and a/b.",
          fallbackText(show.getNotesSlide(slide).getPackagePart()).strip());
    }
  }

  static String partText(PackagePart part) throws IOException {
    try (InputStream in = part.getInputStream()) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  /** The a:t text of the part's longest text body (the slide's or notes' body), after MCE. */
  static String fallbackText(PackagePart part) throws IOException, XmlException {
    try (InputStream in = part.getInputStream()) {
      Document dom = MarkupCompatibility.process(in);
      NodeList shapes = dom.getElementsByTagNameNS(
          "http://schemas.openxmlformats.org/presentationml/2006/main", "txBody");
      String longest = "";
      for (int s = 0; s < shapes.getLength(); s++) {
        StringBuilder sb = new StringBuilder();
        NodeList texts = ((org.w3c.dom.Element) shapes.item(s)).getElementsByTagNameNS(A, "t");
        for (int i = 0; i < texts.getLength(); i++) {
          sb.append(texts.item(i).getTextContent());
        }
        longest = sb.length() > longest.length() ? sb.toString() : longest;
      }
      return longest;
    }
  }

  private static int count(String text, String what) {
    Matcher m = Pattern.compile(Pattern.quote(what)).matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
