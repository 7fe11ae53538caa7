package org.paperdeck.layout;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.paperdeck.plan.Run;

class EastAsianWidthTest {
  /**
   * The measuring faces (Liberation) have no Chinese glyphs; measured as their narrow
   * missing-glyph boxes, a paragraph would be judged to fit on half the lines it takes.
   */
  @Test
  void chineseIsMeasuredOneEmACharacter() {
    double size = 20;
    double width = 400; // 20 characters of 20 pt
    String line = "作者提出先训练小模型再逐步扩大规模".repeat(2).substring(0, 18);
    double one = TextMeasure.height(List.of(para(line)), size, width);
    double three = TextMeasure.height(List.of(para(line.repeat(3))), size, width);
    assertTrue(three > 2.5 * one, "54 characters of 20 pt take three lines of 400 pt: "
        + one + " vs " + three);
  }

  /**
   * Characters before U+1100 are answered without looking up their block; none of them may lie
   * in a block that holds a wide character, or Korean Jamo or a CJK symbol there would be
   * measured half as wide as it is set.
   */
  @Test
  void noCharacterBeforeHangulJamoLiesInAWideBlock() {
    Set<Character.UnicodeBlock> wideBlocks = new HashSet<>();
    for (int c = 0x1100; c <= 0xFFFF; c++) {
      if (EastAsianWidth.isWide((char) c)) {
        wideBlocks.add(Character.UnicodeBlock.of(c));
      }
    }
    assertTrue(wideBlocks.contains(Character.UnicodeBlock.HANGUL_JAMO), "" + wideBlocks);
    for (int c = 0; c < 0x1100; c++) {
      assertFalse(wideBlocks.contains(Character.UnicodeBlock.of(c)),
          "U+" + Integer.toHexString(c) + " is in " + Character.UnicodeBlock.of(c));
      assertFalse(EastAsianWidth.isWide((char) c));
    }
  }

  private static Flow.Para para(String text) {
    return new Flow.Para(List.of(Run.plain(text)), 0, Flow.Marker.NONE, 0, null, false);
  }
}
