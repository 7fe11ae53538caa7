package org.paperdeck.pptx;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.drawingml.x2006.main.CTRegularTextRun;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextCharacterProperties;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextParagraph;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextParagraphProperties;
import org.paperdeck.layout.EastAsianWidth;

/**
 * Tags every run of the deck with its language ({@code a:rPr lang}), so PowerPoint spell-checks
 * Chinese as Chinese rather than English, and gives it the face its script takes: runs with
 * Chinese, Japanese or Korean characters the theme's East Asian face ({@code a:ea},
 * {@code +mn-ea}), runs in Arabic, Hebrew, Thai, an Indic script and the other complex scripts
 * the theme's complex-script face ({@code a:cs}, {@code +mn-cs}); PowerPoint fills either with
 * the theme's face for the run's language when the theme names none. A run that changes script
 * is first cut into one run a script ({@link RunScripts}), as PowerPoint keeps typed text.
 * Paragraphs that start in Arabic or Hebrew are marked right-to-left.
 */
final class RunLanguages {
  /** The theme's minor (body) East Asian face. */
  static final String THEME_EAST_ASIAN_FACE = "+mn-ea";
  /** The theme's minor (body) complex-script face. */
  static final String THEME_COMPLEX_SCRIPT_FACE = "+mn-cs";
  private static final String PARAGRAPHS =
      "declare namespace a='http://schemas.openxmlformats.org/drawingml/2006/main' .//a:p";
  private static final String RUNS =
      "declare namespace a='http://schemas.openxmlformats.org/drawingml/2006/main' .//a:r";

  /** Hebrew's block, where the first letters written right to left begin. */
  static final char FIRST_RIGHT_TO_LEFT = '\u0590';

  private RunLanguages() {}

  /**
   * What a stretch of text in one script is tagged with.
   *
   * @param lang its language, a BCP 47 tag
   * @param eastAsian whether it takes the theme's East Asian face (it has a wide character)
   * @param complex whether it takes the theme's complex-script face
   */
  record Tags(String lang, boolean eastAsian, boolean complex) {}

  /**
   * Tags the runs of a slide. Speaker notes are written already tagged ({@link ParagraphXml}).
   */
  static void tag(XSLFSlide slide, String talkLang) {
    if (runs(slide.getXmlObject(), talkLang)) {
      paragraphs(slide.getXmlObject());
    }
  }

  /** The tags of {@code segment} in a talk in {@code talkLang}; null to leave it untagged. */
  static Tags tags(RunScripts.Segment segment, String talkLang) {
    String lang = RunScripts.language(segment, talkLang);
    if (lang == null) {
      return null;
    }
    return new Tags(lang, segment.text().chars().anyMatch(c -> EastAsianWidth.isWide((char) c)),
        segment.complex());
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
      Boolean rightToLeft = rightToLeft(run.getT() == null ? "" : run.getT());
      if (rightToLeft != null) {
        return rightToLeft;
      }
    }
    return false;
  }

  /**
   * Whether the first letter of {@code text} with a direction reads right to left; null when
   * no letter has one (spaces, digits, punctuation).
   */
  static Boolean rightToLeft(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isRightToLeft(c)) {
        return true;
      }
      if (Character.getDirectionality(c) == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
        return false;
      }
    }
    return null;
  }

  private static boolean isRightToLeft(char c) {
    byte direction = Character.getDirectionality(c);
    return direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
        || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
  }

  /**
   * Every text run in the part's XML, tables and an equation's text fallback included. The XML
   * is walked rather than POI's shape objects, which can outlive runs a writer replaced.
   */
  private static boolean runs(XmlObject part, String talkLang) {
    boolean rightToLeft = false;
    for (XmlObject found : part.selectPath(RUNS)) {
      if (found instanceof CTRegularTextRun run) {
        rightToLeft |= hasRightToLeftLetter(run.getT());
        tag(run, talkLang);
      }
    }
    return rightToLeft;
  }

  /**
   * Whether {@code text} has a letter written right to left, which a paragraph may start with;
   * a slide without one has no paragraph to mark, and is not walked again for them.
   */
  static boolean hasRightToLeftLetter(String text) {
    if (text == null) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= FIRST_RIGHT_TO_LEFT && isRightToLeft(c)) {
        return true;
      }
    }
    return false;
  }

  private static void tag(CTRegularTextRun run, String talkLang) {
    List<RunScripts.Segment> segments = RunScripts.segments(run.getT() == null ? "" : run.getT());
    List<CTRegularTextRun> runs = split(run, segments);
    for (int i = 0; i < runs.size(); i++) {
      tag(runs.get(i), segments.get(i), talkLang);
    }
  }

  /**
   * The run cut into one run a segment, each a copy of it (its style, size, colour and link)
   * with the segment's text, in order where the run was.
   */
  private static List<CTRegularTextRun> split(CTRegularTextRun run,
      List<RunScripts.Segment> segments) {
    List<CTRegularTextRun> runs = new ArrayList<>(List.of(run));
    CTRegularTextRun last = run;
    for (int i = 1; i < segments.size(); i++) {
      try (XmlCursor from = last.newCursor(); XmlCursor to = last.newCursor()) {
        to.toEndToken();
        to.toNextToken(); // just after the run
        from.copyXml(to);
      }
      try (XmlCursor next = last.newCursor()) {
        next.toNextSibling();
        last = (CTRegularTextRun) next.getObject();
      }
      runs.add(last);
    }
    if (segments.size() > 1) {
      for (int i = 0; i < runs.size(); i++) {
        runs.get(i).setT(segments.get(i).text());
      }
    }
    return runs;
  }

  private static void tag(CTRegularTextRun run, RunScripts.Segment segment, String talkLang) {
    Tags tags = tags(segment, talkLang);
    if (tags == null) {
      return;
    }
    CTTextCharacterProperties properties = run.isSetRPr() ? run.getRPr() : run.addNewRPr();
    properties.setLang(tags.lang());
    if (tags.eastAsian() && !properties.isSetEa()) {
      properties.addNewEa().setTypeface(THEME_EAST_ASIAN_FACE);
    }
    if (tags.complex() && !properties.isSetCs()) {
      properties.addNewCs().setTypeface(THEME_COMPLEX_SCRIPT_FACE);
    }
  }
}
