package org.paperdeck.math;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.util.Locale;
import org.paperdeck.disk.BundledFonts;

/**
 * Math in the handout's XHTML: Unicode text where it shows the formula faithfully (see
 * {@link MathForm}), otherwise an {@code <img>} with the formula typeset, its LaTeX source as the
 * alternative text. The picture is a {@code data:} URI, which Flying Saucer reads without any
 * file, and its size is given in ems, so it follows whatever type size the CSS sets around it;
 * an inline one is lowered by its depth so that its baseline sits on the line's.
 */
public final class MathXhtml {
  /** The handout's body face (handout.css): inline formulas match its capitals. */
  private static final String BODY_FONT = "/liberation/LiberationSerif-Regular.ttf";
  /** Rasters are made for text up to this size, at 3 × 96 dpi. */
  private static final double RASTER_POINTS = 12;
  /** handout.css's text colour. */
  private static final Color INK = new Color(0x1F2328);
  private static final double CAP_HEIGHT = capHeight();

  private MathXhtml() {}

  /** Whether Unicode text shows this formula faithfully, so no picture is needed. */
  public static boolean asText(String latex) {
    return MathForm.unicodeShows(latex);
  }

  /**
   * An {@code <img>} of the formula; display math is also centred by its paragraph.
   *
   * @param escapedAlt the formula's source, already escaped for an XHTML attribute
   */
  public static String image(String latex, boolean display, String escapedAlt) {
    MathPicture picture = MathRenderer.render(latex, display, CAP_HEIGHT,
        RASTER_POINTS * MathRenderer.PIXELS_PER_POINT, INK);
    String style = "width: " + em(picture.width()) + "; height: " + em(picture.height())
        + (display ? "" : "; vertical-align: -" + em(picture.depth()));
    return "<img class=\"math" + (display ? " display" : "") + "\" src=\"" + picture.dataUri()
        + "\" alt=\"" + escapedAlt + "\" style=\"" + style + "\"/>";
  }

  private static String em(double value) {
    return String.format(Locale.ROOT, "%.3fem", value);
  }

  private static double capHeight() {
    try {
      return CapHeight.of(BundledFonts.trueType(MathXhtml.class, BODY_FONT));
    } catch (IOException | FontFormatException e) {
      return 0.66; // Liberation Serif's, should the font jar be missing
    }
  }
}
