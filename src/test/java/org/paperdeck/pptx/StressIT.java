package org.paperdeck.pptx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperdeck.OoxmlValidation;
import org.paperdeck.Tools;

/** {@link StressTest}'s deck, validated and opened in LibreOffice, which must show every slide. */
class StressIT {
  @TempDir
  static Path dir;

  static Path deck;

  @BeforeAll
  static void build() throws Exception {
    deck = StressTest.build(dir);
  }

  @Test
  void theDeckOpensCleanlyAndLibreOfficeShowsEverySlide() throws Exception {
    OoxmlValidation.assertValid(deck);
    int slides;
    try (InputStream in = Files.newInputStream(deck); XMLSlideShow show = new XMLSlideShow(in)) {
      slides = show.getSlides().size();
    }
    Path pdf = Tools.libreOfficePdf(deck, Files.createDirectories(dir.resolve("lo")));
    assertEquals(slides, Tools.pdfPages(pdf));
    String dump = System.getProperty("paperdeck.render");
    if (dump != null) {
      Files.createDirectories(Path.of(dump));
      Files.copy(deck, Path.of(dump, "stress.pptx"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      Files.copy(pdf, Path.of(dump, "stress.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
