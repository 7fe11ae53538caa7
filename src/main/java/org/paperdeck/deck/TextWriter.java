package org.paperdeck.deck;

import org.paperdeck.math.Script;
import java.awt.Color;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.sl.usermodel.AutoNumberingScheme;
import org.apache.poi.sl.usermodel.TextShape.TextAutofit;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;

/**
 * Writes laid-out paragraphs into a text shape, spelling out every size, indent, gap and marker
 * so the slide shows what {@link TextMeasure} measured, whatever the theme's defaults are.
 */
final class TextWriter {
  static final Color MUTED = new Color(0x4B5563);
  /** Raised and lowered by these percentages of the type size, as PowerPoint's own buttons do. */
  private static final double SUPERSCRIPT_OFFSET = 30;
  private static final double SUBSCRIPT_OFFSET = -25;

  private TextWriter() {}

  /**
   * Replaces the shape's text.
   *
   * @param links write links as hyperlinks; otherwise as "text (address)", for speaker notes
   */
  static void write(XSLFTextShape shape, List<Flow.Para> paras, double base, boolean links) {
    shape.clearText();
    shape.setWordWrap(true);
    // Our sizes are final: keep PowerPoint and LibreOffice from shrinking the text again.
    shape.setTextAutofit(TextAutofit.NONE);
    Map<Integer, Integer> numberingStart = new HashMap<>();
    for (int i = 0; i < paras.size(); i++) {
      Flow.Para p = paras.get(i);
      XSLFTextParagraph paragraph = shape.addNewTextParagraph();
      double size = Flow.size(p, base);
      paragraph.setIndentLevel(Math.min(p.level(), 8));
      paragraph.setLeftMargin(Flow.leftMargin(p, size));
      paragraph.setIndent(Flow.indent(p, size));
      paragraph.setLineSpacing(100.0); // positive: percent of the line height
      paragraph.setSpaceBefore(-Flow.spaceBefore(p, base, i == 0)); // negative: points
      paragraph.setSpaceAfter(-0.0);
      marker(paragraph, p, size, numberingStart);
      for (Run run : p.runs()) {
        if (RunCollector.isBreak(run)) {
          paragraph.addLineBreak().setFontSize(size);
        } else {
          text(paragraph, p, run, size, links);
        }
      }
    }
  }

  private static void marker(XSLFTextParagraph paragraph, Flow.Para p, double size,
      Map<Integer, Integer> numberingStart) {
    // Deeper levels end where a shallower paragraph starts.
    numberingStart.keySet().removeIf(level -> level > p.level());
    if (p.marker() == Flow.Marker.NONE) {
      numberingStart.remove(p.level());
      paragraph.setBullet(false);
    } else if (p.marker() == Flow.Marker.BULLET) {
      numberingStart.remove(p.level());
      paragraph.setBullet(true);
      paragraph.setBulletCharacter(p.level() == 0 ? "•" : "–");
    } else {
      // PowerPoint numbers a sequence from the startAt its paragraphs share, so every item of
      // one (possibly continued) list carries the number of the sequence's first item.
      int start = numberingStart.computeIfAbsent(p.level(), level -> p.number());
      paragraph.setBulletAutoNumber(AutoNumberingScheme.arabicPeriod, start);
    }
  }

  private static void text(XSLFTextParagraph paragraph, Flow.Para p, Run run, double size,
      boolean links) {
    XSLFTextRun text = paragraph.addNewTextRun();
    String label = run.text();
    if (!links && run.href() != null && !run.href().equals(label.strip())) {
      label = label + " (" + run.href() + ")";
    }
    text.setText(label);
    text.setFontSize(size);
    if (Flow.bold(p, run)) {
      text.setBold(true);
    }
    if (Flow.italic(p, run)) {
      text.setItalic(true);
    }
    if (run.strike()) {
      text.setStrikethrough(true);
    }
    if (run.code()) {
      text.setFontFamily(TextMeasure.MONO_FAMILY);
    }
    if (run.script() == Script.SUPERSCRIPT) {
      text.setBaselineOffset(SUPERSCRIPT_OFFSET);
    } else if (run.script() == Script.SUBSCRIPT) {
      text.setBaselineOffset(SUBSCRIPT_OFFSET);
    }
    if ("byline".equals(p.styleClass()) || "caption".equals(p.styleClass())) {
      text.setFontColor(MUTED);
    }
    if (links && run.href() != null) {
      text.createHyperlink().setAddress(run.href());
    }
  }
}
