package org.paperdeck.pptx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.namespace.QName;
import org.apache.poi.ooxml.POIXMLTypeLoader;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.xmlbeans.XmlOptions;
import org.junit.jupiter.api.Test;
import org.paperdeck.OoxmlValidation;
import org.paperdeck.diagnostics.Diagnostic;
import org.paperdeck.plan.PlanParser;

/**
 * Slides finished on a thread of their own while the next ones are made: the same deck, byte
 * for byte, every time, with every slide's text mended and tagged.
 */
class SlideFinisherTest {
  /** Forty papers in two languages, with links, on a theme whose text reads only once mended. */
  private static String plan() {
    StringBuilder plan = new StringBuilder("<deck lang=\"en-US\">");
    for (int i = 1; i <= 40; i++) {
      plan.append("<slide role=\"paper\"><title>Paper ").append(i).append("</title><body>")
          .append("<p>Read at <a href=\"https://example.org/").append(i)
          .append("\">the paper's page</a>.</p><p>中文摘要 ").append(i).append("。</p>")
          .append("</body><notes><p>Say ").append(i).append(".</p></notes></slide>");
    }
    return plan.append("</deck>").toString();
  }

  private static DeckWriter.Result write(byte[] theme) {
    return new DeckWriter().write(PlanParser.parse(plan(), "deck.ftlx").plan(), theme,
        "theme.pptx", "deck.ftlx");
  }

  /** Each entry of a zip, by name, as text (hex for anything not XML). */
  private static Map<String, String> entries(byte[] zip) throws IOException {
    Map<String, String> entries = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        byte[] bytes = in.readAllBytes();
        entries.put(entry.getName(), entry.getName().endsWith("ml") || entry.getName().endsWith(
            ".rels") ? new String(bytes, StandardCharsets.UTF_8) : HexFormat.of().formatHex(bytes));
      }
    }
    return entries;
  }

  @Test
  void theDeckIsTheSameBytesEveryTimeAndEverySlideIsFinished() throws IOException {
    byte[] theme = LabThemes.pictureWithLightText();
    DeckWriter.Result first = write(theme);
    assertTrue(first.ok(), first.diagnostics().toString());
    for (int run = 2; run <= 4; run++) {
      DeckWriter.Result again = write(theme);
      // The zip's own dates are the time of writing (the build stamps them later): its entries.
      assertEquals(entries(first.pptx()), entries(again.pptx()), "run " + run);
      assertEquals(first.diagnostics().stream().map(Diagnostic::message).toList(),
          again.diagnostics().stream().map(Diagnostic::message).toList());
    }
    OoxmlValidation.assertValid(first.pptx(), "the deck");
    try (XMLSlideShow show = DeckWriterTest.read(first)) {
      List<XSLFSlide> slides = show.getSlides();
      assertEquals(40, slides.size());
      for (XSLFSlide slide : slides) {
        String xml = slide.getXmlObject().xmlText();
        assertTrue(xml.contains("lang=\"zh-CN\""), "slide " + slide.getSlideNumber() + " tagged");
        assertTrue(xml.contains("schemeClr val=\"dk"), "slide " + slide.getSlideNumber()
            + ": its light text mended to a dark scheme colour on the pale photograph");
      }
    }
  }

  /** Saved through a writer, the slide's part holds what POI's own save would have written. */
  @Test
  void aSlideIsSavedAsPoiWouldSaveIt() throws IOException {
    try (XMLSlideShow show = new XMLSlideShow()) {
      XSLFSlide slide = show.createSlide();
      var box = slide.createTextBox();
      box.setText("Tom & Jerry <3 \"quotes\" 中文 Ελληνικά العربية \uD83D\uDE00 \u00A0end");
      box.addNewTextParagraph().addNewTextRun().setText("a second paragraph");
      XmlOptions options = new XmlOptions(POIXMLTypeLoader.DEFAULT_XML_OPTIONS);
      options.setSaveSyntheticDocumentElement(new QName(
          "http://schemas.openxmlformats.org/presentationml/2006/main", "sld"));
      ByteArrayOutputStream byPoi = new ByteArrayOutputStream();
      slide.getXmlObject().save(byPoi, options);

      SlideFinisher.save(slide);
      byte[] saved;
      try (var in = slide.getPackagePart().getInputStream()) {
        saved = in.readAllBytes();
      }
      assertEquals(byPoi.toString(StandardCharsets.UTF_8), new String(saved, StandardCharsets.UTF_8));
      assertArrayEquals(byPoi.toByteArray(), saved, "the same bytes");
    }
  }
}
