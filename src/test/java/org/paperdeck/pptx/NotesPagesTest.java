package org.paperdeck.pptx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.namespace.QName;
import org.apache.poi.sl.usermodel.PictureData.PictureType;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFNotes;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.drawingml.x2006.main.CTRegularTextRun;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextCharacterProperties;
import org.paperdeck.OoxmlValidation;
import org.paperdeck.layout.Typeset;
import org.paperdeck.math.Script;

/**
 * Notes pages PowerPoint opens without asking to repair them, written as XML text that says what
 * POI's text objects would have said.
 */
class NotesPagesTest {
  private static Typeset.Piece piece(String text) {
    return new Typeset.Piece(text, false, 12, false, false, false, false, Script.NORMAL, false,
        null);
  }

  static Typeset.Para para(Typeset.Marker marker, int level, Typeset.Piece... pieces) {
    return new Typeset.Para(level, 12, marker == Typeset.Marker.NONE ? 0 : 18 + 18 * level,
        marker == Typeset.Marker.NONE ? 0 : -18, level == 0 ? 0 : 5, marker,
        marker == Typeset.Marker.BULLET ? "•" : null, marker == Typeset.Marker.NUMBER ? 3 : 0,
        List.of(pieces));
  }

  /** Paragraphs with every look a note can have: bold, code, scripts, lists, breaks, Chinese. */
  private static final List<Typeset.Para> NOTES = List.of(
      para(Typeset.Marker.NONE, 0, piece("Say this first, "),
          new Typeset.Piece("bold & <italic>", false, 12, true, true, false, false,
              Script.NORMAL, false, null),
          new Typeset.Piece("x", false, 12, false, false, false, false, Script.SUPERSCRIPT,
              false, null),
          new Typeset.Piece("code()", false, 12, false, false, true, true, Script.NORMAL, false,
              null),
          new Typeset.Piece(" x^2 ", false, 12, false, false, false, false, Script.NORMAL, false,
              null, "x^2", false)),
      para(Typeset.Marker.BULLET, 0, piece("作者用 BERT 模型做实验。")),
      para(Typeset.Marker.NUMBER, 1, piece("line one"),
          new Typeset.Piece("\n", true, 12, false, false, false, false, Script.NORMAL, false,
              null),
          piece("line two")),
      para(Typeset.Marker.NONE, 0, piece("بالعربية أولا then English")),
      para(Typeset.Marker.NONE, 0, new Typeset.Piece("A caption", false, 12, false, false, false,
          false, Script.NORMAL, true, null)));

  /** A deck of {@code count} slides, each with notes as the notes pages write them. */
  private static byte[] deck(int count, List<Typeset.Para> notes) throws IOException {
    try (XMLSlideShow show = new XMLSlideShow()) {
      SlideParts parts = new SlideParts(show);
      NotesPages pages = new NotesPages(show, parts, "en-US");
      for (int i = 1; i <= count; i++) {
        XSLFSlide slide = parts.slide(show.getSlideMasters().get(0).getSlideLayouts()[0]);
        List<Typeset.Para> own = new ArrayList<>(notes);
        own.add(para(Typeset.Marker.NONE, 0, piece("notes of slide " + i)));
        pages.write(slide, own);
      }
      return saved(show, pages);
    }
  }

  /** The deck saved as the deck writer saves it: every page but the first outside POI's package. */
  private static byte[] saved(XMLSlideShow show, NotesPages pages) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (DeflatingZip zip = new DeflatingZip(out, RelationshipsXml.takeFrom(show.getPackage()),
        pages.outside(), DeflatingZip.EARLIEST_TIME)) {
      show.write(zip);
    }
    return out.toByteArray();
  }

  /**
   * What a reader sees of the same paragraphs as POI's text objects and RunLanguages write them
   * into a text box, read from the saved deck (POI's objects do not see the runs cut in two).
   */
  private static List<String> throughPoi(List<Typeset.Para> paras) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (XMLSlideShow show = new XMLSlideShow()) {
      XSLFSlide slide = show.createSlide();
      TextWriter.write(slide.createTextBox(), paras);
      RunLanguages.tag(slide, "en-US");
      show.write(out);
    }
    try (XMLSlideShow show = new XMLSlideShow(new ByteArrayInputStream(out.toByteArray()))) {
      return seen((XSLFTextShape) show.getSlides().get(0).getShapes().get(0));
    }
  }

  private static XSLFTextShape notesBody(XSLFNotes page) {
    for (XSLFTextShape shape : page.getPlaceholders()) {
      if (shape.getPlaceholder() == Placeholder.BODY) {
        return shape;
      }
    }
    throw new AssertionError("no notes placeholder");
  }

  /** What a reader of each paragraph and run sees, one line each. */
  private static List<String> seen(XSLFTextShape shape) {
    List<String> lines = new ArrayList<>();
    for (XSLFTextParagraph p : shape.getTextParagraphs()) {
      var pPr = p.getXmlObject().getPPr();
      lines.add("p level=" + p.getIndentLevel() + " marL=" + p.getLeftMargin() + " indent="
          + p.getIndent() + " before=" + p.getSpaceBefore() + " after=" + p.getSpaceAfter()
          + " line=" + p.getLineSpacing() + " bullet=" + (pPr.isSetBuChar()
              ? pPr.getBuChar().getChar() : pPr.isSetBuAutoNum()
                  ? pPr.getBuAutoNum().getType() + "@" + pPr.getBuAutoNum().getStartAt() : "none")
          + " rtl=" + (pPr.isSetRtl() && pPr.getRtl()));
      for (XmlObject run : p.getXmlObject().selectPath("declare namespace mc='" + EquationRuns.MC
          + "' declare namespace a='" + ParagraphXml.DRAWINGML
          + "' ./mc:AlternateContent/mc:Fallback/a:r")) {
        try (XmlCursor cursor = run.newCursor()) {
          String text = cursor.getTextValue();
          cursor.toFirstChild(); // a:rPr
          lines.add("  equation's text '" + text + "' size=" + cursor.getAttributeText(
              new QName("sz")) + " baseline=" + cursor.getAttributeText(new QName("baseline"))
              + " lang=" + cursor.getAttributeText(new QName("lang")));
        }
      }
      for (XSLFTextRun run : p.getTextRuns()) {
        CTTextCharacterProperties rPr = run.getXmlObject() instanceof CTRegularTextRun r
            ? r.getRPr() : null;
        lines.add("  run '" + run.getRawText() + "' size=" + run.getFontSize() + " bold="
            + run.isBold() + " italic=" + run.isItalic() + " strike=" + run.isStrikethrough()
            + " super=" + run.isSuperscript() + " sub=" + run.isSubscript() + " lang="
            + (rPr == null ? null : rPr.getLang()) + " latin="
            + (rPr != null && rPr.isSetLatin() ? rPr.getLatin().getTypeface() : null) + " ea="
            + (rPr != null && rPr.isSetEa() ? rPr.getEa().getTypeface() : null) + " cs="
            + (rPr != null && rPr.isSetCs() ? rPr.getCs().getTypeface() : null) + " fill="
            + (rPr != null && rPr.isSetSolidFill()));
      }
    }
    return lines;
  }

  @Test
  void poisOwnNotesPageBreaksTheSchemaAndTheCheckSaysWhere() throws IOException {
    byte[] deck;
    try (XMLSlideShow show = new XMLSlideShow()) {
      show.getNotesSlide(show.createSlide());
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      show.write(out);
      deck = out.toByteArray();
    }
    List<String> problems = OoxmlValidation.problems(deck);
    assertTrue(!problems.isEmpty()
        && problems.get(0).startsWith("/ppt/notesSlides/notesSlide1.xml: "), problems.toString());
  }

  @Test
  void everyPageIsValidHasItsOwnTextAndKeepsItsPageNumberField() throws IOException {
    byte[] deck = deck(3, NOTES);
    assertEquals(List.of(), OoxmlValidation.problems(deck));
    try (XMLSlideShow show = new XMLSlideShow(new ByteArrayInputStream(deck))) {
      for (int i = 1; i <= 3; i++) {
        XSLFNotes page = show.getSlides().get(i - 1).getNotes();
        List<XSLFTextParagraph> paragraphs = notesBody(page).getTextParagraphs();
        assertEquals("notes of slide " + i, paragraphs.get(paragraphs.size() - 1).getText());
        assertTrue(page.getXmlObject().xmlText().contains("type=\"slidenum\""));
        assertEquals(show.getSlides().get(i - 1), page.getRelations().stream()
            .filter(XSLFSlide.class::isInstance).findFirst().orElseThrow(), "page " + i);
      }
    }
  }

  @Test
  void theTextSaysWhatPoisTextObjectsAndTheLanguageTagsWouldHaveSaid() throws IOException {
    List<String> expected = throughPoi(NOTES);
    try (XMLSlideShow show = new XMLSlideShow(new ByteArrayInputStream(deck(2, NOTES)))) {
      for (XSLFSlide slide : show.getSlides()) {
        List<String> seen = seen(notesBody(slide.getNotes()));
        // Each page ends with its own line ("notes of slide N").
        assertEquals(String.join("\n", expected),
            String.join("\n", seen.subList(0, seen.size() - 2)));
      }
    }
  }

  @Test
  void textXmlCannotHoldAsItIsIsEscapedOrReplacedAsXmlBeansWouldWriteIt() throws IOException {
    String text = "Text with a < and an & and a \u0001 control character";
    byte[] deck;
    try (XMLSlideShow show = new XMLSlideShow()) {
      SlideParts parts = new SlideParts(show);
      XSLFSlide slide = parts.slide(show.getSlideMasters().get(0).getSlideLayouts()[0]);
      new NotesPages(show, parts, null).write(slide,
          List.of(para(Typeset.Marker.NONE, 0, piece(text))));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      show.write(out);
      deck = out.toByteArray();
    }
    assertEquals(List.of(), OoxmlValidation.problems(deck));
    try (XMLSlideShow show = new XMLSlideShow(new ByteArrayInputStream(deck))) {
      assertEquals(text.replace('\u0001', '?'),
          notesBody(show.getSlides().get(0).getNotes()).getText());
    }
  }

  @Test
  void aNotesMasterThatGivesTheUsualPrefixToAnotherNamespaceStillGetsDrawingMlParagraphs()
      throws IOException {
    ByteArrayOutputStream made = new ByteArrayOutputStream();
    try (XMLSlideShow show = new XMLSlideShow()) {
      show.createSlide(); // POI makes a notes master only for a deck with a slide
      show.createNotesMaster();
      show.write(made);
    }
    // DrawingML under the prefix d, and a bound to a namespace of someone else's.
    byte[] theme = HostileThemes.edit(made.toByteArray(), (name, part) ->
        name.equals("ppt/notesMasters/notesMaster1.xml") ? HostileThemes.bytes(
            new String(part, StandardCharsets.UTF_8)
                .replace("xmlns:a=", "xmlns:d=").replace("<a:", "<d:").replace("</a:", "</d:")
                .replaceFirst("<p:notesMaster ", "<p:notesMaster xmlns:a=\"urn:example:other\" "))
            : part);
    byte[] deck;
    try (XMLSlideShow show = new XMLSlideShow(new ByteArrayInputStream(theme))) {
      SlideParts parts = new SlideParts(show);
      NotesPages pages = new NotesPages(show, parts, "en-US");
      for (int i = 1; i <= 2; i++) {
        pages.write(parts.slide(show.getSlideMasters().get(0).getSlideLayouts()[0]),
            List.of(para(Typeset.Marker.BULLET, 0, piece("point " + i))));
      }
      deck = saved(show, pages);
    }
    assertEquals(List.of(), OoxmlValidation.problems(deck));
    try (XMLSlideShow show = new XMLSlideShow(new ByteArrayInputStream(deck))) {
      for (int i = 1; i <= 2; i++) {
        assertEquals("point " + i, notesBody(show.getSlides().get(i).getNotes()).getText());
      }
    }
  }

  @Test
  void aPictureOnTheNotesMasterIsLinkedFromEveryPage() throws IOException {
    BufferedImage image =
        new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    ImageIO.write(image, "png", png);
    byte[] deck;
    try (XMLSlideShow show = new XMLSlideShow()) {
      SlideParts parts = new SlideParts(show);
      List<XSLFSlide> slides = new ArrayList<>();
      for (int i = 1; i <= 3; i++) {
        slides.add(parts.slide(show.getSlideMasters().get(0).getSlideLayouts()[0]));
      }
      show.createNotesMaster(); // POI makes a notes master only for a deck with a slide
      show.getNotesMaster().createPicture(show.addPicture(png.toByteArray(),
          PictureType.PNG));
      NotesPages pages = new NotesPages(show, parts, "en-US");
      for (int i = 1; i <= 3; i++) {
        pages.write(slides.get(i - 1), List.of(para(Typeset.Marker.NONE, 0, piece("page " + i))));
      }
      deck = saved(show, pages);
    }
    assertEquals(List.of(), OoxmlValidation.problems(deck));
    try (XMLSlideShow show = new XMLSlideShow(new ByteArrayInputStream(deck))) {
      for (XSLFSlide slide : show.getSlides()) {
        List<XSLFPictureShape> pictures = slide.getNotes()
            .getShapes().stream().filter(XSLFPictureShape.class::isInstance)
            .map(XSLFPictureShape.class::cast).toList();
        assertEquals(1, pictures.size());
        assertEquals(png.size(), pictures.get(0).getPictureData().getData().length,
            "the picture the page links to is the master's");
      }
    }
  }
}
