package org.paperdeck.pptx;

import java.util.Comparator;
import java.util.List;
import javax.xml.namespace.QName;
import org.apache.poi.xslf.usermodel.XSLFTheme;
import org.openxmlformats.schemas.drawingml.x2006.main.CTBlip;
import org.apache.xmlbeans.XmlCursor;
import org.paperdeck.layout.Contrast;

/**
 * A QR code in the theme's own colours: its dark modules in the scheme's darkest colour and its
 * light ones in its lightest, as a duotone of scheme colours on the black-and-white picture, so
 * a palette picked later in PowerPoint recolours it as it does the text. A scanner needs dark
 * modules on a light ground far apart in lightness; when the scheme's two extremes are not,
 * the code stays black on white.
 */
final class CodeColours {
  /** The least contrast between the two colours a code is drawn in (WCAG AAA for text). */
  static final double SCANNABLE = 7;
  private static final String DRAWING_ML = "http://schemas.openxmlformats.org/drawingml/2006/main";

  private CodeColours() {}

  static void apply(CTBlip blip, XSLFTheme theme) {
    List<Contrast.Swatch> scheme = SchemeColours.scheme(theme);
    Comparator<Contrast.Swatch> lightness =
        Comparator.comparingDouble(swatch -> Contrast.luminance(swatch.color()));
    Contrast.Swatch dark = scheme.stream().min(lightness).orElse(null);
    Contrast.Swatch light = scheme.stream().max(lightness).orElse(null);
    if (dark == null || light == null
        || Contrast.ratio(dark.color(), light.color()) < SCANNABLE) {
      return;
    }
    // Written with a cursor: POI's slim schema jar has no type for the duotone effect. The
    // first colour of a duotone takes black's place, the second white's.
    try (XmlCursor cursor = blip.newCursor()) {
      cursor.toEndToken();
      cursor.beginElement(new QName(DRAWING_ML, "duotone", "a"));
      for (Contrast.Swatch swatch : List.of(dark, light)) {
        cursor.beginElement(new QName(DRAWING_ML, "schemeClr", "a"));
        cursor.insertAttributeWithValue("val", swatch.name());
        cursor.toNextToken();
      }
    }
  }
}
