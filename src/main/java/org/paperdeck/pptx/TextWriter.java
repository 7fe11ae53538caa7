package org.paperdeck.pptx;

import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.sl.usermodel.AutoNumberingScheme;
import org.apache.poi.sl.usermodel.TextShape.TextAutofit;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.openxmlformats.schemas.drawingml.x2006.main.CTHyperlink;
import org.paperdeck.layout.TextMeasure;
import org.paperdeck.layout.Typeset;
import org.paperdeck.math.Script;

/**
 * Writes typeset paragraphs into a text shape, spelling out every size, indent, gap and marker
 * so the slide shows what the layout stage measured, whatever the theme's defaults are.
 */
final class TextWriter {
  /** Splits after each run of spaces, so each part is a word with the spaces that follow it. */
  static final Pattern WORD_WITH_ITS_SPACE = Pattern.compile("(?<= )(?=[^ ])");
  /** Raised and lowered by these percentages of the type size, as PowerPoint's own buttons do. */
  static final double SUPERSCRIPT_OFFSET = 30;
  static final double SUBSCRIPT_OFFSET = -25;

  private TextWriter() {}

  /** Replaces the shape's text, with sizes that are final (speaker notes, stacked boxes). */
  static void write(XSLFTextShape shape, List<Typeset.Para> paras) {
    write(shape, paras, 0, false, new InheritedLook(), null);
  }

  /**
   * Replaces a slide placeholder's text. {@code <a:normAutofit/>} with no scale: the text is
   * written at the size the layout stage fitted it to (so the scale is 100 % and LibreOffice and
   * PowerPoint show what was measured), and PowerPoint goes on shrinking it when someone adds a
   * line while editing, instead of letting it spill out of the box.
   *
   * @param accent the slide's accent (1 to 6; 0 for the theme's first), for section labels
   * @param inherited what the shape inherits, as known from other copies of its placeholder
   *     ({@link PlaceholderLooks})
   */
  static void writeFitted(XSLFTextShape shape, List<Typeset.Para> paras, int accent,
      InheritedLook inherited) {
    write(shape, paras, accent, true, inherited, null);
  }

  /**
   * As {@link #writeFitted(XSLFTextShape, List, int, InheritedLook)}, with the links' relationships
   * already made: {@code linkIds} gives one for each linked piece, in order.
   */
  static void writeFitted(XSLFTextShape shape, List<Typeset.Para> paras, int accent,
      InheritedLook inherited, Iterator<String> linkIds) {
    write(shape, paras, accent, true, inherited, linkIds);
  }

  private static void write(XSLFTextShape shape, List<Typeset.Para> paras, int accent,
      boolean autofit, InheritedLook inherited, Iterator<String> linkIds) {
    shape.clearText();
    shape.setWordWrap(true);
    // Without autofit our sizes are final: PowerPoint and LibreOffice leave them alone.
    shape.setTextAutofit(autofit ? TextAutofit.NORMAL : TextAutofit.NONE);
    for (Typeset.Para p : paras) {
      XSLFTextParagraph paragraph = shape.addNewTextParagraph();
      paragraph.setIndentLevel(p.level());
      paragraph.setLeftMargin(p.leftMargin());
      paragraph.setIndent(p.indent());
      paragraph.setLineSpacing(100.0); // positive: percent of the line height
      paragraph.setSpaceBefore(-p.spaceBefore()); // negative: points
      paragraph.setSpaceAfter(-0.0);
      // As POI's setBullet does, only where the paragraph would otherwise inherit the other.
      if (p.marker() == Typeset.Marker.NONE) {
        if (inherited.bullet(paragraph)) {
          paragraph.getXmlObject().getPPr().addNewBuNone();
        }
      } else if (p.marker() == Typeset.Marker.BULLET) {
        if (!inherited.bullet(paragraph)) {
          paragraph.setBullet(true);
        }
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
          text(paragraph, piece, accent, inherited, linkIds);
        }
      }
    }
  }

  static XSLFTextRun text(XSLFTextParagraph paragraph, Typeset.Piece piece) {
    return text(paragraph, piece, 0, new InheritedLook(), null);
  }

  /**
   * Writes {@code piece} as a run at the end of {@code paragraph}; returns the run, or the first
   * of them. A link of several words is written as a run for each word (its space kept), all
   * pointing at one address: LibreOffice shows a link run as one field it cannot break between
   * words, so a title longer than a line was cut mid-word ("Long-Range Ti / me") and took other
   * lines than the layout measured.
   */
  private static XSLFTextRun text(XSLFTextParagraph paragraph, Typeset.Piece piece, int accent,
      InheritedLook inherited, Iterator<String> linkIds) {
    String linkId = piece.href() != null && linkIds != null ? linkIds.next() : null;
    if (piece.href() == null || piece.text().strip().indexOf(' ') < 0) {
      return run(paragraph, piece, piece.text(), accent, null, linkId, inherited);
    }
    XSLFTextRun first = null;
    for (String word : WORD_WITH_ITS_SPACE.split(piece.text())) {
      XSLFTextRun run = run(paragraph, piece, word, accent,
          first == null ? null : first.getRPr(false).getHlinkClick(), linkId, inherited);
      first = first == null ? run : first;
    }
    return first;
  }

  /**
   * One run of {@code piece}'s look holding {@code content}; linked as {@code sameLink}, or
   * through the relationship {@code linkId} when that is made already.
   */
  private static XSLFTextRun run(XSLFTextParagraph paragraph, Typeset.Piece piece,
      String content, int accent, CTHyperlink sameLink, String linkId, InheritedLook inherited) {
    XSLFTextRun text = paragraph.addNewTextRun();
    text.setText(content);
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
      MutedInk.apply(text, inherited.muted(text));
    } else if (piece.accent()) {
      // A theme colour, not an RGB: the label follows the theme, as the accent shapes do.
      var fill = text.getRPr(true).addNewSolidFill().addNewSchemeClr();
      fill.setVal(org.openxmlformats.schemas.drawingml.x2006.main.STSchemeColorVal.Enum.forString(
          "accent" + (accent >= 1 && accent <= 6 ? accent : 1)));
    }
    if (sameLink != null) {
      text.getRPr(true).addNewHlinkClick().set(sameLink);
    } else if (piece.href() != null) {
      if (linkId != null) {
        CTHyperlink link = text.getRPr(true).addNewHlinkClick();
        link.setId(linkId);
        link.setTooltip(piece.href());
      } else {
        text.createHyperlink().setAddress(piece.href());
      }
      if (piece.muted()) {
        // A byline's links keep the byline's quieter colour, underlined. Left to the theme's
        // link colour, LibreOffice tints that colour as the run's own is tinted, on some themes
        // (a paler blue at 4.0:1 on a yellow page) and not on others, where PowerPoint shows
        // it untinted; the run's own colour is judged readable and shows the same in both.
        LinkColour.showInTextColour(text.getRPr(false).getHlinkClick());
      }
    }
    return text;
  }
}
