package org.paperdeck.pptx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.junit.jupiter.api.Test;

class WrittenDeckTest {
  /**
   * A deck of more entries than POI's zip-bomb ceiling (1,000), as a talk of 150 papers or more
   * writes, is read whole: its report, its slide pictures and the slides handout need it.
   */
  @Test
  void aDeckOfMoreEntriesThanPoiAllowsIsReadWhole() throws IOException {
    byte[] pptx;
    try (XMLSlideShow show = new XMLSlideShow(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (int i = 0; i < 600; i++) {
        show.createSlide(); // a part and its links: 1,200 entries
      }
      show.write(out);
      pptx = out.toByteArray();
    }
    long before = ZipSecureFile.getMaxFileCount();
    ZipSecureFile.setMaxFileCount(1000); // POI's own, whatever an earlier test raised it to
    try (XMLSlideShow read = WrittenDeck.open(pptx)) {
      assertEquals(600, read.getSlides().size());
    } finally {
      ZipSecureFile.setMaxFileCount(before);
    }
  }
}
