package org.paperdeck.pptx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.junit.jupiter.api.Test;
import org.paperdeck.OoxmlValidation;

/** Notes pages PowerPoint opens without asking to repair them, and the check that sees it. */
class NotesPagesTest {
  private static byte[] deckWithNotes(boolean ours) throws IOException {
    try (XMLSlideShow show = new XMLSlideShow()) {
      XSLFSlide slide = show.createSlide();
      if (ours) {
        new SlideParts(show).notes(slide);
      } else {
        show.getNotesSlide(slide);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      show.write(out);
      return out.toByteArray();
    }
  }

  @Test
  void poisOwnNotesPageBreaksTheSchemaAndTheCheckSaysWhere() throws IOException {
    List<String> problems = OoxmlValidation.problems(deckWithNotes(false));
    assertTrue(!problems.isEmpty() && problems.get(0).startsWith("/ppt/notesSlides/notesSlide1.xml: "),
        problems.toString());
  }

  @Test
  void ourNotesPageIsValidAndKeepsItsPageNumberField() throws IOException {
    byte[] deck = deckWithNotes(true);
    assertEquals(List.of(), OoxmlValidation.problems(deck));
    try (XMLSlideShow show = new XMLSlideShow(new java.io.ByteArrayInputStream(deck))) {
      String xml = show.getSlides().get(0).getNotes().getXmlObject().xmlText();
      assertTrue(xml.contains("type=\"slidenum\""), xml);
    }
  }

  @Test
  void eachSlideGetsANotesPageOfItsOwnWithItsOwnText() throws IOException {
    byte[] deck;
    try (XMLSlideShow show = new XMLSlideShow()) {
      SlideParts parts = new SlideParts(show);
      for (int i = 1; i <= 3; i++) {
        XSLFSlide slide = parts.slide(show.getSlideMasters().get(0).getSlideLayouts()[0]);
        for (var shape : parts.notes(slide).getPlaceholders()) {
          if (shape.getPlaceholder() == org.apache.poi.sl.usermodel.Placeholder.BODY) {
            shape.setText("notes of slide " + i);
          }
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      show.write(out);
      deck = out.toByteArray();
    }
    assertEquals(List.of(), OoxmlValidation.problems(deck));
    try (XMLSlideShow show = new XMLSlideShow(new java.io.ByteArrayInputStream(deck))) {
      for (int i = 1; i <= 3; i++) {
        var page = show.getSlides().get(i - 1).getNotes();
        String text = page.getTextParagraphs().stream().flatMap(List::stream)
            .map(p -> p.getText()).filter(t -> t.startsWith("notes")).findFirst().orElse("");
        assertEquals("notes of slide " + i, text);
        assertTrue(page.getXmlObject().xmlText().contains("type=\"slidenum\""));
      }
    }
  }
}
