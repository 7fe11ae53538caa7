package org.paperdeck.pptx;

import java.awt.Color;
import java.util.Comparator;
import java.util.List;
import org.apache.poi.xslf.usermodel.XSLFSheet;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTheme;
import org.openxmlformats.schemas.drawingml.x2006.main.CTSchemeColor;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextCharacterProperties;
import org.openxmlformats.schemas.drawingml.x2006.main.STSchemeColorVal;
import org.paperdeck.layout.Contrast;

/**
 * The quieter colour of a byline or a caption, taken from the theme: the scheme colour nearest
 * the colour its box gives text, a fifth of the way toward mid grey (PowerPoint's "lighter" or
 * "darker" tints of a theme colour). On a light theme that is a dark grey, on a dark one a light
 * grey, and a palette picked later in PowerPoint changes it with the rest of the text.
 */
final class MutedInk {
  /** The tint: lightness times 80 %, plus 20 % for a dark colour (in thousandths of a percent). */
  private static final int KEEP = 80000;
  private static final int LIFT = 20000;

  private MutedInk() {}

  /** Sets {@code run}, already in its box, in the muted colour of the box's own. */
  static void apply(XSLFTextRun run) {
    apply(run, of(run));
  }

  /** Sets {@code run} in the muted colour {@code tint}, worked out for its box. */
  static void apply(XSLFTextRun run, Tint tint) {
    CTTextCharacterProperties props = run.getRPr(true);
    if (props.isSetSolidFill()) {
      props.unsetSolidFill();
    }
    CTSchemeColor colour = props.addNewSolidFill().addNewSchemeClr();
    colour.setVal(STSchemeColorVal.Enum.forString(tint.scheme()));
    colour.addNewLumMod().setVal(KEEP);
    if (tint.lifted()) {
      colour.addNewLumOff().setVal(LIFT);
    }
  }

  /**
   * The muted colour of text in {@code run}'s box: the scheme colour nearest the colour the box
   * gives it.
   */
  static Tint of(XSLFTextRun run) {
    Color own = SchemeColours.shown(run.getFontColor());
    Color ink = own != null ? own : Color.BLACK;
    XSLFSheet sheet = run.getParagraph().getParentShape().getSheet();
    XSLFTheme theme = sheet.getTheme();
    List<Contrast.Swatch> scheme = SchemeColours.scheme(theme);
    double lightness = Contrast.luminance(ink);
    Contrast.Swatch nearest = scheme.stream().min(Comparator.comparingDouble(
        swatch -> Math.abs(Contrast.luminance(swatch.color()) - lightness))).orElseThrow();
    return new Tint(nearest.name(), Contrast.luminance(nearest.color()) < 0.5);
  }

  /**
   * A muted colour.
   *
   * @param scheme the scheme colour it tints ({@code dk1} …)
   * @param lifted whether it is lightened too (a dark colour), not only darkened
   */
  record Tint(String scheme, boolean lifted) {
    /** As the {@code <a:solidFill>} of a run's properties. */
    String fill() {
      return "<a:solidFill><a:schemeClr val=\"" + scheme + "\"><a:lumMod val=\"" + KEEP
          + "\"/>" + (lifted ? "<a:lumOff val=\"" + LIFT + "\"/>" : "")
          + "</a:schemeClr></a:solidFill>";
    }
  }

  /** Whether the run's own properties give it the muted colour. */
  static boolean is(CTTextCharacterProperties props) {
    return props != null && props.isSetSolidFill() && props.getSolidFill().isSetSchemeClr()
        && props.getSolidFill().getSchemeClr().sizeOfLumModArray() == 1
        && String.valueOf(props.getSolidFill().getSchemeClr().getLumModArray(0).getVal())
            .equals(String.valueOf(KEEP));
  }
}
