package org.paperdeck.pptx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.paperdeck.plan.DeckPlan;

/**
 * The theme a reading opened and made its slides in, then handed to the deck: the deck made in
 * it is the deck a theme opened afresh gives, byte for byte, on the built-in theme and on themes
 * of other shapes. The reading finishes opening the theme (its notes master, its sample slides
 * dropped) after it has read the layouts; a fresh theme is opened whole first.
 */
class ThemeReaderTest {
  private static final AtomicInteger COPIES = new AtomicInteger();
  private static DeckPlan example;

  @BeforeAll
  static void planTheExampleOnce() {
    example = ExamplePlan.read();
  }

  @Test
  void theDeckMadeInTheThemeTheReadingOpenedIsTheDeckAFreshThemeGives() throws IOException {
    Map<String, byte[]> themes = new LinkedHashMap<>();
    themes.put("built-in", Files.readAllBytes(DeckWriterTest.THEME));
    themes.put("dark", LabThemes.dark());
    themes.put("4:3", LabThemes.fourThree());
    themes.put("figure", LabThemes.figure());
    // Made by LibreOffice: a sample slide and no notes master, which the reading makes after
    // it has read the layouts and a fresh theme before.
    themes.put("LibreOffice 4:3", Files.readAllBytes(
        Path.of("src/test/resources/golden/iclr-libreoffice-4x3/theme.pptx")));
    themes.put("lab", Files.readAllBytes(
        Path.of("src/test/resources/org/paperdeck/cli/semester/lab-theme/lab.pptx")));
    for (Map.Entry<String, byte[]> theme : themes.entrySet()) {
      // A copy no other test has read, so that this test's warm-up is the reading.
      byte[] bytes = unread(theme.getValue());
      DeckWriter.warmUp(bytes);
      DeckWriter.Result inTheReadingsTheme = write(bytes);
      DeckWriter.Result inAFreshTheme = write(bytes);
      assertEquals(inAFreshTheme.diagnostics(), inTheReadingsTheme.diagnostics(), theme.getKey());
      assertTrue(inAFreshTheme.ok(), theme.getKey() + ": " + inAFreshTheme.diagnostics());
      // Read without the schema check: LibreOffice's own masters break the schemas in places.
      try (XMLSlideShow show = new XMLSlideShow(
          new ByteArrayInputStream(inTheReadingsTheme.pptx()))) {
        assertEquals(inTheReadingsTheme.slideCount(), show.getSlides().size(), theme.getKey()
            + ": the slides the reading made on each layout are gone again");
      }
      assertArrayEquals(inAFreshTheme.pptx(), inTheReadingsTheme.pptx(), theme.getKey());
    }
  }

  private static DeckWriter.Result write(byte[] theme) {
    return new DeckWriter().write(example, theme, "theme.pptx", "deck.ftlx");
  }

  /** The same theme in a zip with a comment of its own: other bytes, the same parts. */
  private static byte[] unread(byte[] theme) throws IOException {
    ByteArrayOutputStream copy = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(theme));
        ZipOutputStream out = new ZipOutputStream(copy)) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        out.putNextEntry(new ZipEntry(entry.getName()));
        in.transferTo(out);
        out.closeEntry();
      }
      out.setComment("ThemeReaderTest copy " + COPIES.incrementAndGet());
    }
    return copy.toByteArray();
  }
}
