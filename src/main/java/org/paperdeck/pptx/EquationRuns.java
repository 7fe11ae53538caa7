package org.paperdeck.pptx;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextParagraph;
import org.paperdeck.layout.Typeset;
import org.paperdeck.math.MathOmml;
import org.paperdeck.math.MathText;

/**
 * Writes a formula into a line of text as PowerPoint keeps an equation: Office Math inside the
 * {@code a14:m} extension of DrawingML, wrapped in Markup Compatibility's
 * {@code mc:AlternateContent}. The {@code mc:Choice} (see {@link #REQUIRES}) holds the equation, which
 * PowerPoint 2010 and later show and edit; the {@code mc:Fallback} holds the formula's Unicode
 * text as ordinary runs, with real sub- and superscripts, for every reader that does not know
 * {@code a14} (the ECMA schemas, older readers). A reader takes one branch, never both, so the
 * formula is shown once.
 *
 * <p>POI has no type for either element, so the fallback runs are made with POI like any text,
 * copied into the {@code mc:Fallback} and removed from the paragraph (which keeps POI's list of
 * runs in step with the XML); the rest is inserted as XML with a cursor.
 */
final class EquationRuns {
  static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
  static final String A14 = "http://schemas.microsoft.com/office/drawing/2010/main";
  private static final String A = "http://schemas.openxmlformats.org/drawingml/2006/main";

  /**
   * The namespaces the Choice needs: DrawingML 2010 (for {@code a14:m}) and Office Math (for
   * what is inside it), both of which PowerPoint understands. Naming both is also what makes
   * LibreOffice take the Fallback: Impress compares the whole attribute with a list of single
   * prefixes it accepts, "a14" among them, and for a Choice of "a14" alone it drops a formula
   * that sits inside a line of text (LibreOffice 7.4 shows nothing there), while "a14 m" is not
   * on its list.
   */
  static final String REQUIRES = "a14 m";
  /** What closes {@link #choice}'s AlternateContent, after the fallback's runs. */
  static final String END = "</mc:Fallback></mc:AlternateContent>";

  private EquationRuns() {}

  /** Writes {@code piece}, whose {@code latex} is set, at the end of the paragraph. */
  static void write(XSLFTextParagraph paragraph, Typeset.Piece piece) {
    String lead = lead(piece.text());
    String trail = trail(piece.text());
    if (!lead.isEmpty()) {
      TextWriter.text(paragraph, plain(piece, lead));
    }
    List<XSLFTextRun> fallback = new ArrayList<>();
    for (MathText.Piece part : MathText.convert(piece.latex())) {
      fallback.add(TextWriter.text(paragraph, new Typeset.Piece(part.text(), false, piece.size(),
          piece.bold(), piece.italic(), piece.strike(), false, part.script(), piece.muted(),
          null)));
    }
    XmlObject content = alternateContent(piece.latex(), (int) Math.round(piece.size() * 100));
    CTTextParagraph p = paragraph.getXmlObject();
    try (XmlCursor target = fallback.isEmpty() ? endOf(p) : fallback.get(0).getXmlObject().newCursor();
        XmlCursor source = content.newCursor()) {
      source.toFirstChild(); // mc:AlternateContent
      source.copyXml(target);
    }
    // The copy sits just before the first fallback run: move the runs' copies inside it.
    try (XmlCursor alt = p.newCursor()) {
      alt.selectPath("declare namespace mc='" + MC + "' ./mc:AlternateContent");
      alt.toSelection(alt.getSelectionCount() - 1);
      XmlObject fallbackElement = alt.getObject().selectPath(
          "declare namespace mc='" + MC + "' ./mc:Fallback")[0];
      try (XmlCursor into = fallbackElement.newCursor()) {
        into.toEndToken();
        for (XSLFTextRun run : fallback) {
          try (XmlCursor from = run.getXmlObject().newCursor()) {
            from.copyXml(into);
          }
        }
      }
    }
    fallback.forEach(paragraph::removeTextRun);
    if (!trail.isEmpty()) {
      TextWriter.text(paragraph, plain(piece, trail));
    }
  }

  /** The spaces before a formula in its piece's text, which are a run of their own. */
  static String lead(String text) {
    return text.substring(0, text.length() - text.stripLeading().length());
  }

  /** The spaces after a formula in its piece's text, which are a run of their own. */
  static String trail(String text) {
    return text.substring(text.stripTrailing().length());
  }

  private static XmlCursor endOf(CTTextParagraph p) {
    if (p.isSetEndParaRPr()) {
      return p.getEndParaRPr().newCursor();
    }
    XmlCursor cursor = p.newCursor();
    cursor.toEndToken();
    return cursor;
  }

  private static Typeset.Piece plain(Typeset.Piece piece, String text) {
    return new Typeset.Piece(text, false, piece.size(), piece.bold(), piece.italic(),
        piece.strike(), false, piece.script(), piece.muted(), null);
  }

  /** The AlternateContent with the equation in its Choice and an empty Fallback. */
  private static XmlObject alternateContent(String latex, int size) {
    String xml = choice(latex, size) + END;
    try {
      return XmlObject.Factory.parse(xml);
    } catch (XmlException e) {
      throw new IllegalStateException("equation XML for " + latex + " is not well-formed", e);
    }
  }

  /**
   * The start of the AlternateContent of {@code latex} at {@code size} hundredths of a point,
   * its namespaces declared on it: the Choice with the equation, then the opening of the
   * Fallback, which the formula's text runs follow, then {@link #END}.
   */
  static String choice(String latex, int size) {
    return "<mc:AlternateContent xmlns:mc=\"" + MC + "\" xmlns:a14=\"" + A14
        + "\" xmlns:a=\"" + A + "\" xmlns:m=\"" + MathOmml.NAMESPACE + "\">"
        + "<mc:Choice Requires=\"" + REQUIRES + "\"><a14:m>"
        // The equation's runs at the text's size (hundredths of a point, as DrawingML has it).
        + MathOmml.inline(latex).replace("<a:rPr ", "<a:rPr sz=\"" + size + "\" ")
        + "</a14:m></mc:Choice><mc:Fallback>";
  }
}
