package org.paperdeck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.paperdeck.cli.CliTest.paperdeck;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperdeck.cli.CliTest.Outcome;

/**
 * A picture of more than 16 million pixels is held as a copy at the size a slide or a page can
 * show (220 pixels per inch), the same way up, and a warning says so at the notes' line; the
 * file itself is never decoded whole (docs/format.md, "Pictures").
 */
class LargePicturesTest {
  private static final int WIDTH = 4200;
  private static final int HEIGHT = 4000;

  @TempDir
  Path dir;
  private Path notes;

  /** A 16.8-million-pixel figure: red top left, green top right, blue bottom left, white. */
  @BeforeEach
  void talkWithALargeFigure() throws IOException {
    BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.RED);
    g.fillRect(0, 0, WIDTH / 2, HEIGHT / 2);
    g.setColor(Color.GREEN);
    g.fillRect(WIDTH / 2, 0, WIDTH / 2, HEIGHT / 2);
    g.setColor(Color.BLUE);
    g.fillRect(0, HEIGHT / 2, WIDTH / 2, HEIGHT / 2);
    g.setColor(Color.WHITE);
    g.fillRect(WIDTH / 2, HEIGHT / 2, WIDTH / 2, HEIGHT / 2);
    g.dispose();
    ImageIO.write(image, "png", dir.resolve("big.png").toFile());
    notes = Files.writeString(dir.resolve("talk.md"),
        "# Figures\n\n## A paper\nImage: big.png\n\nThe paper's summary.\n");
  }

  @Test
  void theDeckStoresACopyAt220PixelsPerInchOnTheSlideAndSaysSo() throws IOException {
    Outcome run = paperdeck("build", notes.toString(), "--formats", "pptx");
    assertEquals(0, run.code(), run.err());
    assertTrue(run.err().contains(notes + ":3:1: warning: image big.png (4200×4000 pixels) is"
        + " stored in the deck as a copy of "), run.err());
    List<BufferedImage> pictures = new java.util.ArrayList<>();
    try (XMLSlideShow deck = new XMLSlideShow(Files.newInputStream(dir.resolve("talk.pptx")))) {
      for (XSLFSlide slide : deck.getSlides()) {
        for (XSLFShape shape : slide.getShapes()) {
          if (shape instanceof XSLFPictureShape picture) {
            pictures.add(ImageIO.read(new ByteArrayInputStream(picture.getPictureData().getData())));
          }
        }
      }
    }
    assertEquals(1, pictures.size());
    // A 16:9 slide, 13.33 × 7.5 inches, is 1,650 pixels high at 220 per inch.
    assertEquals(1650, pictures.get(0).getHeight());
    assertEquals(1733, pictures.get(0).getWidth());
    assertQuadrants(pictures.get(0));
  }

  @Test
  void theHtmlHandoutCarriesACopyLaidOutAtThePicturesOwnSize() throws IOException {
    Outcome run = paperdeck("build", notes.toString(), "--formats", "html");
    assertEquals(0, run.code(), run.err());
    assertTrue(run.err().contains(": warning: image " + dir.resolve("big.png") + " (4200×4000"
        + " pixels) is held in the handout as a copy of "), run.err());
    String html = Files.readString(dir.resolve("talk.html"), StandardCharsets.UTF_8);
    Matcher img = Pattern.compile("<img[^>]*src=\"data:image/png;base64,([^\"]+)\"[^>]*>")
        .matcher(html);
    assertTrue(img.find(), html.length() + " characters without the picture");
    assertTrue(img.group().contains("width=\"4200\"") && img.group().contains("height=\"4000\""),
        "laid out as the file would be");
    BufferedImage copy = ImageIO.read(new ByteArrayInputStream(
        Base64.getDecoder().decode(img.group(1))));
    // Letter is 8.5 inches wide, A4 11.69 high: 1,870 × 2,572 pixels at 220 per inch.
    assertEquals(1870, copy.getWidth());
    assertQuadrants(copy);
  }

  @Test
  void thePdfHandoutIsMadeFromACopyAndSaysSo() throws IOException {
    Outcome run = paperdeck("build", notes.toString(), "--formats", "pdf");
    assertEquals(0, run.code(), run.err());
    assertTrue(run.err().contains(": warning: image " + dir.resolve("big.png") + " (4200×4000"
        + " pixels) is held in the handout as a copy of 1870×1781, 220 pixels per inch on a whole"
        + " page"), run.err());
    assertTrue(Files.size(dir.resolve("talk.pdf")) > 0);
  }

  private static void assertQuadrants(BufferedImage image) {
    int w = image.getWidth();
    int h = image.getHeight();
    assertEquals(Color.RED.getRGB(), image.getRGB(w / 4, h / 4) | 0xFF000000);
    assertEquals(Color.GREEN.getRGB(), image.getRGB(3 * w / 4, h / 4) | 0xFF000000);
    assertEquals(Color.BLUE.getRGB(), image.getRGB(w / 4, 3 * h / 4) | 0xFF000000);
    assertEquals(Color.WHITE.getRGB(), image.getRGB(3 * w / 4, 3 * h / 4) | 0xFF000000);
  }
}
