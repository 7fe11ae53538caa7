package org.paperdeck.pptx;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.poi.sl.usermodel.TextShape.TextAutofit;
import org.apache.poi.xslf.usermodel.XSLFRelation;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.presentationml.x2006.main.CTShape;
import org.paperdeck.layout.Typeset;

/**
 * A slide placeholder's text that goes into the slide's part as XML text when the slide is
 * saved ({@link ParagraphXml}), rather than as POI's objects: the slide's XML holds the
 * placeholder's box and text properties and, where its paragraphs go, a comment naming it
 * ({@link #marker}). Its colours are decided on the typeset paragraphs ({@link ReadableInk}), its
 * runs are cut and tagged with their languages as they are written. Made through POI, a
 * thousand papers' slide text was most of what XMLBeans built, read back and saved.
 *
 * @param shape the placeholder, its text cleared
 * @param number its number among the slide's texts, which its marker carries
 * @param paras its paragraphs
 * @param accent the slide's accent (1 to 6; 0 for the theme's first), for section labels
 * @param linkIds the relationship of each linked piece, in order
 */
record SlideText(XSLFTextShape shape, int number, List<Typeset.Para> paras, int accent,
    List<String> linkIds) {
  /**
   * What each marker comment says before its number. No text of a slide can make a comment, as
   * XMLBeans writes '<' in text as an entity; the number drawn for each run of paperdeck keeps a
   * comment a theme's layout carries into the slide from being taken for one.
   */
  private static final String MARKER =
      "paperdeck text " + Long.toHexString(new SplittableRandom().nextLong()) + " ";

  SlideText {
    paras = List.copyOf(paras);
    linkIds = List.copyOf(linkIds);
  }

  /**
   * Clears {@code shape}'s text and sets it up for {@code paras} as {@code TextWriter} does (the
   * text wraps; PowerPoint shrinks it when someone adds to it), makes each link's relationship
   * in the order {@code TextWriter} would, and leaves the marker where the paragraphs go. Returns
   * {@code null}, leaving the shape alone, when {@code paras} show no text: POI counts such a
   * placeholder empty, and it is written and removed as before.
   */
  static SlideText reserve(XSLFSlide slide, XSLFTextShape shape, int number,
      List<Typeset.Para> paras, int accent) {
    if (!showsText(paras)) {
      return null;
    }
    shape.clearText();
    shape.setWordWrap(true);
    shape.setTextAutofit(TextAutofit.NORMAL);
    List<String> linkIds = new ArrayList<>();
    for (Typeset.Para p : paras) {
      for (Typeset.Piece piece : p.runs()) {
        if (linked(piece)) {
          linkIds.add(slide.getPackagePart().addExternalRelationship(piece.href(),
              XSLFRelation.HYPERLINK.getRelation()).getId());
        }
      }
    }
    try (XmlCursor end = ((CTShape) shape.getXmlObject()).getTxBody().newCursor()) {
      end.toEndToken();
      end.insertComment(MARKER + number);
    }
    return new SlideText(shape, number, paras, accent, linkIds);
  }

  /** Whether {@code piece} is a link of the slide's: a piece of text with an address. */
  static boolean linked(Typeset.Piece piece) {
    return piece.href() != null && !piece.lineBreak() && piece.latex() == null;
  }

  /** The marker as the saved XML has it. */
  String marker() {
    return "<!--" + MARKER + number + "-->";
  }

  /** The relationships of the links, in order, for {@code TextWriter}. */
  Iterator<String> links() {
    return linkIds.iterator();
  }

  /** The text as POI reads it from the written shape: paragraphs on lines, formulas left out. */
  String text() {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < paras.size(); i++) {
      if (i > 0) {
        out.append('\n');
      }
      for (Typeset.Piece piece : paras.get(i).runs()) {
        if (piece.lineBreak()) {
          out.append('\n');
        } else if (piece.latex() == null) {
          out.append(piece.text());
        } else {
          // Only the spaces around a formula are runs of the paragraph's own.
          out.append(EquationRuns.lead(piece.text())).append(EquationRuns.trail(piece.text()));
        }
      }
    }
    return out.toString();
  }

  private static boolean showsText(List<Typeset.Para> paras) {
    for (Typeset.Para p : paras) {
      for (Typeset.Piece piece : p.runs()) {
        if (!piece.lineBreak() && piece.latex() == null && !piece.text().isBlank()) {
          return true;
        }
      }
    }
    return false;
  }
}
