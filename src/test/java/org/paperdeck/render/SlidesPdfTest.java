package org.paperdeck.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperdeck.api.Format;
import org.paperdeck.api.Paperdeck;

/**
 * The deck as a PDF: a page per slide at the slide's size, the slides' text as text a reader can
 * select and search, and the paper's link clickable.
 */
class SlidesPdfTest {
  @TempDir
  static Path dir;

  @BeforeAll
  static void configure() throws IOException {
    SlideImagesTest.dir = dir;
    SlideImagesTest.configure();
  }

  @Test
  void onePagePerSlideAtTheSlidesSizeWithItsTextAndLinks() throws IOException {
    byte[] pptx = SlideImagesTest.deck("Selectable slide text");
    byte[] pdf = SlidesPdf.write(pptx, "Pictures of slides");
    PdfReader reader = new PdfReader(pdf);
    try (XMLSlideShow show = new XMLSlideShow(new ByteArrayInputStream(pptx))) {
      assertEquals(show.getSlides().size(), reader.getNumberOfPages());
      for (int page = 1; page <= reader.getNumberOfPages(); page++) {
        assertEquals(show.getPageSize().getWidth(), reader.getPageSize(page).getWidth(), 0.5);
        assertEquals(show.getPageSize().getHeight(), reader.getPageSize(page).getHeight(), 0.5);
      }
      PdfTextExtractor text = new PdfTextExtractor(reader);
      String paperPage = text.getTextFromPage(4);
      assertTrue(paperPage.contains("Selectable slide text"), paperPage);
      assertTrue(paperPage.contains("Ada Lovelace"), paperPage);
      assertTrue(links(reader, 4).contains("https://example.org/paper"), links(reader, 4).toString());
    }
    assertEquals("Pictures of slides", reader.getInfo().get("Title"));
  }

  private static List<String> links(PdfReader reader, int page) {
    List<String> links = new ArrayList<>();
    PdfArray annotations = reader.getPageN(page).getAsArray(PdfName.ANNOTS);
    if (annotations == null) {
      return links;
    }
    for (int i = 0; i < annotations.size(); i++) {
      PdfDictionary annotation = annotations.getAsDict(i);
      PdfDictionary action = annotation == null ? null : annotation.getAsDict(PdfName.A);
      if (action != null && action.getAsString(PdfName.URI) != null) {
        links.add(action.getAsString(PdfName.URI).toUnicodeString());
      }
    }
    return links;
  }
}
