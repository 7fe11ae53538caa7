package org.paperdeck.pptx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.junit.jupiter.api.Test;
import org.paperdeck.plan.PlanParser;

/**
 * Speaker notes pages and pictures are written straight into the deck's zip, outside POI's
 * package: the zip is still the one POI writes when its package holds them, entry for entry,
 * and every slide keeps its notes.
 */
class OutsidePartTest {
  /** Twelve papers and more, so that the pages' numbers sort as numbers, not as text. */
  private static final int PAPERS = 23;

  private static String plan() {
    StringBuilder plan = new StringBuilder("<deck lang=\"en-US\">");
    for (int i = 1; i <= PAPERS; i++) {
      plan.append("<slide role=\"paper\"><title>Paper ").append(i).append("</title><body>")
          .append("<p>Read at <a href=\"https://example.org/").append(i)
          .append("?a=1&amp;b=2\">the paper's page</a>.</p></body>")
          .append("<qr href=\"https://example.org/qr/").append(i).append("\"/>")
          .append("<notes><p>Say ").append(i)
          .append(" & mean it.</p><p>中文 ").append(i).append("</p></notes></slide>");
    }
    return plan.append("</deck>").toString().replace(" & ", " &amp; ");
  }

  /** Each entry of a zip in its order, by name: XML as text, anything else in hex. */
  private static Map<String, String> entries(byte[] zip) throws IOException {
    Map<String, String> entries = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        byte[] bytes = in.readAllBytes();
        String name = entry.getName();
        entries.put(name, name.endsWith(".xml") || name.endsWith(".rels")
            ? new String(bytes, StandardCharsets.UTF_8) : HexFormat.of().formatHex(bytes));
      }
    }
    return entries;
  }

  @Test
  void theDeckIsTheZipPoiWritesWithTheNotesPagesInItsPackage() throws Exception {
    DeckWriter.Result written = new DeckWriter().write(
        PlanParser.parse(plan(), "deck.ftlx").plan(), Files.readAllBytes(DeckWriterTest.THEME),
        "theme.pptx", "deck.ftlx");
    // Read back as a package of parts only, which then holds every notes page, and saved by
    // POI: its order of entries, its list of content types, its relationships.
    ByteArrayOutputStream poi = new ByteArrayOutputStream();
    try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(written.pptx()))) {
      pkg.save(poi);
    }
    Map<String, String> ours = entries(written.pptx());
    Map<String, String> expected = entries(poi.toByteArray());
    assertEquals(PAPERS, ours.keySet().stream()
        .filter(name -> name.matches("ppt/notesSlides/notesSlide\\d+\\.xml")).count());
    assertEquals(PAPERS, ours.keySet().stream()
        .filter(name -> name.matches("ppt/media/picture\\d+\\.png")).count(), "QR codes");
    assertEquals(expected.keySet().stream().toList(), ours.keySet().stream().toList(),
        "entries in POI's order");
    expected.forEach((name, content) -> assertEquals(content, ours.get(name), name));

    try (XMLSlideShow show = DeckWriterTest.read(written)) {
      int number = 0;
      for (XSLFSlide slide : show.getSlides()) {
        if (slide.getTitle() != null && slide.getTitle().startsWith("Paper ")) {
          number++;
          String notes = slide.getNotes().getTextParagraphs().toString();
          assertTrue(notes.contains("Say " + number + " & mean it."), slide.getTitle() + notes);
        }
      }
      assertEquals(PAPERS, number);
    }
  }
}
