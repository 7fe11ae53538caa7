package org.paperdeck.layout;

import java.awt.font.FontRenderContext;

/**
 * Keeps a footer on one line of its box: a footer too long even at the smallest footer size is
 * cut at a word end with an ellipsis, never wrapped mid-word.
 */
final class FooterFit {
  private static final FontRenderContext FRC = new FontRenderContext(null, true, true);
  private static final String ELLIPSIS = "…";

  private FooterFit() {}

  /** {@code footer}, shortened at a word end when it is wider than {@code width} at {@code size}. */
  static String shorten(String footer, int size, double width) {
    if (footer == null || width <= 0 || fits(footer.strip(), size, width)) {
      return footer;
    }
    String text = footer.strip();
    for (int end = text.lastIndexOf(' '); end > 0; end = text.lastIndexOf(' ', end - 1)) {
      String head = text.substring(0, end).replaceAll("[\\s,;:·—–-]+$", "") + ELLIPSIS;
      if (fits(head, size, width)) {
        return head;
      }
    }
    return text;
  }

  private static boolean fits(String text, int size, double width) {
    var font = MeasureFonts.SANS.face(false, false);
    return font.getStringBounds(text, FRC).getWidth() * size <= width * 0.95;
  }
}
