package org.paperdeck.handout;

import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Sets each character the Liberation fonts lack in DejaVu Sans, so "x ∈ ℝ" prints whole, and
 * each character DejaVu Sans lacks too in a font {@link ScriptFonts} chose (Chinese in Noto Sans
 * CJK SC, say).
 *
 * <p>Flying Saucer picks one font per run of text from the CSS family list and does not fall back
 * per character: a glyph missing from that font is simply not drawn (tried with {@code
 * font-family: "Liberation Serif", "DejaVu Serif"}: "x ∈ ℝ" printed as "x "). So this pass does
 * the fallback itself, before layout: it wraps every run of such characters in {@code <span
 * class="paperdeck-glyph">} and adds a style rule, first in the head so a template can restyle
 * the class, that sets those spans in DejaVu Sans, upright (operators are upright in maths
 * anyway, and the italic DejaVu faces are not bundled). Runs for a chosen font get {@code <span
 * class="paperdeck-font-N">}, set in that font under the CSS family of the same name. Characters
 * no font has are left alone; {@link MissingGlyphs} reports them.
 */
final class GlyphFallback {
  static final String CLASS = "paperdeck-glyph";
  private static final String XHTML = "http://www.w3.org/1999/xhtml";

  private static final int NONE = -1;

  private final BaseFont primary;
  private final BaseFont fallback;
  private final List<ScriptFonts.Chosen> chosen;
  private final Set<Integer> used = new TreeSet<>();

  private GlyphFallback(BaseFont primary, BaseFont fallback, List<ScriptFonts.Chosen> chosen) {
    this.primary = primary;
    this.fallback = fallback;
    this.chosen = chosen;
  }

  /** Applies the fallback to {@code document} in place. */
  static void apply(Document document) throws IOException {
    apply(document, List.of());
  }

  /** Applies the fallback, with {@code chosen} after DejaVu Sans, to {@code document} in place. */
  static void apply(Document document, List<ScriptFonts.Chosen> chosen) throws IOException {
    GlyphFallback pass = new GlyphFallback(HandoutFonts.load(HandoutFonts.PRIMARY_REFERENCE),
        HandoutFonts.load(HandoutFonts.FALLBACK_REGULAR), chosen);
    Element root = document.getDocumentElement();
    Node body = document.getElementsByTagNameNS("*", "body").item(0);
    if (body == null) {
      return;
    }
    if (pass.wrap(body)) {
      pass.addStyle(document, root);
    }
  }

  /** Which font sets {@code c}: NONE (the text's own), 0 (DejaVu Sans) or N (chosen font N). */
  int fontFor(int c) {
    if (primary.charExists(c)) {
      return NONE;
    }
    if (fallback.charExists(c)) {
      return 0;
    }
    for (int i = 0; i < chosen.size(); i++) {
      if (chosen.get(i).font().charExists(c)) {
        return i + 1;
      }
    }
    return NONE;
  }

  /** Wraps fallback runs under {@code node}; true when it wrapped any. */
  private boolean wrap(Node node) {
    boolean any = false;
    for (Node child = node.getFirstChild(); child != null; ) {
      Node next = child.getNextSibling();
      if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
        any |= split(child);
      } else if (child.getNodeType() == Node.ELEMENT_NODE && !isRawText(child)) {
        any |= wrap(child);
      }
      child = next;
    }
    return any;
  }

  /** Replaces a text node by text nodes and spans, when it holds any fallback character. */
  private boolean split(Node text) {
    String value = text.getNodeValue();
    if (value.codePoints().allMatch(c -> fontFor(c) == NONE)) {
      return false;
    }
    Document document = text.getOwnerDocument();
    Node parent = text.getParentNode();
    int i = 0;
    while (i < value.length()) {
      int font = fontFor(value.codePointAt(i));
      int end = i;
      while (end < value.length() && fontFor(value.codePointAt(end)) == font) {
        end += Character.charCount(value.codePointAt(end));
      }
      Node piece = document.createTextNode(value.substring(i, end));
      if (font != NONE) {
        used.add(font);
        Element span = document.createElementNS(parent.getNamespaceURI(), "span");
        span.setAttribute("class", font == 0 ? CLASS : chosen.get(font - 1).cssFamily());
        span.appendChild(piece);
        piece = span;
      }
      parent.insertBefore(piece, text);
      i = end;
    }
    parent.removeChild(text);
    return true;
  }

  private static boolean isRawText(Node element) {
    String name = element.getLocalName() == null ? element.getNodeName() : element.getLocalName();
    return name.equals("style") || name.equals("script");
  }

  private void addStyle(Document document, Element root) {
    Node head = document.getElementsByTagNameNS("*", "head").item(0);
    if (head == null) {
      head = document.createElementNS(root.getNamespaceURI() == null ? XHTML : root.getNamespaceURI(), "head");
      root.insertBefore(head, root.getFirstChild());
    }
    Element style = document.createElementNS(head.getNamespaceURI(), "style");
    style.setAttribute("type", "text/css");
    StringBuilder rules = new StringBuilder();
    if (used.contains(0)) {
      rules.append("span." + CLASS + " { font-family: \"" + HandoutFonts.FALLBACK_FAMILY
          + "\"; font-style: normal; }");
    }
    for (int font : used) {
      if (font > 0) {
        String family = chosen.get(font - 1).cssFamily();
        rules.append(rules.length() > 0 ? " " : "").append("span.").append(family)
            .append(" { font-family: \"").append(family).append("\"; }");
      }
    }
    style.appendChild(document.createTextNode(rules.toString()));
    head.insertBefore(style, head.getFirstChild());
  }
}
