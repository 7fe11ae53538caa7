package org.paperdeck.handout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class RightToLeftTextTest {
  private static Document apply(String body) {
    Document document = new XhtmlParser().parse("<html xmlns=\"http://www.w3.org/1999/xhtml\">"
        + "<head><title>t</title></head><body>" + body + "</body></html>").document();
    RightToLeftText.apply(document);
    return document;
  }

  /** The words of {@code element}'s floats, in the order they stand from the right edge. */
  private static List<String> floats(Element element) {
    List<String> words = new ArrayList<>();
    NodeList spans = element.getElementsByTagNameNS("*", "span");
    for (int i = 0; i < spans.getLength(); i++) {
      Element span = (Element) spans.item(i);
      if (span.getAttribute("class").equals(RightToLeftText.WORD_CLASS)) {
        words.add(span.getTextContent());
      }
    }
    return words;
  }

  private static Element first(Document document, String name) {
    return (Element) document.getElementsByTagNameNS("*", name).item(0);
  }

  /** What a reader reads back: presentation forms to letters, then in logical order. */
  private static String read(String visual) {
    return Normalizer.normalize(new StringBuilder(visual).reverse(), Normalizer.Form.NFKC);
  }

  @Test
  void anArabicParagraphFillsLinesFromTheRightWordByWord() {
    Document document = apply("<p>تعلم الآلة يدرس Deep Neural Networks منذ عام 2012</p>");
    List<String> words = floats(first(document, "p"));
    assertEquals(List.of("تعلم", "الآلة", "يدرس", "Deep Neural Networks", "منذ", "عام", "2012"),
        words.stream().map(w -> w.chars().anyMatch(Character::isLetter)
            && w.codePoints().noneMatch(c -> c < 0x0600 || c > 0xFEFF) ? read(w) : w).toList(),
        "the words in reading order, each reading right to left; the Latin phrase whole");
    assertTrue(first(document, "p").getAttribute("class").contains(RightToLeftText.BLOCK_CLASS));
  }

  @Test
  void arabicLettersAreDrawnJoined() {
    String word = floats(first(apply("<p>تعلم</p>"), "p")).get(0);
    assertTrue(word.codePoints().allMatch(c -> c >= 0xFE70 && c <= 0xFEFF),
        "every letter in its joined (presentation) form: " + word);
    assertEquals("ﻢﻠﻌﺗ", word, "initial teh, medial ain, medial lam, final meem, as seen");
  }

  @Test
  void hebrewIsReversedAndNotShaped() {
    assertEquals(List.of("םולש", "BERT-ו"), floats(first(apply("<p>שלום ו-BERT</p>"), "p")));
  }

  @Test
  void aNestedBlockIsSetOnceAsItsOwnBlock() {
    Document document = apply("<ul><li><a href='#a'>الرؤية</a><ul><li><a href='#b'>التعلم"
        + "</a></li></ul></li></ul>");
    NodeList items = document.getElementsByTagNameNS("*", "li");
    assertEquals(List.of("ﺔﻳﺅﺮﻟﺍ"), floats((Element) items.item(0)).subList(0, 1));
    assertEquals(List.of("ﻢﻠﻌﺘﻟﺍ"), floats((Element) items.item(1)),
        "the nested item's word, shaped and reversed once, not back again");
  }

  @Test
  void anArabicPhraseInAnEnglishParagraphStaysInPlaceInTheOrderItIsSeen() {
    Element p = first(apply("<p>This mentions شبكة عصبية in the middle.</p>"), "p");
    assertEquals(List.of(), floats(p), "an English paragraph keeps its own line layout");
    String text = p.getTextContent();
    assertTrue(text.startsWith("This mentions ") && text.endsWith(" in the middle."), text);
    String phrase = text.substring("This mentions ".length(), text.length() - " in the middle.".length());
    assertEquals("شبكة عصبية", read(phrase));
  }

  @Test
  void aHandoutWithoutRightToLeftTextIsLeftAlone() {
    Document document = apply("<p>Plain English, Ελληνικά, 中文.</p>");
    assertFalse(RightToLeftText.apply(document));
    assertEquals(List.of(), floats(first(document, "p")));
    assertEquals("Plain English, Ελληνικά, 中文.", first(document, "p").getTextContent());
  }
}
