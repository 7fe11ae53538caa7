package org.paperdeck;

import java.awt.geom.Rectangle2D;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
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
  /**
   * The share of a word box's pixels at either end of its lightness that may be specks of the
   * picture behind it rather than ink: the strokes of even a short word in a light face cover
   * several times this much of its box.
   */
  static final double SPECKS = 0.02;
  /** The shades of lightness a word box's pixels are counted in. */
  private static final int SHADES = 64;
  /** How many shades either side count with one when finding the background. */
  private static final int NEIGHBOURS = 2;
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
   * How a word's pixels stand out: what lies behind it against its letters' strokes, as a WCAG
   * ratio. What lies behind is the most common lightness in the word's box, counted over a few
   * neighbouring shades: a picture or a gradient spreads its pixels over many, and dense
   * letters may outnumber any one of them. The strokes are the end of the box's lightness on
   * the side of that where the colours the word is set in lie ({@code inks}, WCAG luminances;
   * when they lie on both sides or are not known, the end farther from it), each end taken past
   * its {@link #SPECKS} of pixels: a picture's stars, grain or grid lines may be lighter than
   * dark letters are dark, and are no part of them.
   */
  static double contrast(Pixels image, Rectangle2D word, List<Double> inks) {
    double s = DPI / 72.0;
    int x0 = Math.max(0, (int) Math.floor(word.getX() * s));
    int y0 = Math.max(0, (int) Math.floor(word.getY() * s));
    int x1 = Math.min(image.width(), (int) Math.ceil(word.getMaxX() * s));
    int y1 = Math.min(image.height(), (int) Math.ceil(word.getMaxY() * s));
    if (x1 <= x0 || y1 <= y0) {
      return 21;
    }
    double[] lightness = new double[(x1 - x0) * (y1 - y0)];
    int[] counts = new int[SHADES];
    int n = 0;
    for (int y = y0; y < y1; y++) {
      for (int x = x0; x < x1; x++) {
        lightness[n] = image.at(x, y);
        counts[shade(lightness[n])]++;
        n++;
      }
    }
    int top = 0;
    int topCount = -1;
    for (int b = 0; b < SHADES; b++) {
      int around = 0;
      for (int near = Math.max(0, b - NEIGHBOURS); near <= Math.min(SHADES - 1, b + NEIGHBOURS);
          near++) {
        around += counts[near];
      }
      if (around > topCount) {
        top = b;
        topCount = around;
      }
    }
    double sum = 0;
    for (double l : lightness) {
      sum += Math.abs(shade(l) - top) <= NEIGHBOURS ? l : 0;
    }
    double background = sum / topCount;
    Arrays.sort(lightness);
    int skip = (int) Math.floor(SPECKS * (n - 1));
    double darkest = lightness[skip];
    double lightest = lightness[n - 1 - skip];
    boolean allDarker = !inks.isEmpty() && inks.stream().allMatch(ink -> ink < background);
    boolean allLighter = !inks.isEmpty() && inks.stream().allMatch(ink -> ink > background);
    double strokes = allDarker ? darkest : allLighter ? lightest
        : background - darkest >= lightest - background ? darkest : lightest;
    return Contrast.ratio(background, strokes);
  }

  private static int shade(double lightness) {
    return Math.min(SHADES - 1, (int) (lightness * SHADES));
  }
}
