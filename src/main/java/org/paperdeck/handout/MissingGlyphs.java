package org.paperdeck.handout;

import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.paperdeck.diagnostics.Diagnostic;
import org.paperdeck.diagnostics.SourcePos;
import org.w3c.dom.Document;
import org.w3c.dom.Node;

/**
 * Finds characters the handout's fonts cannot show. Flying Saucer does not fall back to another
 * font per character: a glyph missing from the chosen font is simply not drawn, so "x ∈ S"
 * prints as "x S". The Liberation fonts cover Latin, Greek, Cyrillic and the common operators
 * (≤ ≥ ≠ ≈ → ∞ ∑ √ ∫) but not set notation or logic (∈ ∀ ∃ ⊂ ∪ ∧ ⇒ ℝ); a warning names them so
 * nothing vanishes unnoticed. All three Liberation families share one character set, so checking
 * against one of them stands for all.
 */
final class MissingGlyphs {
  private static final String REFERENCE_FONT = "liberation/LiberationSerif-Regular.ttf";

  private MissingGlyphs() {}

  static List<Diagnostic> check(Document document, String xhtml) {
    BaseFont font;
    try {
      font = BaseFont.createFont(REFERENCE_FONT, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
    } catch (IOException | RuntimeException e) {
      return List.of(); // the render itself will report the missing font
    }
    Map<Integer, Integer> firstUse = new LinkedHashMap<>();
    Node body = document.getElementsByTagNameNS("*", "body").item(0);
    if (body != null) {
      collect(body, font, firstUse);
    }
    List<Diagnostic> out = new ArrayList<>();
    if (!firstUse.isEmpty()) {
      StringBuilder chars = new StringBuilder();
      firstUse.keySet().forEach(c -> chars.appendCodePoint(c).append(' '));
      int codePoint = firstUse.keySet().iterator().next();
      int at = xhtml.indexOf(Character.toString(codePoint));
      out.add(Diagnostic.warning(
              at < 0 ? SourcePos.startOf(XhtmlParser.SOURCE) : XhtmlParser.positionOf(xhtml, at),
              "the handout's fonts have no glyph for " + chars.toString().strip()
                  + "; these characters are left out of the PDF")
          .withHint("write them another way (\"in\" for ∈), or use a handout template whose"
              + " CSS names a font that has them"));
    }
    return out;
  }

  private static void collect(Node node, BaseFont font, Map<Integer, Integer> firstUse) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
        child.getNodeValue().codePoints()
            .filter(c -> !Character.isWhitespace(c) && !Character.isISOControl(c)
                && c != 0x00A0 && !font.charExists(c))
            .forEach(c -> firstUse.putIfAbsent(c, c));
      } else {
        collect(child, font, firstUse);
      }
    }
  }
}
