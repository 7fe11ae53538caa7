package org.paperdeck;

import java.awt.geom.Rectangle2D;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.paperdeck.layout.Contrast;

/**
 * A PDF as a reader sees it: each page's size, the box of every word (poppler's
 * {@code pdftotext -bbox}) and its pixels ({@code pdftoppm}), in points from the top left.
 */
final class RenderedPages {
  /**
   * Pixels per inch: enough that the strokes of 12 pt text show their full colour, so what is
   * measured is the ink's contrast, not the blur of a coarse picture (at 50 the number of a
   * slide measures 2.6:1 where its colours give 3.4:1; at 100 it measures 3.4:1).
   */
  static final int DPI = 100;
  private static final Pattern WORD = Pattern.compile(
      "<word xMin=\"([\\d.-]+)\" yMin=\"([\\d.-]+)\" xMax=\"([\\d.-]+)\" yMax=\"([\\d.-]+)\">"
          + "([^<]*)</word>");
  private static final Pattern PAGE = Pattern.compile(
      "<page width=\"([\\d.]+)\" height=\"([\\d.]+)\">");

  record Word(String text, Rectangle2D box) {}

  /** A page: its size in points, its words, and its pixels. */
  record Page(double width, double height, List<Word> words, Pixels pixels) {}

  /** A page's pixels, {@link #DPI} an inch, as 8-bit sRGB triples by row. */
  record Pixels(int width, int height, byte[] rgb) {
    /** The WCAG relative luminance of one pixel. */
    double at(int x, int y) {
      int i = 3 * (y * width + x);
      return 0.2126 * LINEAR[rgb[i] & 0xff] + 0.7152 * LINEAR[rgb[i + 1] & 0xff]
          + 0.0722 * LINEAR[rgb[i + 2] & 0xff];
    }
  }

  /** Each 8-bit channel value as linear light, as WCAG's luminance takes it. */
  private static final double[] LINEAR = new double[256];

  static {
    for (int v = 0; v < 256; v++) {
      double c = v / 255.0;
      LINEAR[v] = c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
  }

  /** What is done with each page, in order, from 1. */
  interface PageCheck {
    void check(int number, Page page) throws IOException;
  }

  private RenderedPages() {}

  /**
   * Reads the pages of {@code pdf} one at a time (a page's pixels are a few megabytes), using
   * {@code scratch} for the page pictures; returns the number of pages.
   */
  static int forEach(Path pdf, Path scratch, PageCheck check)
      throws IOException, InterruptedException {
    Files.createDirectories(scratch);
    // PPM rather than PNG: poppler writes it ten times faster, and it is trivial to read.
    Tools.run(scratch, List.of("pdftoppm", "-r", String.valueOf(DPI), pdf.toString(),
        scratch.resolve("p").toString()));
    String boxes = Tools.run(scratch, List.of("pdftotext", "-bbox", pdf.toString(), "-"));
    List<Path> pictures;
    try (Stream<Path> files = Files.list(scratch)) {
      pictures = files.filter(p -> p.toString().endsWith(".ppm")).sorted().toList();
    }
    String[] byPage = boxes.split("<page ");
    for (int i = 1; i < byPage.length && i <= pictures.size(); i++) {
      Matcher size = PAGE.matcher("<page " + byPage[i]);
      if (!size.find()) {
        throw new IOException("pdftotext gave a page without a size");
      }
      List<Word> words = new ArrayList<>();
      Matcher word = WORD.matcher(byPage[i]);
      while (word.find()) {
        double x0 = Double.parseDouble(word.group(1));
        double y0 = Double.parseDouble(word.group(2));
        words.add(new Word(word.group(5), new Rectangle2D.Double(x0, y0,
            Double.parseDouble(word.group(3)) - x0, Double.parseDouble(word.group(4)) - y0)));
      }
      Path picture = pictures.get(i - 1);
      check.check(i, new Page(Double.parseDouble(size.group(1)),
          Double.parseDouble(size.group(2)), words, ppm(picture)));
      Files.delete(picture);
    }
    return byPage.length - 1;
  }

  /** A binary PPM (P6, 8 bits a channel). */
  private static Pixels ppm(Path file) throws IOException {
    try (InputStream raw = Files.newInputStream(file);
        DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(raw))) {
      String magic = token(in);
      int width = Integer.parseInt(token(in));
      int height = Integer.parseInt(token(in));
      int max = Integer.parseInt(token(in));
      if (!magic.equals("P6") || max != 255) {
        throw new IOException(file + " is not an 8-bit colour PPM");
      }
      byte[] rgb = new byte[width * height * 3];
      in.readFully(rgb);
      return new Pixels(width, height, rgb);
    }
  }

  /** The next header token; the single white space after the last one ends the header. */
  private static String token(DataInputStream in) throws IOException {
    StringBuilder token = new StringBuilder();
    int c;
    while ((c = in.read()) != -1) {
      if (Character.isWhitespace(c)) {
        if (token.length() > 0) {
          break;
        }
      } else {
        token.append((char) c);
      }
    }
    return token.toString();
  }

  /**
   * How a word's pixels stand out: the most common lightness in its box (what lies behind it)
   * against the lightness farthest from that (the strokes of its letters), as a WCAG ratio.
   */
  static double contrast(Pixels image, Rectangle2D word) {
    double s = DPI / 72.0;
    int x0 = Math.max(0, (int) Math.floor(word.getX() * s));
    int y0 = Math.max(0, (int) Math.floor(word.getY() * s));
    int x1 = Math.min(image.width(), (int) Math.ceil(word.getMaxX() * s));
    int y1 = Math.min(image.height(), (int) Math.ceil(word.getMaxY() * s));
    int buckets = 64;
    int[] counts = new int[buckets];
    for (int y = y0; y < y1; y++) {
      for (int x = x0; x < x1; x++) {
        counts[Math.min(buckets - 1, (int) (image.at(x, y) * buckets))]++;
      }
    }
    int top = 0;
    for (int b = 1; b < buckets; b++) {
      top = counts[b] > counts[top] ? b : top;
    }
    if (counts[top] == 0) {
      return 21;
    }
    // The background: the mean of the pixels in the most common bucket, not its middle.
    double sum = 0;
    double farthest = -1;
    for (int y = y0; y < y1; y++) {
      for (int x = x0; x < x1; x++) {
        double l = image.at(x, y);
        if (Math.min(buckets - 1, (int) (l * buckets)) == top) {
          sum += l;
        }
      }
    }
    double background = sum / counts[top];
    farthest = background;
    for (int y = y0; y < y1; y++) {
      for (int x = x0; x < x1; x++) {
        double l = image.at(x, y);
        farthest = Math.abs(l - background) > Math.abs(farthest - background) ? l : farthest;
      }
    }
    return Contrast.ratio(background, farthest);
  }
}
