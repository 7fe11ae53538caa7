package org.paperdeck.layout;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.font.LineMetrics;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.paperdeck.plan.Run;

/**
 * The text between two hard breaks of a paragraph, measured once so that its wrapped height can
 * be worked out for any type size and width without measuring again.
 *
 * <p>Fitting asks for the height of the same text at up to five sizes in two or three widths
 * (the QR code's candidate boxes), and line breaking with {@code LineBreakMeasurer} for each is
 * most of a large deck's cost. With fractional metrics, a glyph's advance is its advance at one
 * size scaled to another, and without kerning or ligatures (none are asked for) a line's width
 * is the sum of its characters' advances. So each character's advance is taken once, at a
 * reference size, from one glyph vector per run, and lines are broken here by the rule
 * {@code LineBreakMeasurer} follows: fill the line with whole characters, then back up to the
 * last break opportunity; whitespace at the end of a line hangs past it; a word longer than the
 * line is cut where it stops fitting.
 *
 * <p>Scripts whose glyphs are shaped from several characters, or reordered (Arabic, Hebrew,
 * Indic and South-East Asian scripts), do not map one character to one glyph; text with any of
 * them, or with characters outside the Basic Multilingual Plane, is measured the old way.
 */
final class MeasuredLine {
  /** Advances are taken at this size and scaled; large enough that rounding does not show. */
  private static final float REFERENCE = 100f;

  private final int length;
  /** {@code start[i]}: the advance of the first {@code i} characters at the reference size. */
  private final double[] start;
  /** Each character's face, an index into {@link #metrics}. */
  private final byte[] face;
  /** Per face at the reference size: ascent, descent, leading. */
  private final float[][] metrics;
  /** Where a line may break, ascending, ending with {@link #length}. */
  private final int[] breaks;
  private final boolean[] whitespace;

  private MeasuredLine(int length, double[] start, byte[] face, float[][] metrics, int[] breaks,
      boolean[] whitespace) {
    this.length = length;
    this.start = start;
    this.face = face;
    this.metrics = metrics;
    this.breaks = breaks;
    this.whitespace = whitespace;
  }

  /**
   * The runs of one hard-broken line of {@code p}, measured; {@code null} when its text needs
   * shaping (see the class comment) and so cannot be measured this way.
   */
  static MeasuredLine of(Flow.Para p, List<Run> runs, MeasureFonts fonts, FontRenderContext frc) {
    StringBuilder text = new StringBuilder();
    runs.forEach(run -> text.append(run.text()));
    int length = text.length();
    for (int i = 0; i < length; i++) {
      if (needsShaping(text.charAt(i))) {
        return null;
      }
    }
    double[] start = new double[length + 1];
    byte[] face = new byte[length];
    List<Font> faces = new ArrayList<>();
    List<float[]> metrics = new ArrayList<>();
    int at = 0;
    for (Run run : runs) {
      String piece = run.text();
      if (piece.isEmpty()) {
        continue;
      }
      Font font = fonts.font(p, run, REFERENCE);
      int index = faces.indexOf(font);
      if (index < 0) {
        index = faces.size();
        faces.add(font);
        LineMetrics line = font.getLineMetrics(piece, frc);
        metrics.add(new float[] {line.getAscent(), line.getDescent(), line.getLeading()});
      }
      GlyphVector glyphs = font.createGlyphVector(frc, piece);
      if (glyphs.getNumGlyphs() != piece.length()) {
        return null;
      }
      double origin = glyphs.getGlyphPosition(0).getX();
      double shift = 0;
      for (int i = 0; i < piece.length(); i++) {
        char c = piece.charAt(i);
        if (EastAsianWidth.isWide(c) && !font.canDisplay(c)) {
          // The measuring face has no glyph (Chinese, Japanese, Korean): the face PowerPoint
          // or LibreOffice sets it in draws it one em wide, not as the narrow missing-glyph box.
          double box = glyphs.getGlyphPosition(i + 1).getX() - glyphs.getGlyphPosition(i).getX();
          shift += REFERENCE - box;
        }
        start[at + i + 1] = start[at] + glyphs.getGlyphPosition(i + 1).getX() - origin + shift;
        face[at + i] = (byte) index;
      }
      at += piece.length();
    }
    if (faces.isEmpty()) {
      // An empty line is as tall as a space in the paragraph's plain face.
      Font plain = fonts.face(false, false).deriveFont(REFERENCE);
      LineMetrics line = plain.getLineMetrics(" ", frc);
      metrics.add(new float[] {line.getAscent(), line.getDescent(), line.getLeading()});
    }
    BreakIterator lineBreaks = BreakIterator.getLineInstance();
    lineBreaks.setText(text.toString());
    List<Integer> found = new ArrayList<>();
    for (int b = lineBreaks.next(); b != BreakIterator.DONE; b = lineBreaks.next()) {
      found.add(b);
    }
    boolean[] whitespace = new boolean[length];
    for (int i = 0; i < length; i++) {
      whitespace[i] = Character.isWhitespace(text.charAt(i));
    }
    return new MeasuredLine(length, start, face, metrics.toArray(float[][]::new),
        found.stream().mapToInt(Integer::intValue).toArray(), whitespace);
  }

  /** Characters that need a shaping engine, or are half of a pair. */
  private static boolean needsShaping(char c) {
    return (c >= 0x0590 && c <= 0x1CFF) || (c >= 0xA800 && c <= 0xABFF)
        || (c >= 0xFB1D && c <= 0xFEFF) || Character.isSurrogate(c) || (c >= 0x200B && c <= 0x200F);
  }

  /** The height of the wrapped lines at {@code size} pt in {@code width} pt. */
  double height(double size, double width) {
    double scale = size / REFERENCE;
    // The widths are compared at the reference size, where the advances were taken.
    double room = width / scale;
    if (length == 0) {
      return lineHeight(0, 0) * scale;
    }
    double height = 0;
    int pos = 0;
    while (pos < length) {
      int end = nextOffset(pos, room);
      height += lineHeight(pos, end);
      pos = end;
    }
    return height * scale;
  }

  /** Where the line from {@code pos} ends, as {@code LineBreakMeasurer.nextLayout} has it. */
  private int nextOffset(int pos, double room) {
    int overflow = firstNotFitting(pos, room);
    if (overflow == length) {
      return length;
    }
    if (whitespace[overflow]) {
      return following(overflow);
    }
    int previous = preceding(overflow + 1);
    return previous > pos ? previous : Math.max(pos + 1, overflow);
  }

  /** The first character, from {@code pos}, whose end lies beyond {@code room}; else the end. */
  private int firstNotFitting(int pos, double room) {
    double limit = start[pos] + room;
    int low = pos;
    int high = length;
    // The smallest i >= pos with start[i + 1] > limit; start is ascending.
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (start[mid + 1] > limit) {
        high = mid;
      } else {
        low = mid + 1;
      }
    }
    return low;
  }

  /** The first break opportunity after {@code offset}. */
  private int following(int offset) {
    int i = Arrays.binarySearch(breaks, offset);
    int next = i >= 0 ? i + 1 : -i - 1;
    return next < breaks.length ? breaks[next] : length;
  }

  /** The last break opportunity before {@code offset}, or 0. */
  private int preceding(int offset) {
    int i = Arrays.binarySearch(breaks, offset);
    int previous = (i >= 0 ? i : -i - 1) - 1;
    return previous >= 0 ? breaks[previous] : 0;
  }

  /**
   * The height of a line holding characters {@code from} to {@code to}, at the reference size,
   * as a {@code TextLayout} of several faces has it: the highest ascent, plus the deepest
   * descent-and-leading.
   */
  private double lineHeight(int from, int to) {
    if (from == to) {
      float[] m = metrics[0];
      return m[0] + m[1] + m[2];
    }
    if (metrics.length == 1) {
      // One face (most paragraphs): every character's metrics are these; no need to visit them.
      float[] m = metrics[0];
      return Math.max(0f, m[0]) + Math.max(0f, m[1] + m[2]);
    }
    float ascent = 0;
    float below = 0;
    for (int i = from; i < to; i++) {
      float[] m = metrics[face[i]];
      ascent = Math.max(ascent, m[0]);
      below = Math.max(below, m[1] + m[2]);
    }
    return ascent + below;
  }
}
