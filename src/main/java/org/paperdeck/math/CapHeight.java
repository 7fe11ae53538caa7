package org.paperdeck.math;

import java.awt.Font;
import java.awt.font.FontRenderContext;

/**
 * How tall a font's capitals stand: what formulas are matched to. Apart from
 * {@link MathRenderer}, so that asking it does not start the typesetter, which a talk without
 * formulas never needs.
 */
public final class CapHeight {
  private CapHeight() {}

  /** The cap height of {@code font}, in ems of its size. */
  public static double of(Font font) {
    Font big = font.deriveFont(100f);
    var bounds = big.createGlyphVector(new FontRenderContext(null, true, true), "H")
        .getVisualBounds();
    return bounds.getHeight() / 100;
  }
}
