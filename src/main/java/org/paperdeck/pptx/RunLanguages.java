package org.paperdeck.pptx;

import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFNotes;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.drawingml.x2006.main.CTRegularTextRun;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextCharacterProperties;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextParagraph;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextParagraphProperties;
import org.paperdeck.layout.EastAsianWidth;

/**
 * Tags every run of the deck with its language ({@code a:rPr lang}), so PowerPoint spell-checks
 * Chinese as Chinese rather than English, and points runs with Chinese, Japanese or Korean
 * characters at the theme's East Asian face ({@code a:ea}, {@code +mn-ea}), which PowerPoint
 * fills with its default face for the run's language when the theme names none. Paragraphs
 * that start in Arabic or Hebrew are marked right-to-left.
 */
final class RunLanguages {
  /** The theme's minor (body) East Asian face. */
  private static final String THEME_EAST_ASIAN_FACE = "+mn-ea";
  private static final String PARAGRAPHS =
      "declare namespace a='http://schemas.openxmlformats.org/drawingml/2006/main' .//a:p";
  private static final String RUNS =
      "declare namespace a='http://schemas.openxmlformats.org/drawingml/2006/main' .//a:r";

  private RunLanguages() {}

  static void tag(XMLSlideShow show, String talkLang) {
    for (XSLFSlide slide : show.getSlides()) {
      runs(slide.getXmlObject(), talkLang);
      paragraphs(slide.getXmlObject());
      XSLFNotes notes = slide.getNotes();
      if (notes != null) {
        runs(notes.getXmlObject(), talkLang);
        paragraphs(notes.getXmlObject());
      }
    }
  }

  /**
   * Marks a paragraph right-to-left ({@code a:pPr rtl}) when its first letter with a direction
   * is Arabic or Hebrew, so PowerPoint and LibreOffice order and align it as that script
   * reads; its characters stay in their logical order, as written in the notes.
   */
  private static void paragraphs(XmlObject part) {
    for (XmlObject found : part.selectPath(PARAGRAPHS)) {
      if (found instanceof CTTextParagraph paragraph && rightToLeft(paragraph)) {
        CTTextParagraphProperties properties =
            paragraph.isSetPPr() ? paragraph.getPPr() : paragraph.addNewPPr();
        properties.setRtl(true);
      }
    }
  }

  private static boolean rightToLeft(CTTextParagraph paragraph) {
    for (CTRegularTextRun run : paragraph.getRArray()) {
      String text = run.getT() == null ? "" : run.getT();
      for (int i = 0; i < text.length(); i++) {
        byte direction = Character.getDirectionality(text.charAt(i));
        if (direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
            || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
          return true;
        }
        if (direction == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
          return false;
        }
      }
    }
    return false;
  }

  /**
   * Every text run in the part's XML, tables and an equation's text fallback included. The XML
   * is walked rather than POI's shape objects, which can outlive runs a writer replaced.
   */
  private static void runs(XmlObject part, String talkLang) {
    for (XmlObject found : part.selectPath(RUNS)) {
      if (found instanceof CTRegularTextRun run) {
        tag(run, talkLang);
      }
    }
  }

  private static void tag(CTRegularTextRun run, String talkLang) {
    String text = run.getT();
    String lang = EastAsianWidth.languageOf(text == null ? "" : text, talkLang);
    if (lang == null) {
      return;
    }
    CTTextCharacterProperties properties = run.isSetRPr() ? run.getRPr() : run.addNewRPr();
    properties.setLang(lang);
    if (text.chars().anyMatch(c -> EastAsianWidth.isWide((char) c))
        && !properties.isSetEa()) {
      properties.addNewEa().setTypeface(THEME_EAST_ASIAN_FACE);
    }
  }
}
