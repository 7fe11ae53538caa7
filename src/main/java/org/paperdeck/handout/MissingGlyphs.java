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
 * Finds characters none of the handout's fonts can show. A glyph missing from the font Flying
 * Saucer chose is simply not drawn, so "x ⟰ S" would print as "x S". The Liberation fonts cover
 * Latin, Greek, Cyrillic and the common operators; {@link GlyphFallback} sets what they lack in
 * DejaVu Sans (set notation, logic, ℝ …); what neither has (CJK, emoji, rare symbols) gets a
 * warning naming it, so nothing vanishes unnoticed.
 */
final class MissingGlyphs {
  private MissingGlyphs() {}

  static List<Diagnostic> check(Document document, String xhtml, String source) {
    BaseFont primary;
    BaseFont fallback;
    try {
      primary = HandoutFonts.load(HandoutFonts.PRIMARY_REFERENCE);
      fallback = HandoutFonts.load(HandoutFonts.FALLBACK_REGULAR);
    } catch (IOException | RuntimeException e) {
      return List.of(); // the render itself will report the missing font
    }
    Map<Integer, Integer> firstUse = new LinkedHashMap<>();
    Node body = document.getElementsByTagNameNS("*", "body").item(0);
    if (body != null) {
      collect(body, primary, fallback, firstUse);
    }
    List<Diagnostic> out = new ArrayList<>();
    if (!firstUse.isEmpty()) {
      StringBuilder chars = new StringBuilder();
      firstUse.keySet().forEach(c -> chars.appendCodePoint(c).append(' '));
      int codePoint = firstUse.keySet().iterator().next();
      int at = xhtml.indexOf(Character.toString(codePoint));
      out.add(Diagnostic.warning(
              at < 0 ? SourcePos.startOf(source) : XhtmlParser.positionOf(xhtml, at, source),
              "the handout's fonts have no glyph for " + chars.toString().strip()
                  + "; these characters are left out of the PDF")
          .withHint("write them another way, or use a handout template whose CSS names a font"
              + " that has them"));
    }
    return out;
  }

  private static void collect(
      Node node, BaseFont primary, BaseFont fallback, Map<Integer, Integer> firstUse) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
        child.getNodeValue().codePoints()
            .filter(c -> !Character.isWhitespace(c) && !Character.isISOControl(c)
                && c != 0x00A0 && !primary.charExists(c) && !fallback.charExists(c))
            .forEach(c -> firstUse.putIfAbsent(c, c));
      } else {
        collect(child, primary, fallback, firstUse);
      }
    }
  }
}
