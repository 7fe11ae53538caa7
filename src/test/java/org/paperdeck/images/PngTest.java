package org.paperdeck.images;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PngTest {
  /** A slide-like picture: a gradient, antialiased text and a patch of noise. */
  private static BufferedImage drawn(int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING,
        RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setPaint(new GradientPaint(0, 0, new Color(0x1F3A5F), width, height, Color.WHITE));
    g.fillRect(0, 0, width, height);
    g.setColor(new Color(0xE8A33D));
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.max(8, height / 4)));
    g.drawString("Reading group", 3, height / 2);
    g.dispose();
    Random noise = new Random(7);
    for (int y = 0; y < height / 3; y++) {
      for (int x = 0; x < width / 3; x++) {
        image.setRGB(x, y, noise.nextInt(1 << 24));
      }
    }
    return image;
  }

  private static void assertSamePixels(BufferedImage expected, byte[] png) throws IOException {
    BufferedImage read = ImageIO.read(new ByteArrayInputStream(png));
    assertEquals(expected.getWidth(), read.getWidth());
    assertEquals(expected.getHeight(), read.getHeight());
    for (int y = 0; y < expected.getHeight(); y++) {
      for (int x = 0; x < expected.getWidth(); x++) {
        assertEquals(expected.getRGB(x, y), read.getRGB(x, y), "pixel " + x + "," + y);
      }
    }
  }

  @Test
  void aColourPictureReadsBackPixelForPixel() throws IOException {
    // Heights below, at and across the rows read at a time, and a slide's size.
    for (int[] size : new int[][] {{1, 1}, {37, 16}, {53, 23}, {960, 540}}) {
      BufferedImage image = drawn(size[0], size[1]);
      assertSamePixels(image, Png.rgb(image, 3));
    }
  }

  @Test
  void aPartOfALargerPictureIsWrittenAsThatPart() throws IOException {
    BufferedImage part = drawn(200, 120).getSubimage(30, 20, 90, 50);
    assertSamePixels(part, Png.rgb(part, 3));
  }

  @Test
  void aPictureComesOutLittleLargerThanImageIoMakesIt() throws IOException {
    BufferedImage image = drawn(960, 540);
    ByteArrayOutputStream imageIo = new ByteArrayOutputStream();
    ImageIO.write(image, "png", imageIo);
    // Noise covers a ninth of this picture, far more than a slide has, and ImageIO filters its
    // rows, which noise favours; still no more than a tenth larger.
    int ours = Png.rgb(image, 3).length;
    assertTrue(ours < imageIo.size() * 1.1, ours + " bytes against ImageIO's " + imageIo.size());
  }

  @Test
  void onlyOpaqueRgbPicturesAreTaken() {
    assertThrows(IllegalArgumentException.class,
        () -> Png.rgb(new BufferedImage(4, 4, BufferedImage.TYPE_INT_ARGB), 3));
  }

  @Test
  void aOneBitPictureReadsBackBlackAndWhite() throws IOException {
    // Two rows of 10 pixels, 2 bytes each after the filter byte: a checker, 1 for white.
    byte[] scanlines = {0, (byte) 0b1010_1010, (byte) 0b1000_0000,
        0, (byte) 0b0101_0101, (byte) 0b0100_0000};
    BufferedImage read = ImageIO.read(new ByteArrayInputStream(Png.gray1(10, 2, scanlines)));
    for (int y = 0; y < 2; y++) {
      for (int x = 0; x < 10; x++) {
        int expected = (x + y) % 2 == 0 ? 0xFFFFFFFF : 0xFF000000;
        assertEquals(expected, read.getRGB(x, y), "pixel " + x + "," + y);
      }
    }
  }

  @Test
  void theRowsDrawnAreTheRowsTheirFileStores() throws IOException {
    BufferedImage image = drawn(53, 23);
    Png.StoredRows rows = Png.rgbRows(image, 6);
    // The file holds exactly these rows, which decode to the picture.
    byte[] file = Png.file(rows);
    assertSamePixels(image, file);
    Png.StoredRows read = Png.storedRows(file).orElseThrow();
    assertEquals(List.of(53, 23, 3), List.of(read.width(), read.height(), read.components()));
    assertArrayEquals(rows.deflated(), read.deflated());
  }

  @Test
  void theStoredRowsOfAnOpaquePngAreItsUnfilteredPixels() throws IOException {
    BufferedImage image = drawn(53, 23);
    Png.StoredRows rows = Png.storedRows(Png.rgb(image, 6)).orElseThrow();
    assertEquals(53, rows.width());
    assertEquals(23, rows.height());
    assertEquals(3, rows.components());
    byte[] inflated = new java.util.zip.InflaterInputStream(
        new ByteArrayInputStream(rows.deflated())).readAllBytes();
    assertEquals(23 * (1 + 53 * 3), inflated.length);
    int at = 0;
    for (int y = 0; y < 23; y++) {
      assertEquals(0, inflated[at++], "row " + y + " is unfiltered");
      for (int x = 0; x < 53; x++) {
        int rgb = (inflated[at] & 0xFF) << 16 | (inflated[at + 1] & 0xFF) << 8
            | inflated[at + 2] & 0xFF;
        at += 3;
        assertEquals(image.getRGB(x, y) & 0xFFFFFF, rgb, "pixel " + x + "," + y);
      }
    }
  }

  @Test
  void onlyOpaqueEightBitGreyOrRgbPngsHaveRowsAPdfCanKeep() throws IOException {
    BufferedImage grey = new BufferedImage(20, 10, BufferedImage.TYPE_BYTE_GRAY);
    assertEquals(1, Png.storedRows(imageIo(grey)).orElseThrow().components());
    // ImageIO filters its rows: they are kept too, since a PDF's predictors undo any filter.
    assertEquals(3, Png.storedRows(imageIo(drawn(20, 10))).orElseThrow().components());
    assertTrue(Png.storedRows(imageIo(new BufferedImage(20, 10, BufferedImage.TYPE_INT_ARGB)))
        .isEmpty(), "an alpha channel");
    assertTrue(Png.storedRows(imageIo(new BufferedImage(20, 10, BufferedImage.TYPE_BYTE_BINARY)))
        .isEmpty(), "one bit a pixel");
    assertTrue(Png.storedRows(imageIo(new BufferedImage(20, 10, BufferedImage.TYPE_USHORT_GRAY)))
        .isEmpty(), "16 bits a sample");
    byte[] whole = Png.rgb(drawn(20, 10), 3);
    assertTrue(Png.storedRows(java.util.Arrays.copyOf(whole, whole.length - 12)).isEmpty(),
        "no end");
    assertTrue(Png.storedRows(new byte[] {1, 2, 3}).isEmpty(), "not a PNG");
  }

  @Test
  void aPngWhoseRowsDoNotInflateWholeHasNoRowsToKeep() throws IOException {
    byte[] png = Png.rgb(drawn(40, 30), 6);
    int idat = indexOf(png, "IDAT"); // where its data starts, after its length and its name
    int length = java.nio.ByteBuffer.wrap(png).getInt(idat - 8);
    byte[] damaged = png.clone();
    damaged[idat + length / 2] ^= 0x5A; // a byte in the middle of the deflated rows
    assertTrue(Png.storedRows(damaged).isEmpty(), "damaged rows");
    byte[] taller = png.clone();
    java.nio.ByteBuffer.wrap(taller).putInt(indexOf(png, "IHDR") + 4, 31); // one row more
    assertTrue(Png.storedRows(taller).isEmpty(), "a header claiming more rows than stored");
    assertTrue(Png.storedRows(png).isPresent(), "the undamaged picture");
  }

  /** Where the bytes after the first {@code text} in {@code bytes} start. */
  private static int indexOf(byte[] bytes, String text) {
    byte[] wanted = text.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    for (int i = 0; i + wanted.length <= bytes.length; i++) {
      if (java.util.Arrays.equals(bytes, i, i + wanted.length, wanted, 0, wanted.length)) {
        return i + wanted.length;
      }
    }
    throw new AssertionError(text + " not found");
  }

  private static byte[] imageIo(BufferedImage image) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }
}
