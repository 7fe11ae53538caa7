package org.paperdeck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import javax.imageio.ImageIO;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The largest pictures docs/format.md allows build within the memory the {@code paperdeck}
 * launcher gives Java: a talk with four figures of 49 million pixels each (two noisy PNGs of about
 * 100 MB, two JPEGs), generated here, built through the launcher with its heap cap, shows all four
 * on its slides.
 */
class LargePicturesIT {
  private static final int SIDE = 7000;
  /** Each figure's colour, so that the slides show which figure is which. */
  private static final int[][] COLOURS = {{200, 40, 40}, {40, 200, 40}, {40, 40, 200}, {200, 200, 40}};
  private static final String[] NAMES = {"one.png", "two.jpg", "three.png", "four.jpg"};

  @TempDir
  Path dir;

  @Test
  void fourFiguresOf49MegapixelsBuildUnderTheLaunchersHeapCap() throws Exception {
    for (int i = 0; i < NAMES.length; i++) {
      Path file = dir.resolve(NAMES[i]);
      if (NAMES[i].endsWith(".png")) {
        writeNoisyPng(file, COLOURS[i], i);
      } else {
        writeNoisyJpeg(file, COLOURS[i], i);
      }
    }
    Path notes = Files.writeString(dir.resolve("talk.md"), """
        ---
        title: Large figures
        ---

        # Figures

        ## Paper one
        Image: one.png

        The first paper.

        ![A figure of the first paper](two.jpg)

        ## Paper two
        Image: three.png

        The second paper.

        ![A figure of the second paper](four.jpg)
        """);
    Path out = Files.createDirectories(dir.resolve("out"));
    Process build = new ProcessBuilder("bash", Path.of("paperdeck").toAbsolutePath().toString(),
        "build", notes.toString(), "-o", out.toString())
        .redirectErrorStream(true).start();
    String said = new String(build.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(build.waitFor(20, TimeUnit.MINUTES), said);
    assertEquals(0, build.exitValue(), said);
    assertFalse(said.contains("out of memory") || said.contains("internal error"), said);
    assertTrue(said.contains("talk.md:7:1: warning: image one.png (7000×7000 pixels) is stored"
        + " in the deck as a copy of "), said);
    assertTrue(Files.size(out.resolve("talk.pdf")) > 0);

    List<int[]> shown = new ArrayList<>();
    try (XMLSlideShow deck = new XMLSlideShow(Files.newInputStream(out.resolve("talk.pptx")))) {
      for (XSLFSlide slide : deck.getSlides()) {
        for (XSLFShape shape : slide.getShapes()) {
          if (shape instanceof XSLFPictureShape picture) {
            BufferedImage image = ImageIO.read(
                new ByteArrayInputStream(picture.getPictureData().getData()));
            assertTrue((long) image.getWidth() * image.getHeight() < 16_000_000L,
                "a copy, not the 49-million-pixel file");
            shown.add(meanColour(image));
          }
        }
      }
    }
    for (int[] colour : COLOURS) {
      assertTrue(shown.stream().anyMatch(mean -> close(mean, colour)),
          "a figure of colour " + java.util.Arrays.toString(colour) + " is on a slide; shown: "
              + shown.stream().map(java.util.Arrays::toString).toList());
    }
  }

  private static boolean close(int[] mean, int[] colour) {
    for (int c = 0; c < 3; c++) {
      if (Math.abs(mean[c] - colour[c]) > 12) {
        return false;
      }
    }
    return true;
  }

  private static int[] meanColour(BufferedImage image) {
    long[] sums = new long[3];
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y);
        sums[0] += (rgb >> 16) & 0xFF;
        sums[1] += (rgb >> 8) & 0xFF;
        sums[2] += rgb & 0xFF;
      }
    }
    long n = (long) image.getWidth() * image.getHeight();
    return new int[] {(int) (sums[0] / n), (int) (sums[1] / n), (int) (sums[2] / n)};
  }

  /** A colour with noise on it: photographs compress about this badly. */
  private static int noisy(int value, Random random) {
    return Math.max(0, Math.min(255, value + random.nextInt(41) - 20));
  }

  /**
   * A PNG written row by row (ImageIO would need the whole 200 MiB raster in memory first): the
   * signature, a header, the rows deflated into one data chunk, the end.
   */
  private static void writeNoisyPng(Path file, int[] colour, long seed) throws IOException {
    Random random = new Random(seed);
    ByteArrayOutputStream header = new ByteArrayOutputStream();
    DataOutputStream h = new DataOutputStream(header);
    h.writeInt(SIDE);
    h.writeInt(SIDE);
    h.write(new byte[] {8, 2, 0, 0, 0}); // 8-bit RGB, deflate, no filter method, no interlace
    Path rows = Files.createTempFile(file.getParent(), "rows", ".z");
    try (OutputStream z = new DeflaterOutputStream(
        new BufferedOutputStream(Files.newOutputStream(rows)), new Deflater(1))) {
      byte[] row = new byte[1 + 3 * SIDE];
      for (int y = 0; y < SIDE; y++) {
        for (int x = 0; x < SIDE; x++) {
          for (int c = 0; c < 3; c++) {
            row[1 + 3 * x + c] = (byte) noisy(colour[c], random);
          }
        }
        z.write(row);
      }
    }
    try (DataOutputStream png = new DataOutputStream(
        new BufferedOutputStream(Files.newOutputStream(file)))) {
      png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
      chunk(png, "IHDR", header.toByteArray());
      chunk(png, "IDAT", Files.readAllBytes(rows));
      chunk(png, "IEND", new byte[0]);
    }
    Files.delete(rows);
  }

  private static void chunk(DataOutputStream out, String type, byte[] data) throws IOException {
    byte[] name = type.getBytes(StandardCharsets.US_ASCII);
    out.writeInt(data.length);
    out.write(name);
    out.write(data);
    CRC32 crc = new CRC32();
    crc.update(name);
    crc.update(data);
    out.writeInt((int) crc.getValue());
  }

  private static void writeNoisyJpeg(Path file, int[] colour, long seed) throws IOException {
    Random random = new Random(seed);
    BufferedImage image = new BufferedImage(SIDE, SIDE, BufferedImage.TYPE_3BYTE_BGR);
    for (int y = 0; y < SIDE; y++) {
      for (int x = 0; x < SIDE; x++) {
        image.setRGB(x, y, noisy(colour[0], random) << 16 | noisy(colour[1], random) << 8
            | noisy(colour[2], random));
      }
    }
    ImageIO.write(image, "jpeg", file.toFile());
  }
}
