package org.paperdeck.math;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.Map;
import org.paperdeck.disk.BundledFonts;
import org.scilab.forge.jlatexmath.DefaultTeXFontParser;
import org.scilab.forge.jlatexmath.FontInfo;
import org.scilab.forge.jlatexmath.TeXFormula;

/**
 * Hands JLaTeXMath its own fonts made from files ({@link BundledFonts}) before it makes them
 * itself. It reads each the first time a formula needs it with
 * {@code Font.createFont(InputStream)}, which copies the font to the system's temporary folder
 * and removes the copy only when the JVM exits normally: a killed build would leave one file per
 * font. JLaTeXMath (1.0.7, no longer released) has no way to be given a font, so each of its
 * {@code FontInfo} records gets one in the private field it would otherwise fill: the same font,
 * at the same size it derives. Should a later JLaTeXMath lack those fields, it loads its fonts
 * its own way, and nothing else changes.
 *
 * <p>JLaTeXMath also registers each font it loads with the graphics environment; nothing looks
 * these fonts up by name (it draws with the font objects, and names only the system's Serif and
 * SansSerif), so they are not registered here.
 */
final class TexFonts {
  private TexFonts() {}

  /** Fills every font record JLaTeXMath has read from its font descriptions. */
  static void fromFiles() {
    try {
      Field registry = FontInfo.class.getDeclaredField("fonts");
      Field path = FontInfo.class.getDeclaredField("path");
      Field base = FontInfo.class.getDeclaredField("base");
      Field font = FontInfo.class.getDeclaredField("font");
      for (Field field : new Field[] {registry, path, base, font}) {
        field.setAccessible(true);
      }
      float size = TeXFormula.PIXELS_PER_POINT * TeXFormula.FONT_SCALE_FACTOR;
      Map<String, Font> made = new HashMap<>();
      for (Object info : ((Map<?, ?>) registry.get(null)).values()) {
        if (font.get(info) != null || !(path.get(info) instanceof String resource)) {
          continue;
        }
        Object owner = base.get(info);
        Class<?> finder = owner == null ? DefaultTeXFontParser.class : owner.getClass();
        String key = finder.getName() + ":" + resource;
        Font face = made.get(key);
        if (face == null) {
          face = BundledFonts.trueType(finder, resource).deriveFont(size);
          made.put(key, face);
        }
        font.set(info, face);
      }
    } catch (ReflectiveOperationException | RuntimeException | IOException
        | FontFormatException e) {
      // JLaTeXMath loads the fonts not set here itself, the way it always has.
    }
  }
}
