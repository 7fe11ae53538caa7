package org.paperdeck.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperdeck.api.Format;
import org.paperdeck.api.Paperdeck;

/**
 * The slides drawn in-process: each picture is the slide's size at the resolution asked for,
 * the title's text is drawn where the title's box is, and after an edit the slide that changed
 * shows the change while the others stay as they were.
 */
class SlideImagesTest {
  private static final String NOTES = """
      ---
      title: Pictures of slides
      ---

      # Methods

      ## %s
      Authors: Ada Lovelace
      Link: https://example.org/paper

      A summary of the paper.

      ## An unchanging second paper
      Authors: Charles Babbage

      Another summary.
      """;

  @TempDir
  static Path dir;

  private static Paperdeck paperdeck;

  @BeforeAll
  static void configure() throws IOException {
    paperdeck = Paperdeck.builder().formats(Format.PPTX).build();
  }

  @Test
  void eachPictureIsTheSlideSizeAtTheResolution() throws IOException {
    byte[] pptx = deck("A first paper");
    List<SlideImages.SlideImage> at96 = new SlideImages().atDpi(pptx, 96);
    List<SlideImages.SlideImage> at150 = new SlideImages().atDpi(pptx, 150);
    try (XMLSlideShow show = new XMLSlideShow(new ByteArrayInputStream(pptx))) {
      assertEquals(show.getSlides().size(), at96.size());
      double widthInches = show.getPageSize().getWidth() / 72;
      double heightInches = show.getPageSize().getHeight() / 72;
      for (int i = 0; i < at96.size(); i++) {
        BufferedImage image = png(at96.get(i).png());
        assertEquals(Math.round(widthInches * 96), image.getWidth());
        assertEquals(Math.round(heightInches * 96), image.getHeight());
        assertEquals(Math.round(widthInches * 150), png(at150.get(i).png()).getWidth());
        assertEquals(i + 1, at96.get(i).number());
      }
    }
  }

  @Test
  void theTitleIsDrawnInsideItsBoxAndNothingIsDrawnBesideIt() throws IOException {
    byte[] pptx = deck("Attention is all you need");
    int paperSlide = 4; // title, agenda, section, then the paper
    BufferedImage image = png(new SlideImages().atDpi(pptx, 96).get(paperSlide - 1).png());
    Rectangle2D title;
    try (XMLSlideShow show = new XMLSlideShow(new ByteArrayInputStream(pptx))) {
      var slide = show.getSlides().get(paperSlide - 1);
      assertEquals("Attention is all you need", slide.getTitle());
      title = slide.getShapes().stream().filter(s -> s instanceof XSLFTextShape t
              && "Attention is all you need".equals(t.getText()))
          .map(XSLFShape::getAnchor).findFirst().orElseThrow();
    }
    double scale = 96 / 72.0;
    int x0 = (int) (title.getMinX() * scale);
    int y0 = (int) (title.getMinY() * scale);
    int x1 = (int) (title.getMaxX() * scale);
    int y1 = (int) (title.getMaxY() * scale);
    long inked = countDifferent(image, x0, y0, x1, y1, image.getRGB(x0 + 1, y0 + 1));
    // A line of title text covers a good share of its box's pixels with ink.
    assertTrue(inked > (x1 - x0) * (y1 - y0) / 50, "title pixels: " + inked);
    // The same box's height just above the title is the slide's plain background.
    int above = Math.max(0, y0 - (y1 - y0));
    assertTrue(countDifferent(image, x0, above, x1, y0 - 2, image.getRGB(x0 + 1, above + 1))
        < (x1 - x0), "ink above the title");
  }

  @Test
  void anEditRedrawsTheSlideItChangedAndLeavesTheOthersAlone() throws IOException {
    SlideImages pictures = new SlideImages();
    List<SlideImages.SlideImage> before = pictures.atDpi(deck("A first title"), 96);
    List<SlideImages.SlideImage> after = pictures.atDpi(deck("A different title"), 96);
    assertEquals(before.size(), after.size());
    // The slides that show the paper's title changed; the rest are the same pictures.
    List<Integer> showing = new java.util.ArrayList<>();
    try (XMLSlideShow show = new XMLSlideShow(new ByteArrayInputStream(deck("A different title")))) {
      for (var slide : show.getSlides()) {
        if (slide.getShapes().stream().anyMatch(shape -> shape instanceof XSLFTextShape t
            && t.getText().contains("A different title"))) {
          showing.add(slide.getSlideNumber());
        }
      }
    }
    assertFalse(showing.isEmpty());
    List<Integer> changed = new java.util.ArrayList<>();
    for (int i = 0; i < before.size(); i++) {
      if (!Arrays.equals(before.get(i).png(), after.get(i).png())) {
        changed.add(i + 1);
      }
    }
    assertEquals(showing, changed);
    assertTrue(changed.size() < before.size(), "only some slides changed: " + changed);
    assertEquals("A different title", after.get(3).title());
    // Drawn afresh by a drawer that never saw the first deck: the same pictures.
    List<SlideImages.SlideImage> fresh = new SlideImages().atDpi(deck("A different title"), 96);
    for (int i = 0; i < fresh.size(); i++) {
      assertArrayEquals(fresh.get(i).png(), after.get(i).png(), "slide " + (i + 1));
    }
  }

  static byte[] deck(String paperTitle) throws IOException {
    Path notes = dir.resolve("talk.md");
    Files.writeString(notes, NOTES.formatted(paperTitle));
    var result = paperdeck.build(notes);
    assertTrue(result.ok(), result.diagnostics().toString());
    return result.output(Format.PPTX).orElseThrow();
  }

  private static BufferedImage png(byte[] bytes) throws IOException {
    return ImageIO.read(new ByteArrayInputStream(bytes));
  }

  /** Pixels in the rectangle whose colour is clearly not {@code background}. */
  private static long countDifferent(BufferedImage image, int x0, int y0, int x1, int y1,
      int background) {
    long count = 0;
    for (int y = Math.max(0, y0); y < Math.min(image.getHeight(), y1); y++) {
      for (int x = Math.max(0, x0); x < Math.min(image.getWidth(), x1); x++) {
        int rgb = image.getRGB(x, y);
        int diff = Math.abs(((rgb >> 16) & 255) - ((background >> 16) & 255))
            + Math.abs(((rgb >> 8) & 255) - ((background >> 8) & 255))
            + Math.abs((rgb & 255) - (background & 255));
        if (diff > 96) {
          count++;
        }
      }
    }
    return count;
  }
}
