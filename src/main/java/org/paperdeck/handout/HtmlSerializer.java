package org.paperdeck.handout;

import java.util.Set;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Serializes an XHTML DOM as HTML5 text. The JDK's XML serializer would write empty elements as
 * {@code <p/>}, which an HTML parser reads as an opening tag that swallows what follows; here
 * only void elements ({@code <br>}, {@code <img>} …) go without an end tag, namespace
 * declarations are dropped, and style and script content is written raw, as HTML requires.
 */
final class HtmlSerializer {
  private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr",
      "img", "input", "link", "meta", "source", "track", "wbr");
  private static final Set<String> RAW_TEXT = Set.of("style", "script");

  private HtmlSerializer() {}

  static String serialize(Element root) {
    StringBuilder out = new StringBuilder();
    element(root, out);
    return out.append('\n').toString();
  }

  private static void element(Element element, StringBuilder out) {
    String name = name(element);
    out.append('<').append(name);
    NamedNodeMap attributes = element.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      Attr attr = (Attr) attributes.item(i);
      String attrName = attr.getName();
      if (attrName.equals("xmlns") || attrName.startsWith("xmlns:") || attrName.startsWith("xml:")) {
        continue;
      }
      out.append(' ').append(attrName).append("=\"").append(escape(attr.getValue(), true))
          .append('"');
    }
    out.append('>');
    if (VOID.contains(name)) {
      return;
    }
    boolean raw = RAW_TEXT.contains(name);
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      switch (child.getNodeType()) {
        case Node.ELEMENT_NODE -> element((Element) child, out);
        case Node.TEXT_NODE, Node.CDATA_SECTION_NODE ->
            out.append(raw ? child.getNodeValue() : escape(child.getNodeValue(), false));
        default -> { } // comments and processing instructions are the template's, not the reader's
      }
    }
    out.append("</").append(name).append('>');
  }

  private static String name(Element element) {
    return element.getLocalName() == null ? element.getNodeName() : element.getLocalName();
  }

  private static String escape(String text, boolean attribute) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append(attribute ? "&quot;" : "\"");
        case '\u00A0' -> out.append("&nbsp;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
