package org.paperdeck;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The render check's measure of a word, on pixels made here: what it reports must be the
 * contrast of the letters, so neither a textured picture behind good text fails a theme nor
 * pale text on a plain page passes one.
 */
class RenderedPagesTest {
  private static final int SIZE = 100;
  private static final Rectangle2D WORD = new Rectangle2D.Double(0, 0, 72, 72);

  @Test
  void blackLettersOnATealPictureWithWhiteStarsMeasureAsBlackOnTeal() {
    // Teal of luminance 0.26 with one pixel in forty a white star, and a fifth of the box ink.
    RenderedPages.Pixels page = page(new int[] {14, 152, 178}, new int[] {255, 255, 255}, 40,
        new int[] {0, 0, 0}, 5);
    double ratio = RenderedPages.contrast(page, WORD, List.of(0.0));
    assertTrue(ratio > 5.5, "black on teal, not a star on teal: " + ratio);
  }

  @Test
  void paleGreyLettersOnWhiteMeasureLow() {
    RenderedPages.Pixels page = page(new int[] {255, 255, 255}, null, 0,
        new int[] {170, 170, 170}, 5);
    double ratio = RenderedPages.contrast(page, WORD, List.of(0.4));
    assertTrue(ratio < 2.5, "pale grey on white: " + ratio);
  }

  @Test
  void denseBoldLettersDoNotTakeTheBackgroundsPlace() {
    // A third of the box ink, more than any one shade of the teal's gradient.
    RenderedPages.Pixels page = page(new int[] {14, 152, 178}, null, 0, new int[] {0, 0, 0}, 3);
    double ratio = RenderedPages.contrast(page, WORD, List.of(0.0));
    assertTrue(ratio > 5, "black on teal: " + ratio);
  }

  /**
   * A square page of {@code background} that grows a little lighter down the page, with a
   * speck of {@code speck} one pixel in {@code specksEvery} and every {@code inkEvery}th
   * column in {@code ink}.
   */
  private static RenderedPages.Pixels page(int[] background, int[] speck, int specksEvery,
      int[] ink, int inkEvery) {
    byte[] rgb = new byte[SIZE * SIZE * 3];
    Random random = new Random(7);
    for (int y = 0; y < SIZE; y++) {
      for (int x = 0; x < SIZE; x++) {
        int[] colour = x % inkEvery == 0 ? ink
            : speck != null && random.nextInt(specksEvery) == 0 ? speck
            : shaded(background, y / 10);
        for (int c = 0; c < 3; c++) {
          rgb[3 * (y * SIZE + x) + c] = (byte) colour[c];
        }
      }
    }
    return new RenderedPages.Pixels(SIZE, SIZE, rgb);
  }

  private static int[] shaded(int[] colour, int step) {
    return new int[] {Math.min(255, colour[0] + step), Math.min(255, colour[1] + step),
        Math.min(255, colour[2] + step)};
  }
}
