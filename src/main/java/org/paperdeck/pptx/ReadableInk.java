package org.paperdeck.pptx;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.sl.usermodel.PaintStyle;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.apache.poi.xslf.usermodel.XSLFTheme;
import org.openxmlformats.schemas.drawingml.x2006.main.CTColor;
import org.openxmlformats.schemas.drawingml.x2006.main.CTColorScheme;
import org.openxmlformats.schemas.drawingml.x2006.main.CTRegularTextRun;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextCharacterProperties;
import org.openxmlformats.schemas.drawingml.x2006.main.STSchemeColorVal;
import org.paperdeck.layout.Contrast;

/**
 * Keeps every text of a written slide readable: each run's colour (its own, or the one the
 * placeholder inherits from layout, master and theme) is judged against what lies behind its
 * box (the box's own fill, else the drawn backdrop of its layout) by {@link Contrast}; a run
 * that fails takes the scheme colour ({@code dk1}, {@code lt1}, {@code dk2}, {@code lt2}) that
 * reads best, as a scheme colour so a variant picked in PowerPoint still recolours it. When none
 * passes, a message names the slide, the box and the measured ratio.
 */
final class ReadableInk {
  private static final List<String> SCHEME = List.of("dk1", "lt1", "dk2", "lt2");

  private ReadableInk() {}

  /**
   * Checks and mends the text of {@code slide}; {@code warn} hears of each box whose colour was
   * replaced and of text nothing mends (without the slide's number, which the caller adds).
   */
  static void mend(XSLFSlide slide, BackgroundSampler backdrop, Consumer<String> warn) {
    List<Contrast.Swatch> scheme = scheme(slide.getSlideMaster().getTheme());
    for (XSLFShape shape : slide.getShapes()) {
      if (!(shape instanceof XSLFTextShape text) || text.getText() == null
          || text.getText().isBlank()) {
        continue;
      }
      Color fill = text.getFillColor();
      Contrast.Backdrop behind = fill != null && fill.getAlpha() > 200
          ? Contrast.Backdrop.of(fill) : backdrop.under(text.getAnchor());
      Placeholder kind = Placeholders.kind(text);
      double needed = kind == Placeholder.TITLE || kind == Placeholder.CENTERED_TITLE
          ? Contrast.TITLE : Contrast.BODY;
      double worst = Double.MAX_VALUE;
      double recoloured = Double.MAX_VALUE;
      java.util.Set<String> chosen = new java.util.TreeSet<>();
      for (XSLFTextParagraph paragraph : text.getTextParagraphs()) {
        for (XSLFTextRun run : paragraph.getTextRuns()) {
          if (run.getRawText() == null || run.getRawText().isBlank()) {
            continue;
          }
          Contrast.Verdict verdict = Contrast.judge(ink(run), behind, scheme, needed);
          if (verdict.replacement().isPresent()) {
            paint(run, verdict.replacement().get().name());
            chosen.add(verdict.replacement().get().name());
            recoloured = Math.min(recoloured, verdict.ratio());
          }
          if (!verdict.readable()) {
            worst = Math.min(worst, verdict.ratio());
          }
        }
      }
      // A colour the theme did not ask for is a substitution the user should hear of.
      if (!chosen.isEmpty()) {
        warn.accept(String.format(java.util.Locale.ROOT, "the text of '%s' would not read on"
            + " what lies behind it (WCAG asks %.1f:1); it is set in the theme's %s instead, at"
            + " %.1f:1", text.getShapeName(), needed, String.join(" and ", chosen), recoloured));
      }
      if (worst < Double.MAX_VALUE) {
        warn.accept(String.format(java.util.Locale.ROOT, "the text of '%s' reads at a contrast of"
            + " %.1f:1 on what lies behind it (WCAG asks %.1f:1), and no colour of the theme's"
            + " scheme reads better there", text.getShapeName(), worst, needed));
      }
    }
  }

  /** The run's colour as it shows: its own or inherited; black when it is not one colour. */
  private static Color ink(XSLFTextRun run) {
    PaintStyle paint = run.getFontColor();
    Color color = paint instanceof PaintStyle.SolidPaint solid
        ? solid.getSolidColor().getColor() : null;
    return color == null ? Color.BLACK : color;
  }

  private static void paint(XSLFTextRun run, String schemeName) {
    if (!(run.getXmlObject() instanceof CTRegularTextRun r)) {
      return;
    }
    CTTextCharacterProperties props = r.isSetRPr() ? r.getRPr() : r.addNewRPr();
    if (props.isSetSolidFill()) {
      props.unsetSolidFill();
    }
    if (props.isSetGradFill()) {
      props.unsetGradFill();
    }
    props.addNewSolidFill().addNewSchemeClr().setVal(STSchemeColorVal.Enum.forString(schemeName));
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
