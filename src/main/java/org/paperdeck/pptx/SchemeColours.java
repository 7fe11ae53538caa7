package org.paperdeck.pptx;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.sl.draw.DrawPaint;
import org.apache.poi.sl.usermodel.PaintStyle;
import org.apache.poi.xslf.usermodel.XSLFTheme;
import org.openxmlformats.schemas.drawingml.x2006.main.CTColor;
import org.openxmlformats.schemas.drawingml.x2006.main.CTColorScheme;
import org.paperdeck.layout.Contrast;

/** The colours a theme's scheme names, and the colour a paint shows, as text is judged on them. */
final class SchemeColours {
  private static final List<String> SCHEME = List.of("dk1", "lt1", "dk2", "lt2");

  private SchemeColours() {}

  /**
   * The colour a paint shows, its tints, shades and luminance changes applied (a theme's
   * "Text 1, lighter 25%" is not Text 1); {@code null} when it is not one plain colour.
   */
  static Color shown(PaintStyle paint) {
    if (!(paint instanceof PaintStyle.SolidPaint solid) || solid.getSolidColor() == null
        || solid.getSolidColor().getColor() == null) {
      return null;
    }
    Color color = DrawPaint.applyColorTransform(solid.getSolidColor());
    return new Color(color.getRed(), color.getGreen(), color.getBlue());
  }

  /** The theme's hyperlink colour, or {@code null} when it names none. */
  static Color hyperlink(XSLFTheme theme) {
    if (theme == null || theme.getXmlObject().getThemeElements() == null) {
      return null;
    }
    return rgb(theme.getXmlObject().getThemeElements().getClrScheme().getHlink());
  }

  /** The theme's dark and light scheme colours, by name. */
  static List<Contrast.Swatch> scheme(XSLFTheme theme) {
    List<Contrast.Swatch> swatches = new ArrayList<>();
    if (theme == null || theme.getXmlObject().getThemeElements() == null) {
      swatches.add(new Contrast.Swatch("dk1", Color.BLACK));
      swatches.add(new Contrast.Swatch("lt1", Color.WHITE));
      return swatches;
    }
    CTColorScheme scheme = theme.getXmlObject().getThemeElements().getClrScheme();
    List<CTColor> colors = List.of(scheme.getDk1(), scheme.getLt1(), scheme.getDk2(),
        scheme.getLt2());
    for (int i = 0; i < SCHEME.size(); i++) {
      Color color = rgb(colors.get(i));
      if (color != null) {
        swatches.add(new Contrast.Swatch(SCHEME.get(i), color));
      }
    }
    return swatches;
  }

  private static Color rgb(CTColor color) {
    if (color == null) {
      return null;
    }
    byte[] v = color.isSetSrgbClr() ? color.getSrgbClr().getVal()
        : color.isSetSysClr() && color.getSysClr().isSetLastClr()
            ? color.getSysClr().getLastClr() : null;
    return v == null || v.length < 3 ? null : new Color(v[0] & 0xff, v[1] & 0xff, v[2] & 0xff);
  }
}
