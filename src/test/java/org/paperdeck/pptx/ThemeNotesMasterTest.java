package org.paperdeck.pptx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.util.Units;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFNotes;
import org.apache.poi.xslf.usermodel.XSLFNotesMaster;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.Test;
import org.paperdeck.OoxmlValidation;
import org.paperdeck.plan.PlanParser;

/**
 * Speaker notes need a notes master, which the deck makes when the theme has none; the theme
 * part it makes for it must not take the name of one the file already has.
 */
class ThemeNotesMasterTest {
  private static final String PLAN = "<deck><slide role=\"paper\"><title>A paper</title>"
      + "<body><p>Text</p></body><notes><p>Say this.</p></notes></slide></deck>";
  private static final String HANDOUT = "ppt/handoutMasters/handoutMaster1.xml";

  @Test
  void aThemeWithAHandoutMasterButNoNotesMasterGetsNotesPages() throws IOException {
    byte[] theme = HostileThemes.defaultTheme();
    byte[] withHandout = HostileThemes.edit(theme, (name, part) -> switch (name) {
      case "[Content_Types].xml" -> HostileThemes.replace(part, "</Types>",
          "<Override PartName=\"/" + HANDOUT + "\" ContentType=\"application/vnd.openxmlformats-"
              + "officedocument.presentationml.handoutMaster+xml\"/><Override PartName=\"/ppt/"
              + "theme/theme2.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
              + "theme+xml\"/></Types>");
      case "ppt/presentation.xml" -> HostileThemes.replace(part, "</p:sldMasterIdLst>",
          "</p:sldMasterIdLst><p:handoutMasterIdLst><p:handoutMasterId r:id=\"rId90\"/>"
              + "</p:handoutMasterIdLst>");
      case "ppt/_rels/presentation.xml.rels" -> HostileThemes.replace(part, "</Relationships>",
          "<Relationship Id=\"rId90\" Type=\"" + REL + "handoutMaster\" Target=\"handoutMasters/"
              + "handoutMaster1.xml\"/></Relationships>");
      default -> part;
    }, Map.of(
        HANDOUT, HostileThemes.bytes("<?xml version=\"1.0\" encoding=\"UTF-8\"?><p:handoutMaster"
            + " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" xmlns:p="
            + "\"http://schemas.openxmlformats.org/presentationml/2006/main\"><p:cSld><p:spTree>"
            + "<p:nvGrpSpPr><p:cNvPr id=\"1\" name=\"\"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>"
            + "<p:grpSpPr/></p:spTree></p:cSld><p:clrMap bg1=\"lt1\" tx1=\"dk1\" bg2=\"lt2\""
            + " tx2=\"dk2\" accent1=\"accent1\" accent2=\"accent2\" accent3=\"accent3\" accent4="
            + "\"accent4\" accent5=\"accent5\" accent6=\"accent6\" hlink=\"hlink\" folHlink="
            + "\"folHlink\"/></p:handoutMaster>"),
        "ppt/handoutMasters/_rels/handoutMaster1.xml.rels", HostileThemes.bytes("<?xml version="
            + "\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats."
            + "org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"" + REL
            + "theme\" Target=\"../theme/theme2.xml\"/></Relationships>"),
        "ppt/theme/theme2.xml", themePart(theme)));
    DeckWriter.Result result = new DeckWriter().write(
        PlanParser.parse(PLAN, "deck.ftlx").plan(), withHandout, "theme.pptx", "deck.ftlx");
    assertTrue(result.ok(), result.diagnostics().toString());
    OoxmlValidation.assertValid(result.pptx(), "the deck");
    try (XMLSlideShow deck = new XMLSlideShow(new ByteArrayInputStream(result.pptx()))) {
      assertEquals("Say this.", notesText(deck));
    }
  }

  private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/"
      + "relationships/";

  private static byte[] themePart(byte[] theme) {
    byte[][] found = new byte[1][];
    HostileThemes.edit(theme, (name, part) -> {
      if (name.equals("ppt/theme/theme1.xml")) {
        found[0] = part;
      }
      return part;
    });
    return found[0];
  }

  private static String notesText(XMLSlideShow deck) {
    StringBuilder text = new StringBuilder();
    for (XSLFShape shape : deck.getSlides().get(0).getNotes().getShapes()) {
      if (shape instanceof XSLFTextShape box && box.getText().contains("Say")) {
        text.append(box.getText().strip());
      }
    }
    return text.toString();
  }

  @Test
  void aNotesMasterWithoutANotesPlaceholderGetsOneOfOursAndTheUserIsTold() throws IOException {
    ByteArrayOutputStream made = new ByteArrayOutputStream();
    try (XMLSlideShow show = new XMLSlideShow(new ByteArrayInputStream(
        HostileThemes.defaultTheme()))) {
      show.createSlide(); // POI makes a notes master only for a deck with a slide
      show.createNotesMaster();
      XSLFNotesMaster master = show.getNotesMaster();
      for (XSLFShape shape : List.copyOf(master.getShapes())) {
        if (shape instanceof XSLFTextShape box && box.getPlaceholder() == Placeholder.BODY) {
          master.removeShape(shape);
        }
      }
      show.removeSlide(0);
      show.write(made);
    }
    DeckWriter.Result result = new DeckWriter().write(
        PlanParser.parse(PLAN, "deck.ftlx").plan(), made.toByteArray(), "theme.pptx",
        "deck.ftlx");
    assertTrue(result.ok(), result.diagnostics().toString());
    assertTrue(result.diagnostics().stream().anyMatch(d -> d.message().startsWith(
        "the theme's notes master has no notes placeholder")), result.diagnostics().toString());
    OoxmlValidation.assertValid(result.pptx(), "the deck");
    try (XMLSlideShow deck = new XMLSlideShow(new ByteArrayInputStream(result.pptx()))) {
      XSLFNotes page = deck.getSlides().get(0).getNotes();
      XSLFTextShape body = page.getPlaceholder(Placeholder.BODY) instanceof XSLFTextShape box
          ? box : null;
      assertTrue(body != null, "the notes page has a notes placeholder");
      assertEquals("Say this.", body.getText().strip());
      double pageHeight = Units.toPoints(deck.getCTPresentation().getNotesSz().getCy());
      assertTrue(body.getAnchor().getY() >= pageHeight / 2
          && body.getAnchor().getMaxY() <= pageHeight, "below the slide, on the page");
    }
  }
}
