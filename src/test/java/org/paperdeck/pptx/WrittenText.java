package org.paperdeck.pptx;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.sl.usermodel.Insets2D;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextLineBreak;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextParagraphProperties;
import org.paperdeck.layout.Flow;
import org.paperdeck.layout.MeasureFonts;
import org.paperdeck.layout.TextFitter;
import org.paperdeck.layout.TextMeasure;
import org.paperdeck.math.Script;
import org.paperdeck.plan.Run;

/**
 * The text of a written placeholder read back from the .pptx into the writer's own layout terms
 * (paragraphs, levels, markers, run styles, sizes), so a test can measure what the deck really
 * holds with the metrics the writer fits by, rather than trusting the writer's own decisions.
 */
final class WrittenText {
  /**
   * @param base the body size that explains every paragraph's written size, or -1 when none does
   * @param fits whether the text's measured height fits the placeholder's box at that size
   */
  record Measured(double base, boolean fits, List<Double> runSizes, double height, double room) {}

  private WrittenText() {}

  static Measured of(XSLFTextShape shape) {
    List<Flow.Para> paras = new ArrayList<>();
    List<Double> sizes = new ArrayList<>();
    List<Double> paraSizes = new ArrayList<>();
    for (XSLFTextParagraph paragraph : shape.getTextParagraphs()) {
      List<Run> runs = new ArrayList<>();
      Double size = null;
      boolean muted = false;
      for (XSLFTextRun run : paragraph.getTextRuns()) {
        size = run.getFontSize();
        sizes.add(size);
        muted |= muted(run);
        runs.add(run.getXmlObject() instanceof CTTextLineBreak ? Run.plain("\n")
            : new Run(run.getRawText(), run.isBold(), run.isItalic(),
                TextMeasure.MONO_FAMILY.equals(run.getFontFamily()), run.isStrikethrough(),
                script(run), null));
      }
      // The writer marks bylines and captions only by their muted colour (and smaller size).
      paras.add(new Flow.Para(runs, paragraph.getIndentLevel(), marker(paragraph), 1,
          muted ? "byline" : null, false));
      paraSizes.add(size);
    }
    double base = base(paras, paraSizes);
    TextFitter.Area area = area(shape);
    if (base < 0) {
      return new Measured(base, false, sizes, 0, 0);
    }
    double height = TextMeasure.height(paras, base, area.width() * TextFitter.WIDTH_SLACK);
    return new Measured(base, TextFitter.fits(paras, base, area), sizes, height,
        area.height() * TextFitter.HEIGHT_SLACK);
  }

  /** The area text may use inside a placeholder, as the layout stage sees it: box minus insets. */
  static TextFitter.Area area(XSLFTextShape shape) {
    Insets2D insets = shape.getInsets();
    var box = shape.getAnchor();
    String family = Placeholders.family(shape);
    return new TextFitter.Area(box.getWidth() - insets.left - insets.right,
        box.getHeight() - insets.top - insets.bottom,
        MeasureFonts.forFamily(family == null ? "Liberation Sans" : family));
  }

  /** The largest base size from which Flow derives every paragraph's written size. */
  private static double base(List<Flow.Para> paras, List<Double> sizes) {
    for (double base = 48; base >= 6; base -= 0.5) {
      boolean explains = true;
      for (int i = 0; i < paras.size() && explains; i++) {
        explains = sizes.get(i) == null || Flow.size(paras.get(i), base) == sizes.get(i)
            || Flow.size(paras.get(i), base, 18) == sizes.get(i); // a paper slide's floor
      }
      if (explains) {
        return base;
      }
    }
    return -1;
  }

  private static boolean muted(XSLFTextRun run) {
    return MutedInk.is(run.getRPr(false));
  }

  private static Flow.Marker marker(XSLFTextParagraph paragraph) {
    CTTextParagraphProperties props = paragraph.getXmlObject().getPPr();
    if (props == null || props.isSetBuNone()) {
      return Flow.Marker.NONE;
    }
    return props.isSetBuAutoNum() ? Flow.Marker.NUMBER
        : props.isSetBuChar() ? Flow.Marker.BULLET : Flow.Marker.NONE;
  }

  private static Script script(XSLFTextRun run) {
    return run.isSuperscript() ? Script.SUPERSCRIPT
        : run.isSubscript() ? Script.SUBSCRIPT : Script.NORMAL;
  }
}
