package org.paperdeck.pptx;

import java.awt.Color;
import java.util.List;
import org.apache.poi.sl.usermodel.AutoNumberingScheme;
import org.apache.poi.sl.usermodel.TextShape.TextAutofit;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.paperdeck.layout.TextMeasure;
import org.paperdeck.layout.Typeset;
import org.paperdeck.math.Script;

/**
 * Writes typeset paragraphs into a text shape, spelling out every size, indent, gap and marker
 * so the slide shows what the layout stage measured, whatever the theme's defaults are.
 */
final class TextWriter {
  static final Color MUTED = new Color(0x4B5563);
  /** Raised and lowered by these percentages of the type size, as PowerPoint's own buttons do. */
  private static final double SUPERSCRIPT_OFFSET = 30;
  private static final double SUBSCRIPT_OFFSET = -25;

  private TextWriter() {}

  /** Replaces the shape's text. */
  static void write(XSLFTextShape shape, List<Typeset.Para> paras) {
    shape.clearText();
    shape.setWordWrap(true);
    // Our sizes are final: keep PowerPoint and LibreOffice from shrinking the text again.
    shape.setTextAutofit(TextAutofit.NONE);
    for (Typeset.Para p : paras) {
      XSLFTextParagraph paragraph = shape.addNewTextParagraph();
      paragraph.setIndentLevel(p.level());
      paragraph.setLeftMargin(p.leftMargin());
      paragraph.setIndent(p.indent());
      paragraph.setLineSpacing(100.0); // positive: percent of the line height
      paragraph.setSpaceBefore(-p.spaceBefore()); // negative: points
      paragraph.setSpaceAfter(-0.0);
      if (p.marker() == Typeset.Marker.NONE) {
        paragraph.setBullet(false);
      } else if (p.marker() == Typeset.Marker.BULLET) {
        paragraph.setBullet(true);
        paragraph.setBulletCharacter(p.bullet());
      } else {
        paragraph.setBulletAutoNumber(AutoNumberingScheme.arabicPeriod, p.numberedFrom());
      }
      for (Typeset.Piece piece : p.runs()) {
        if (piece.lineBreak()) {
          paragraph.addLineBreak().setFontSize(piece.size());
        } else if (piece.latex() != null) {
          EquationRuns.write(paragraph, piece);
        } else {
          text(paragraph, piece);
        }
      }
    }
  }

  static XSLFTextRun text(XSLFTextParagraph paragraph, Typeset.Piece piece) {
    XSLFTextRun text = paragraph.addNewTextRun();
    text.setText(piece.text());
    text.setFontSize(piece.size());
    if (piece.bold()) {
      text.setBold(true);
    }
    if (piece.italic()) {
      text.setItalic(true);
    }
    if (piece.strike()) {
      text.setStrikethrough(true);
    }
    if (piece.code()) {
      text.setFontFamily(TextMeasure.MONO_FAMILY);
    }
    if (piece.script() == Script.SUPERSCRIPT) {
      text.setBaselineOffset(SUPERSCRIPT_OFFSET);
    } else if (piece.script() == Script.SUBSCRIPT) {
      text.setBaselineOffset(SUBSCRIPT_OFFSET);
    }
    if (piece.muted()) {
      text.setFontColor(MUTED);
    }
    if (piece.href() != null) {
      text.createHyperlink().setAddress(piece.href());
    }
    return text;
  }
}
