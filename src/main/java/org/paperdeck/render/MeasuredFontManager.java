package org.paperdeck.render;

import java.awt.Font;
import java.awt.Graphics2D;
import java.util.Set;
import org.apache.poi.common.usermodel.fonts.FontInfo;
import org.apache.poi.sl.draw.DrawFontManagerDefault;
import org.apache.poi.sl.draw.Drawable;
import org.paperdeck.layout.MeasureFonts;

/**
 * Has POI draw every run in the face the layout stage measured it with ({@link MeasureFonts}),
 * so a line that was measured to fit its box is drawn the same width. POI's own font manager
 * asks java.awt for the family by name, which on a machine without it gives java.awt's logical
 * "Dialog" font: wider or narrower text, lines that wrap where the layout did not. Installed on
 * the graphics as POI's {@link Drawable#FONT_HANDLER} hint; POI's choices of symbol-font
 * characters (bullets in Wingdings) stay its own.
 */
final class MeasuredFontManager extends DrawFontManagerDefault {
  static final MeasuredFontManager INSTANCE = new MeasuredFontManager();
  /** The families {@link MeasureFonts} reads from the files inside the jar. */
  static final Set<String> SHIPPED = Set.of("Liberation Sans", "Liberation Serif",
      "Liberation Mono");

  private MeasuredFontManager() {}

  /** Makes POI, drawing on {@code g}, use the measured faces. */
  static void install(Graphics2D g) {
    g.setRenderingHint(Drawable.FONT_HANDLER, INSTANCE);
  }

  @Override
  public Font createAWTFont(Graphics2D graphics, FontInfo fontInfo, double size, boolean bold,
      boolean italic) {
    MeasureFonts fonts = MeasureFonts.forFamily(fontInfo.getTypeface());
    return fonts.faces()[(bold ? 1 : 0) + (italic ? 2 : 0)].deriveFont((float) size);
  }

  /** Whether text in {@code family} is drawn in a font paperdeck ships, which a PDF can embed. */
  static boolean bundled(String family) {
    return SHIPPED.contains(MeasureFonts.forFamily(family).measuredAs());
  }
}
