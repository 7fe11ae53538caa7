package org.paperdeck.layout;

import java.awt.font.FontRenderContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.paperdeck.math.Script;
import org.paperdeck.plan.Run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;


/**
 * The measure-once line breaker gives the heights java.awt's own line breaker gives, for the
 * text fitting meets: mixed faces, code, long words, punctuation, math symbols, widths from a
 * narrow strip to a full slide, every body and title size.
 */
class MeasuredLineTest {
  private static final FontRenderContext FRC = new FontRenderContext(null, true, true);
  private static final String[] WORDS = {"the", "model", "learns", "a", "representation",
      "of", "contrastive", "self-supervised", "pre-training,", "α = 1", "h_γ", "q₂", "≤",
      "(2022)", "state-of-the-art.", "https://openreview.net/forum?id=abcdef", "—", "and",
      "Wasserstein", "supercalifragilisticexpialidocious-long-compound-word", "x²",
      "y\u0302", "v\u20D7", "θ\u0304\u0307"};

  private static Flow.Para randomPara(Random random) {
    List<Run> runs = new ArrayList<>();
    int words = 1 + random.nextInt(60);
    for (int i = 0; i < words; i++) {
      String text = WORDS[random.nextInt(WORDS.length)] + (random.nextInt(8) == 0 ? "  " : " ");
      int style = random.nextInt(10);
      runs.add(new Run(text, style == 1, style == 2, style == 3, false, Script.NORMAL, null));
    }
    return new Flow.Para(runs, random.nextInt(2), Flow.Marker.NONE, 0, null, random.nextInt(6) == 0);
  }

  @Test
  void heightsMatchJavaAwtsLineBreakerForVariedText() {
    Random random = new Random(20261125);
    int compared = 0;
    for (int i = 0; i < 400; i++) {
      Flow.Para para = randomPara(random);
      MeasureFonts fonts = random.nextBoolean() ? MeasureFonts.SANS
          : MeasureFonts.forFamily("Liberation Serif");
      MeasuredLine line = MeasuredLine.of(para, para.runs(), fonts, FRC);
      assertNotNull(line);
      for (double size : new double[] {14, 17, 20, 24, 32, 40}) {
        for (double width : new double[] {60, 143.5, 280, 455.25, 690}) {
          double expected = TextMeasure.wrappedHeight(para, para.runs(), size, width, fonts);
          // The same breaks and the same line heights, to rounding.
          assertEquals(expected, line.height(size, width), 0.01,
              () -> "size " + size + ", width " + width + ": " + para.runs().stream()
                  .map(Run::text).reduce("", String::concat));
          compared++;
        }
      }
    }
    assertEquals(400 * 30, compared);
  }

  @Test
  void anEmptyLineIsOneLineTall() {
    Flow.Para empty = new Flow.Para(List.of(), 0, Flow.Marker.NONE, 0, null, false);
    MeasuredLine line = MeasuredLine.of(empty, List.of(), MeasureFonts.SANS, FRC);
    assertEquals(TextMeasure.wrappedHeight(empty, List.of(), 20, 300, MeasureFonts.SANS),
        line.height(20, 300), 0.01);
  }

  @Test
  void textThatNeedsShapingIsLeftToJavaAwt() {
    Flow.Para arabic = new Flow.Para(List.of(Run.plain("مرحبا بالعالم")), 0, Flow.Marker.NONE, 0,
        null, false);
    assertNull(MeasuredLine.of(arabic, arabic.runs(), MeasureFonts.SANS, FRC));
  }
}
