package org.paperdeck.pptx;

import java.util.List;
import org.apache.poi.util.Units;
import org.paperdeck.layout.TextMeasure;
import org.paperdeck.layout.Typeset;
import org.paperdeck.math.MathText;
import org.paperdeck.math.Script;

/**
 * Typeset paragraphs as DrawingML XML text ({@code <a:p>} elements), each run already cut where
 * its script changes and tagged with its language and face ({@link RunLanguages#tags}), and a
 * paragraph that starts in Arabic or Hebrew marked right-to-left: the same XML that
 * {@link TextWriter} and {@link RunLanguages} make through POI, written without building POI's
 * objects. The speaker notes are written this way ({@link NotesPages}); the elements it writes
 * are those of ECMA-376's {@code CT_TextParagraph}, in the schema's order.
 *
 * <p>Every size, indent and gap is spelled out as {@code TextWriter} spells it, so the text shows
 * what the layout stage measured whatever the theme's defaults are. Links are not written:
 * speaker notes show a link as its text and address ({@code Typeset.of} with {@code links}
 * false).
 */
final class ParagraphXml {
  static final String DRAWINGML = "http://schemas.openxmlformats.org/drawingml/2006/main";

  private final String talkLang;
  /** The {@code <a:solidFill>} of a byline's or caption's quieter colour ({@link MutedInk}). */
  private final String mutedFill;
  /** Declares the prefix {@code a} on each paragraph, for a part that does not declare it. */
  private final String declaration;

  /**
   * @param talkLang the talk's {@code lang}, or {@code null}
   * @param mutedFill the fill a muted run takes, as XML
   * @param declareDrawingMl whether each paragraph declares the DrawingML prefix itself
   */
  ParagraphXml(String talkLang, String mutedFill, boolean declareDrawingMl) {
    this.talkLang = talkLang;
    this.mutedFill = mutedFill;
    this.declaration = declareDrawingMl ? " xmlns:a=\"" + DRAWINGML + "\"" : "";
  }

  /** Appends {@code paras} to {@code out}. */
  void append(StringBuilder out, List<Typeset.Para> paras) {
    for (Typeset.Para p : paras) {
      out.append("<a:p").append(declaration).append("><a:pPr marL=\"")
          .append(Units.toEMU(p.leftMargin())).append("\" lvl=\"").append(p.level())
          .append("\" indent=\"").append(Units.toEMU(p.indent())).append('"');
      if (startsRightToLeft(p)) {
        out.append(" rtl=\"1\"");
      }
      out.append("><a:lnSpc><a:spcPct val=\"100000\"/></a:lnSpc><a:spcBef>");
      // As POI's setSpaceBefore writes a gap in points; none is a percentage, as it writes 0.
      if (p.spaceBefore() > 0) {
        out.append("<a:spcPts val=\"").append((int) (p.spaceBefore() * 100)).append("\"/>");
      } else {
        out.append("<a:spcPct val=\"0\"/>");
      }
      out.append("</a:spcBef><a:spcAft><a:spcPct val=\"0\"/></a:spcAft>");
      switch (p.marker()) {
        case NONE -> out.append("<a:buNone/>");
        case BULLET -> out.append("<a:buChar char=\"").append(escaped(p.bullet())).append("\"/>");
        case NUMBER -> out.append("<a:buAutoNum type=\"arabicPeriod\" startAt=\"")
            .append(p.numberedFrom()).append("\"/>");
        default -> throw new IllegalStateException("marker " + p.marker());
      }
      out.append("</a:pPr>");
      for (Typeset.Piece piece : p.runs()) {
        if (piece.lineBreak()) {
          out.append("<a:br><a:rPr sz=\"").append(size(piece)).append("\"/></a:br>");
        } else if (piece.latex() != null) {
          equation(out, piece);
        } else {
          text(out, piece, piece.text());
        }
      }
      out.append("</a:p>");
    }
  }

  /**
   * A formula in a line as {@link EquationRuns} writes it: the equation for PowerPoint, its
   * Unicode text as runs for every other reader, the spaces around it as runs of their own.
   */
  private void equation(StringBuilder out, Typeset.Piece piece) {
    String text = piece.text();
    String lead = text.substring(0, text.length() - text.stripLeading().length());
    String trail = text.substring(text.stripTrailing().length());
    if (!lead.isEmpty()) {
      text(out, plain(piece, piece.script()), lead);
    }
    out.append(EquationRuns.choice(piece.latex(), size(piece)));
    for (MathText.Piece part : MathText.convert(piece.latex())) {
      text(out, plain(piece, part.script()), part.text());
    }
    out.append(EquationRuns.END);
    if (!trail.isEmpty()) {
      text(out, plain(piece, piece.script()), trail);
    }
  }

  private static Typeset.Piece plain(Typeset.Piece piece, Script script) {
    return new Typeset.Piece("", false, piece.size(), piece.bold(), piece.italic(),
        piece.strike(), false, script, piece.muted(), null);
  }

  /** {@code content} in {@code piece}'s look: one run a script ({@link RunScripts}). */
  private void text(StringBuilder out, Typeset.Piece piece, String content) {
    for (RunScripts.Segment segment : RunScripts.segments(content)) {
      RunLanguages.Tags tags = RunLanguages.tags(segment, talkLang);
      out.append("<a:r><a:rPr");
      if (tags != null) {
        out.append(" lang=\"").append(escaped(tags.lang())).append('"');
      }
      out.append(" sz=\"").append(size(piece)).append('"');
      if (piece.bold()) {
        out.append(" b=\"1\"");
      }
      if (piece.italic()) {
        out.append(" i=\"1\"");
      }
      if (piece.strike()) {
        out.append(" strike=\"sngStrike\"");
      }
      if (piece.script() == Script.SUPERSCRIPT) {
        out.append(" baseline=\"").append((int) TextWriter.SUPERSCRIPT_OFFSET * 1000).append('"');
      } else if (piece.script() == Script.SUBSCRIPT) {
        out.append(" baseline=\"").append((int) TextWriter.SUBSCRIPT_OFFSET * 1000).append('"');
      }
      if (!piece.muted() && !piece.code()
          && (tags == null || !(tags.eastAsian() || tags.complex()))) {
        out.append("/><a:t>").append(escaped(segment.text())).append("</a:t></a:r>");
        continue;
      }
      out.append('>');
      if (piece.muted()) {
        out.append(mutedFill);
      }
      if (piece.code()) {
        out.append("<a:latin typeface=\"").append(escaped(TextMeasure.MONO_FAMILY))
            .append("\"/>");
      }
      if (tags != null && tags.eastAsian()) {
        out.append("<a:ea typeface=\"").append(RunLanguages.THEME_EAST_ASIAN_FACE).append("\"/>");
      }
      if (tags != null && tags.complex()) {
        out.append("<a:cs typeface=\"").append(RunLanguages.THEME_COMPLEX_SCRIPT_FACE)
            .append("\"/>");
      }
      out.append("</a:rPr><a:t>").append(escaped(segment.text())).append("</a:t></a:r>");
    }
  }

  /** Hundredths of a point, as POI's {@code setFontSize} writes them. */
  private static int size(Typeset.Piece piece) {
    return (int) (100 * piece.size());
  }

  private static boolean startsRightToLeft(Typeset.Para p) {
    for (Typeset.Piece piece : p.runs()) {
      // The runs a paragraph holds itself: a formula's text sits inside its equation.
      if (!piece.lineBreak() && piece.latex() == null) {
        Boolean rightToLeft = RunLanguages.rightToLeft(piece.text());
        if (rightToLeft != null) {
          return rightToLeft;
        }
      }
    }
    return false;
  }

  /**
   * {@code text} as XML character data or an attribute's value. A character XML 1.0 does not
   * allow (a control character, a lone surrogate) becomes '?', as XMLBeans writes it.
   */
  static String escaped(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String replacement = switch (c) {
        case '&' -> "&amp;";
        case '<' -> "&lt;";
        case '>' -> "&gt;";
        case '"' -> "&quot;";
        default -> allowed(text, i) ? null : "?";
      };
      if (replacement != null && out == null) {
        out = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (out != null) {
        if (replacement != null) {
          out.append(replacement);
        } else {
          out.append(c);
        }
      }
    }
    return out == null ? text : out.toString();
  }

  private static boolean allowed(String text, int i) {
    char c = text.charAt(i);
    if (c < 0x20) {
      return c == '\t' || c == '\n' || c == '\r';
    }
    if (Character.isHighSurrogate(c)) {
      return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }
    return c != 0xFFFE && c != 0xFFFF;
  }
}
