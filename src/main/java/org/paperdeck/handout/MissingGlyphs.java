package org.paperdeck.handout;

import com.lowagie.text.pdf.BaseFont;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.paperdeck.diagnostics.Diagnostic;
import org.paperdeck.diagnostics.Severity;
import org.paperdeck.diagnostics.SourcePos;
import org.w3c.dom.Document;
import org.w3c.dom.Node;

/**
 * Finds the characters the built-in fonts cannot show, and reports those no font has. A glyph
 * missing from the font Flying Saucer chose is simply not drawn, so "x ⟰ S" would print as
 * "x S": every such character is an error (docs/format.md, "Fonts for the handout"), or a
 * warning with {@code missing-glyphs: warn}, never a silent gap. The message names the
 * character, where the notes write it, and the fonts tried.
 */
final class MissingGlyphs {
  /** A quoted CSS string: the text of {@code content:} in a margin box ("Page 1 of 4"). */
  private static final Pattern CSS_STRING = Pattern.compile("\"([^\"\\\\]*)\"");

  private MissingGlyphs() {}

  /**
   * The characters of the document's text, and of the quoted strings of its style sheets, that
   * neither Liberation nor DejaVu Sans has, in order of first use.
   */
  static Set<Integer> beyondBuiltIns(Document document, BaseFont primary, BaseFont fallback) {
    Set<Integer> found = new LinkedHashSet<>();
    Node body = document.getElementsByTagNameNS("*", "body").item(0);
    if (body != null) {
      collect(body, primary, fallback, found);
    }
    var styles = document.getElementsByTagNameNS("*", "style");
    for (int i = 0; i < styles.getLength(); i++) {
      Matcher strings = CSS_STRING.matcher(styles.item(i).getTextContent());
      while (strings.find()) {
        strings.group(1).codePoints().filter(c -> c > 0x7F && needs(c, primary, fallback))
            .forEach(found::add);
      }
    }
    return found;
  }

  /** One diagnostic per character no font has, at its place in the notes (or the XHTML). */
  static List<Diagnostic> report(Set<Integer> missing, List<String> tried, String xhtml,
      String source, HandoutGlyphs glyphs) {
    List<Diagnostic> out = new ArrayList<>();
    for (int c : missing) {
      SourcePos pos = place(c, xhtml, source, glyphs);
      String name = Character.getName(c);
      String message = "no font has " + describe(c) + (name == null ? "" : " (" + name + ")")
          + "; tried " + String.join(", ", tried)
          + (glyphs.warnMissing() ? "; it is left out of the PDF" : "");
      Diagnostic d = new Diagnostic(glyphs.warnMissing() ? Severity.WARNING : Severity.ERROR,
          pos, message, null);
      out.add(d.withHint(glyphs.warnMissing()
          ? "name a font that has it in the front matter: fonts: [FILE or FAMILY]"
          : "name a font that has it in the front matter (fonts: [FILE or FAMILY]), or write"
              + " 'missing-glyphs: warn' there to build the PDF without it"));
    }
    out.sort(Comparator.comparing((Diagnostic d) -> d.pos().file())
        .thenComparingInt(d -> d.pos().line()).thenComparingInt(d -> d.pos().column()));
    return out;
  }

  /** Where the notes write {@code c}, or else where the XHTML has it. */
  static SourcePos place(int c, String xhtml, String source, HandoutGlyphs glyphs) {
    return glyphs.locator().find(c).orElseGet(() -> {
      int at = xhtml.indexOf(Character.toString(c));
      return at < 0 ? SourcePos.startOf(source) : XhtmlParser.positionOf(xhtml, at, source);
    });
  }

  /** "U+4E2D '中'". */
  static String describe(int c) {
    return String.format("U+%04X '%s'", c, Character.toString(c));
  }

  private static boolean needs(int c, BaseFont primary, BaseFont fallback) {
    int type = Character.getType(c);
    return !Character.isWhitespace(c) && !Character.isISOControl(c) && c != 0x00A0
        && type != Character.FORMAT && !(c >= 0xFE00 && c <= 0xFE0F)
        && !(c >= 0xE0100 && c <= 0xE01EF)
        && !primary.charExists(c) && !fallback.charExists(c);
  }

  private static void collect(Node node, BaseFont primary, BaseFont fallback, Set<Integer> found) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
        child.getNodeValue().codePoints().filter(c -> needs(c, primary, fallback))
            .forEach(found::add);
      } else {
        collect(child, primary, fallback, found);
      }
    }
  }
}
