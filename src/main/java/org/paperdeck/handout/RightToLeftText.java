package org.paperdeck.handout;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Sets Arabic and Hebrew in the PDF handout in the order they read, with Arabic letters joined.
 *
 * <p>Flying Saucer lays every line out left to right, one character after the other, and draws
 * each Arabic letter in its isolated form. So this pass does the two jobs it cannot, before
 * layout, on the XHTML:
 *
 * <ul>
 *   <li>A block whose first letter with a direction is Arabic or Hebrew (a paragraph, a heading,
 *       a list item, a table cell) is right-to-left: each of its words becomes a span floated to
 *       the right, so the words fill each line from the right edge and wrap to the next line as
 *       the script reads; a phrase of Latin words or digits inside it stays one span, left to
 *       right. The block is right-aligned and closed by a clearing span.
 *   <li>An Arabic or Hebrew phrase inside a left-to-right block is written in the order it is
 *       seen, in place (a phrase that the line breaks in two then reads its lines in the wrong
 *       order; docs/format.md says so).
 *   <li>Within a word, Arabic letters take their joined forms (ICU's shaping, to Unicode's
 *       presentation forms, which DejaVu Sans draws) and the characters are written in the order
 *       they are seen.
 * </ul>
 *
 * Text extracted from the PDF (pdftotext) reads in logical order again, with the presentation
 * forms, which Unicode's compatibility normalisation (NFKC) takes back to the notes' letters.
 */
final class RightToLeftText {
  static final String WORD_CLASS = "paperdeck-rtl-word";
  static final String BLOCK_CLASS = "paperdeck-rtl";
  private static final Set<String> BLOCKS = Set.of("p", "li", "h1", "h2", "h3", "h4", "h5",
      "h6", "td", "th", "dt", "dd", "caption", "figcaption", "blockquote", "div", "section",
      "header", "footer", "nav", "article", "aside", "body");

  private RightToLeftText() {}

  /** Whether {@code text} has an Arabic or Hebrew letter, or another right-to-left one. */
  static boolean hasRightToLeft(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      byte direction = Character.getDirectionality(text.charAt(i));
      if (direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
          || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
        return true;
      }
    }
    return false;
  }

  /** Sets the right-to-left text of {@code document} in place; true when there was any. */
  static boolean apply(Document document) {
    Node body = document.getElementsByTagNameNS("*", "body").item(0);
    if (body == null || !hasRightToLeft(body.getTextContent())) {
      return false;
    }
    Map<Element, List<Node>> byBlock = new LinkedHashMap<>();
    collect(body, byBlock);
    byBlock.forEach(RightToLeftText::setBlock);
    addStyle(document);
    return true;
  }

  /** Groups the text nodes under {@code node} that hold right-to-left letters by their block. */
  private static void collect(Node node, Map<Element, List<Node>> byBlock) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
        if (hasRightToLeft(child.getNodeValue())) {
          byBlock.computeIfAbsent(blockOf(child), block -> new ArrayList<>()).add(child);
        }
      } else if (child.getNodeType() == Node.ELEMENT_NODE && !isRawText(child)) {
        collect(child, byBlock);
      }
    }
  }

  private static Element blockOf(Node text) {
    Node node = text.getParentNode();
    while (node.getParentNode() != null && node.getParentNode().getNodeType() == Node.ELEMENT_NODE
        && !BLOCKS.contains(name(node))) {
      node = node.getParentNode();
    }
    return (Element) node;
  }

  private static void setBlock(Element block, List<Node> texts) {
    List<Node> own = new ArrayList<>();
    ownTexts(block, own);
    StringBuilder text = new StringBuilder();
    own.forEach(node -> text.append(node.getNodeValue()));
    if (firstStrongIsRightToLeft(text.toString())) {
      floatWords(block);
    } else {
      texts.forEach(RightToLeftText::reorderPhrases);
    }
  }

  private static boolean firstStrongIsRightToLeft(String text) {
    for (int i = 0; i < text.length(); i++) {
      switch (Character.getDirectionality(text.charAt(i))) {
        case Character.DIRECTIONALITY_RIGHT_TO_LEFT,
            Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC -> {
          return true;
        }
        case Character.DIRECTIONALITY_LEFT_TO_RIGHT -> {
          return false;
        }
        default -> { }
      }
    }
    return false;
  }

  /**
   * Makes every word of a right-to-left block a right float, a run of left-to-right words one
   * float, in the order the notes give them: floats to the right stack from the right edge.
   */
  private static void floatWords(Element block) {
    List<Node> texts = new ArrayList<>();
    ownTexts(block, texts);
    for (Node text : texts) {
      String value = text.getNodeValue();
      List<int[]> words = new ArrayList<>();
      for (int i = 0; i < value.length(); ) {
        if (Character.isWhitespace(value.charAt(i))) {
          i++;
        } else {
          int end = wordEnd(value, i);
          words.add(new int[] {i, end});
          i = end;
        }
      }
      Node parent = text.getParentNode();
      Document document = text.getOwnerDocument();
      for (int w = 0; w < words.size(); w++) {
        int from = words.get(w)[0];
        int to = words.get(w)[1];
        if (direction(value, from, to) == Direction.LEFT_TO_RIGHT) {
          // Left-to-right words in a row (numbers between them too) stay one float.
          while (w + 1 < words.size()) {
            Direction next = direction(value, words.get(w + 1)[0], words.get(w + 1)[1]);
            boolean numberThenLatin = next == Direction.NEUTRAL && w + 2 < words.size()
                && direction(value, words.get(w + 2)[0], words.get(w + 2)[1])
                    == Direction.LEFT_TO_RIGHT;
            if (next != Direction.LEFT_TO_RIGHT && !numberThenLatin) {
              break;
            }
            w += numberThenLatin ? 2 : 1;
            to = words.get(w)[1];
          }
        }
        String piece = value.substring(from, to);
        Element word = document.createElementNS(parent.getNamespaceURI(), "span");
        word.setAttribute("class", WORD_CLASS);
        word.appendChild(document.createTextNode(
            direction(value, from, to) == Direction.LEFT_TO_RIGHT ? piece : visual(piece)));
        parent.insertBefore(word, text);
      }
      parent.removeChild(text);
    }
    block.setAttribute("class", (block.getAttribute("class") + " " + BLOCK_CLASS).trim());
    Element clear = block.getOwnerDocument().createElementNS(block.getNamespaceURI(), "span");
    clear.setAttribute("class", BLOCK_CLASS + "-end");
    block.appendChild(clear);
  }

  private enum Direction { LEFT_TO_RIGHT, RIGHT_TO_LEFT, NEUTRAL }

  /** A word is right-to-left with any such letter, left-to-right with a Latin (or other) one. */
  private static Direction direction(String value, int from, int to) {
    Direction found = Direction.NEUTRAL;
    for (int i = from; i < to; i++) {
      switch (Character.getDirectionality(value.charAt(i))) {
        case Character.DIRECTIONALITY_RIGHT_TO_LEFT,
            Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC -> {
          return Direction.RIGHT_TO_LEFT;
        }
        case Character.DIRECTIONALITY_LEFT_TO_RIGHT -> found = Direction.LEFT_TO_RIGHT;
        default -> { }
      }
    }
    return found;
  }

  private static int wordEnd(String value, int from) {
    int end = from;
    while (end < value.length() && !Character.isWhitespace(value.charAt(end))) {
      end++;
    }
    return end;
  }

  /**
   * Writes each right-to-left phrase of a left-to-right text node in the order it is seen: a
   * phrase is a run the bidirectional algorithm lifts above the paragraph's level, digits and
   * Latin words inside it included.
   */
  private static void reorderPhrases(Node text) {
    String value = text.getNodeValue();
    Bidi bidi = new Bidi(value, Bidi.LTR);
    StringBuilder out = new StringBuilder(value.length());
    int i = 0;
    while (i < value.length()) {
      boolean lifted = bidi.getLevelAt(i) > 0;
      int end = i;
      while (end < value.length() && (bidi.getLevelAt(end) > 0) == lifted) {
        end++;
      }
      String part = value.substring(i, end);
      out.append(lifted ? visual(part) : part);
      i = end;
    }
    text.setNodeValue(out.toString());
  }

  /** {@code logical} as it is seen: Arabic joined, the characters in the order they are drawn. */
  static String visual(String logical) {
    if (!hasRightToLeft(logical)) {
      return logical;
    }
    String shaped;
    try {
      shaped = new ArabicShaping(ArabicShaping.LETTERS_SHAPE
          | ArabicShaping.TEXT_DIRECTION_LOGICAL | ArabicShaping.LENGTH_GROW_SHRINK)
          .shape(logical);
    } catch (ArabicShapingException e) {
      shaped = logical; // never with a length that may grow or shrink; unjoined reads still
    }
    return new Bidi(shaped, Bidi.RTL).writeReordered(Bidi.DO_MIRRORING);
  }

  /** The text nodes of {@code node}'s own block: not those of blocks nested in it. */
  private static void ownTexts(Node node, List<Node> texts) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
        if (!child.getNodeValue().isBlank()) {
          texts.add(child);
        }
      } else if (child.getNodeType() == Node.ELEMENT_NODE && !isRawText(child)
          && !BLOCKS.contains(name(child))) {
        ownTexts(child, texts);
      }
    }
  }

  /** The rules for the floats, first in the head so a template's own CSS can change them. */
  private static void addStyle(Document document) {
    Node head = document.getElementsByTagNameNS("*", "head").item(0);
    if (head == null) {
      return;
    }
    Element style = document.createElementNS(head.getNamespaceURI(), "style");
    style.setAttribute("type", "text/css");
    style.appendChild(document.createTextNode("." + BLOCK_CLASS + " { text-align: right; }"
        + " span." + WORD_CLASS + " { float: right; margin-left: 0.28em; }"
        + " span." + BLOCK_CLASS + "-end { display: block; clear: both; height: 0; }"));
    head.insertBefore(style, head.getFirstChild());
  }

  private static boolean isRawText(Node element) {
    String name = name(element);
    return name.equals("style") || name.equals("script");
  }

  private static String name(Node node) {
    return node.getLocalName() == null ? node.getNodeName() : node.getLocalName();
  }
}
