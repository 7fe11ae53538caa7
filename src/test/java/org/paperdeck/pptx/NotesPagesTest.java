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
}
