package org.paperdeck.render;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFGroupShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTableCell;
import org.apache.poi.xslf.usermodel.XSLFTableRow;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.paperdeck.layout.MeasureFonts;
import org.paperdeck.pptx.WrittenDeck;

/**
 * The characters on a deck's slides that nothing here can draw: neither the face the layout
 * measured the run with ({@link MeasureFonts}, which the slide pictures and slides-pdf draw it
 * in) nor any other font java.awt finds on this machine, from which Java falls back (Chinese set
 * in a theme's Latin font is drawn from Noto Sans CJK, say). Such a character is a box on every
 * slide picture, and PowerPoint shows it only where the viewer's machine has a font for it. For
 * the build report; speaker notes are left out, as no slide shows them.
 */
public final class SlideGlyphs {
  /** Whether any font of this machine has a character, asked once a character. */
  private static final Map<Integer, Boolean> ON_MACHINE = new ConcurrentHashMap<>();

  private SlideGlyphs() {}

  /** The characters of {@code pptx}'s slides no font draws, in order of first use. */
  public static Set<Integer> undrawable(byte[] pptx) {
    Set<Integer> found = new LinkedHashSet<>();
    try (XMLSlideShow show = WrittenDeck.open(pptx)) {
      for (XSLFSlide slide : show.getSlides()) {
        shapes(slide.getShapes(), found);
      }
    } catch (IOException | RuntimeException e) {
      // A deck POI cannot read back has no report of its slides either.
    }
    return found;
  }

  private static void shapes(List<XSLFShape> shapes, Set<Integer> found) {
    for (XSLFShape shape : shapes) {
      if (shape instanceof XSLFGroupShape group) {
        shapes(group.getShapes(), found);
      } else if (shape instanceof XSLFTable table) {
        for (XSLFTableRow row : table.getRows()) {
          for (XSLFTableCell cell : row.getCells()) {
            text(cell, found);
          }
        }
      } else if (shape instanceof XSLFTextShape text) {
        text(text, found);
      }
    }
  }

  private static void text(XSLFTextShape shape, Set<Integer> found) {
    for (XSLFTextParagraph paragraph : shape.getTextParagraphs()) {
      for (XSLFTextRun run : paragraph.getTextRuns()) {
        Font face = MeasureFonts.forFamily(run.getFontFamily())
            .faces()[(run.isBold() ? 1 : 0) + (run.isItalic() ? 2 : 0)];
        run.getRawText().codePoints()
            .filter(c -> drawn(c) && !face.canDisplay(c) && !onMachine(c))
            .forEach(found::add);
      }
    }
  }

  /** Whether a character is drawn at all: spaces, controls and selectors need no glyph. */
  static boolean drawn(int c) {
    int type = Character.getType(c);
    return !Character.isWhitespace(c) && !Character.isISOControl(c) && c != 0x00A0
        && type != Character.FORMAT && !(c >= 0xFE00 && c <= 0xFE0F)
        && !(c >= 0xE0100 && c <= 0xE01EF);
  }

  private static boolean onMachine(int c) {
    return ON_MACHINE.computeIfAbsent(c, k -> {
      for (Font font : GraphicsEnvironment.getLocalGraphicsEnvironment().getAllFonts()) {
        if (font.canDisplay(k)) {
          return true;
        }
      }
      return false;
    });
  }
}
