package org.paperdeck.layout;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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

  private static Flow.Para para(String text) {
    return new Flow.Para(List.of(Run.plain(text)), 0, Flow.Marker.NONE, 0, null, false);
  }
}
