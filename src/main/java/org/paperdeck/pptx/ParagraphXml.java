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
 * objects. The speaker notes are written this way ({@link NotesPages}), and so is the text of
 * a slide's placeholders ({@link SlideText}); the elements it writes are those of ECMA-376's
 * {@code CT_TextParagraph}, in the schema's order.
 *
 * <p>Every size, indent and gap is spelled out as {@code TextWriter} spells it, so the text shows
 * what the layout stage measured whatever the theme's defaults are. Speaker notes have no links
 * (they show a link as its text and address: {@code Typeset.of} with {@code links} false); a
 * slide's text gets what its placeholder gives each paragraph and run ({@link Dress}).
 */
final class ParagraphXml {
  static final String DRAWINGML = "http://schemas.openxmlformats.org/drawingml/2006/main";
  static final String RELATIONSHIPS =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  /** POI's language for a run it makes, which a run no language is known for keeps. */
  private static final String POI_LANG = "en-US";

  /**
   * What a slide's placeholder gives one paragraph beyond its typeset values.
   *
   * @param inheritsBullet whether the paragraph's level shows a bullet unless told otherwise
   * @param bulletColour the scheme colour its bullet or number is set in, or {@code null}
   * @param runs one for each of the paragraph's pieces, in order
   */
  record Dress(boolean inheritsBullet, String bulletColour, List<RunDress> runs) {
    Dress {
      runs = List.copyOf(runs);
    }
  }

  /**
   * One piece's colour and link.
   *
   * @param fill its {@code <a:solidFill>}, or {@code null} for the colour it inherits
   * @param linkId the relationship of its link, or {@code null}
   * @param address where its link goes, shown as the link's tip
   * @param linkInTextColour whether the link shows in the text's colour rather than the theme's
   *     hyperlink colour
   */
  record RunDress(String fill, String linkId, String address, boolean linkInTextColour) {
    static final RunDress NONE = new RunDress(null, null, null, false);
  }

  private final String talkLang;
  /** The {@code <a:solidFill>} of a byline's or caption's quieter colour ({@link MutedInk}). */
  private final String mutedFill;
  /** Declares the prefix {@code a} on each paragraph, for a part that does not declare it. */
  private final String declaration;
  /** Declares the prefix {@code r} on each link, for a part that does not declare it. */
  private final String linkDeclaration;
  /** Declares the prefix {@code ahyp} on each link colour, for a part that does not declare it. */
  private final String linkColourDeclaration;
  /** Whether the text is a slide's, whose runs without a language keep POI's. */
  private final boolean onSlide;

  /**
   * @param talkLang the talk's {@code lang}, or {@code null}
   * @param mutedFill the fill a muted run takes, as XML
   * @param declareDrawingMl whether each paragraph declares the DrawingML prefix itself
   */
  ParagraphXml(String talkLang, String mutedFill, boolean declareDrawingMl) {
    this.talkLang = talkLang;
    this.mutedFill = mutedFill;
    this.declaration = declareDrawingMl ? " xmlns:a=\"" + DRAWINGML + "\"" : "";
    this.linkDeclaration = "";
    this.linkColourDeclaration = "";
    this.onSlide = false;
  }

  /**
   * For a slide's text: runs without a language of their own keep POI's, as a slide's runs
   * made through POI did.
   *
   * @param declareRelationships whether each link declares the relationships prefix itself
   * @param declareLinkColour whether each link's colour declares its prefix itself
   */
  ParagraphXml(String talkLang, boolean declareDrawingMl, boolean declareRelationships,
      boolean declareLinkColour) {
    this.talkLang = talkLang;
    this.mutedFill = null;
    this.declaration = declareDrawingMl ? " xmlns:a=\"" + DRAWINGML + "\"" : "";
    this.linkDeclaration = declareRelationships ? " xmlns:r=\"" + RELATIONSHIPS + "\"" : "";
    this.linkColourDeclaration =
        declareLinkColour ? " xmlns:ahyp=\"" + LinkColour.NAMESPACE + "\"" : "";
    this.onSlide = true;
  }

  /** Appends {@code paras} to {@code out}. */
  void append(StringBuilder out, List<Typeset.Para> paras) {
    append(out, paras, null);
  }

  /**
   * Appends {@code paras} to {@code out}, each dressed as {@code dresses} says (one for each
   * paragraph), or as speaker notes when {@code dresses} is {@code null}.
   */
  void append(StringBuilder out, List<Typeset.Para> paras, List<Dress> dresses) {
    for (int i = 0; i < paras.size(); i++) {
      Typeset.Para p = paras.get(i);
      Dress dress = dresses == null ? null : dresses.get(i);
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
      if (dress != null && dress.bulletColour() != null) {
        out.append("<a:buClr><a:schemeClr val=\"").append(dress.bulletColour())
            .append("\"/></a:buClr>");
      }
      // On a slide, as TextWriter sets them through POI: only where the paragraph would
      // otherwise inherit the other, a bullet in the face POI gives one.
      boolean inherits = dress == null || dress.inheritsBullet();
      switch (p.marker()) {
        case NONE -> out.append(inherits ? "<a:buNone/>" : "");
        case BULLET -> out.append(inherits ? "" : "<a:buFont typeface=\"Arial\"/>")
            .append("<a:buChar char=\"").append(escaped(p.bullet())).append("\"/>");
        case NUMBER -> out.append("<a:buAutoNum type=\"arabicPeriod\" startAt=\"")
            .append(p.numberedFrom()).append("\"/>");
        default -> throw new IllegalStateException("marker " + p.marker());
      }
      out.append("</a:pPr>");
      for (int j = 0; j < p.runs().size(); j++) {
        Typeset.Piece piece = p.runs().get(j);
        RunDress look = dress == null ? notesLook(piece) : dress.runs().get(j);
        if (piece.lineBreak()) {
          out.append("<a:br><a:rPr sz=\"").append(size(piece)).append("\"/></a:br>");
        } else if (piece.latex() != null) {
          equation(out, piece, look);
        } else if (look.linkId() != null && piece.text().strip().indexOf(' ') >= 0) {
          // A run a word, all pointing at one address, as TextWriter writes a link.
          for (String word : TextWriter.WORD_WITH_ITS_SPACE.split(piece.text())) {
            text(out, piece, word, look);
          }
        } else {
          text(out, piece, piece.text(), look);
        }
      }
      out.append("</a:p>");
    }
  }

  /**
   * A formula in a line as {@link EquationRuns} writes it: the equation for PowerPoint, its
   * Unicode text as runs for every other reader, the spaces around it as runs of their own.
   */
  private void equation(StringBuilder out, Typeset.Piece piece, RunDress look) {
    String lead = EquationRuns.lead(piece.text());
    String trail = EquationRuns.trail(piece.text());
    if (!lead.isEmpty()) {
      text(out, plain(piece, piece.script()), lead, look);
    }
    out.append(EquationRuns.choice(piece.latex(), size(piece)));
    for (MathText.Piece part : MathText.convert(piece.latex())) {
      text(out, plain(piece, part.script()), part.text(), look);
    }
    out.append(EquationRuns.END);
    if (!trail.isEmpty()) {
      text(out, plain(piece, piece.script()), trail, look);
    }
  }

  /** A notes page's run: the muted colour for a byline, nothing else. */
  private RunDress notesLook(Typeset.Piece piece) {
    return piece.muted() ? new RunDress(mutedFill, null, null, false) : RunDress.NONE;
  }

  private static Typeset.Piece plain(Typeset.Piece piece, Script script) {
    return new Typeset.Piece("", false, piece.size(), piece.bold(), piece.italic(),
        piece.strike(), false, script, piece.muted(), null);
  }

  /**
   * {@code content} in {@code piece}'s look, coloured and linked as {@code look} says: one run a
   * script ({@link RunScripts}).
   */
  private void text(StringBuilder out, Typeset.Piece piece, String content, RunDress look) {
    for (RunScripts.Segment segment : RunScripts.segments(content)) {
      RunLanguages.Tags tags = RunLanguages.tags(segment, talkLang);
      out.append("<a:r><a:rPr");
      if (tags != null) {
        out.append(" lang=\"").append(escaped(tags.lang())).append('"');
      } else if (onSlide) {
        out.append(" lang=\"" + POI_LANG + "\"");
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
      if (look.fill() == null && !piece.code() && look.linkId() == null
          && (tags == null || !(tags.eastAsian() || tags.complex()))) {
        out.append("/><a:t>").append(escaped(segment.text())).append("</a:t></a:r>");
        continue;
      }
      out.append('>');
      if (look.fill() != null) {
        out.append(look.fill());
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
      if (look.linkId() != null) {
        link(out, look);
      }
      out.append("</a:rPr><a:t>").append(escaped(segment.text())).append("</a:t></a:r>");
    }
  }

  /** A run's {@code <a:hlinkClick>}, as POI's {@code XSLFHyperlink} and {@link LinkColour} make it. */
  private void link(StringBuilder out, RunDress look) {
    out.append("<a:hlinkClick").append(linkDeclaration).append(" r:id=\"")
        .append(escaped(look.linkId())).append("\" tooltip=\"").append(escaped(look.address()))
        .append('"');
    if (!look.linkInTextColour()) {
      out.append("/>");
      return;
    }
    out.append("><a:extLst><a:ext uri=\"").append(LinkColour.URI)
        .append("\"><ahyp:hlinkClr").append(linkColourDeclaration)
        .append(" val=\"tx\"/></a:ext></a:extLst></a:hlinkClick>");
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
