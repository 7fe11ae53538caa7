package org.paperdeck.layout;

import java.awt.font.FontRenderContext;
import java.awt.font.LineBreakMeasurer;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.text.AttributedString;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.paperdeck.plan.Run;

/**
 * Measures how tall text is when wrapped to a width, with java.awt font metrics of the fonts
 * the theme names (see {@link MeasureFonts} for which faces stand in for which). Code runs are
 * "Liberation Mono", which is metric-compatible with Courier New.
 */
public final class TextMeasure {
  /** The font family written for code runs. */
  public static final String MONO_FAMILY = MeasureFonts.MONO_FAMILY;

  private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

  /** A paragraph measured at one size in one width: what a remembered height depends on. */
  private record Key(Flow.Para para, double size, double width, MeasureFonts fonts) {}

  /**
   * Heights already measured. Fitting asks about the same paragraphs many times: the QR code's
   * two candidate boxes and then the chosen one, every longer head of the body when keeping
   * what fits, every page when continuing; a paragraph's height depends only on the key.
   */
  private static final Map<Key, Double> HEIGHTS = bounded();

  /** A paragraph's lines measured once (see {@link MeasuredLine}); a null line needs shaping. */
  private record Prepared(Flow.Para para, MeasureFonts fonts) {}

  private static final Map<Prepared, List<MeasuredLine>> PREPARED = bounded();

  /**
   * A cache that drops its least recently used entry past 4,096, so a long watch session or a
   * huge talk cannot grow it without limit. Callers synchronise on it.
   */
  private static <K, V> Map<K, V> bounded() {
    return new LinkedHashMap<>(1024, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return size() > 4096;
      }
    };
  }

  private TextMeasure() {}

  private static List<MeasuredLine> measured(Flow.Para p, List<List<Run>> lines,
      MeasureFonts fonts) {
    Prepared key = new Prepared(p, fonts);
    synchronized (PREPARED) {
      List<MeasuredLine> known = PREPARED.get(key);
      if (known != null) {
        return known;
      }
    }
    List<MeasuredLine> measured = new ArrayList<>();
    for (List<Run> line : lines) {
      measured.add(MeasuredLine.of(p, line, fonts, FRC));
    }
    synchronized (PREPARED) {
      PREPARED.put(key, measured);
    }
    return measured;
  }

  /** The height of {@code paras} in Liberation Sans, the default theme's font. */
  public static double height(List<Flow.Para> paras, double base, double width) {
    return height(paras, base, width, MeasureFonts.SANS);
  }

  /** The height of {@code paras} with the body at {@code base} pt in a text area this wide. */
  public static double height(List<Flow.Para> paras, double base, double width,
      MeasureFonts fonts) {
    return height(paras, base, width, fonts, Flow.MIN_SIZE);
  }

  /** As {@link #height(List, double, double, MeasureFonts)}, on a slide whose floor is {@code floor}. */
  public static double height(List<Flow.Para> paras, double base, double width,
      MeasureFonts fonts, double floor) {
    double total = 0;
    for (int i = 0; i < paras.size(); i++) {
      Flow.Para p = paras.get(i);
      total += Flow.spaceBefore(p, base, i == 0);
      double size = Flow.size(p, base, floor);
      double lineWidth = Math.max(1, width - Flow.leftMargin(p, size));
      Key key = new Key(p, size, lineWidth, fonts);
      Double known;
      synchronized (HEIGHTS) {
        known = HEIGHTS.get(key);
      }
      if (known == null) {
        known = 0.0;
        List<List<Run>> lines = splitAtBreaks(p.runs());
        List<MeasuredLine> measured = measured(p, lines, fonts);
        for (int line = 0; line < lines.size(); line++) {
          MeasuredLine m = measured.get(line);
          known += m != null ? m.height(size, lineWidth)
              : wrappedHeight(p, lines.get(line), size, lineWidth, fonts);
        }
        synchronized (HEIGHTS) {
          HEIGHTS.put(key, known);
        }
      }
      total += known;
    }
    return total;
  }

  /**
   * The height of one run of lines between hard breaks, wrapped at word boundaries by
   * java.awt's line breaker: for text that needs shaping, and as the measure the faster
   * {@link MeasuredLine} is tested against.
   */
  static double wrappedHeight(Flow.Para p, List<Run> runs, double size, double width,
      MeasureFonts fonts) {
    StringBuilder text = new StringBuilder();
    runs.forEach(run -> text.append(run.text()));
    if (text.length() == 0) {
      TextLayout empty = new TextLayout(" ", fonts.face(false, false).deriveFont((float) size), FRC);
      return lineHeight(empty);
    }
    AttributedString attributed = new AttributedString(text.toString());
    int at = 0;
    for (Run run : runs) {
      int end = at + run.text().length();
      if (end > at) {
        attributed.addAttribute(TextAttribute.FONT, fonts.font(p, run, size), at, end);
      }
      at = end;
    }
    LineBreakMeasurer measurer = new LineBreakMeasurer(attributed.getIterator(), FRC);
    double height = 0;
    while (measurer.getPosition() < text.length()) {
      height += lineHeight(measurer.nextLayout((float) width));
    }
    return height;
  }

  /** Line height at 100 % spacing, which is what the writer writes. */
  private static double lineHeight(TextLayout layout) {
    return layout.getAscent() + layout.getDescent() + layout.getLeading();
  }

  static List<List<Run>> splitAtBreaks(List<Run> runs) {
    List<List<Run>> lines = new ArrayList<>();
    List<Run> line = new ArrayList<>();
    for (Run run : runs) {
      if (run.isBreak()) {
        lines.add(line);
        line = new ArrayList<>();
      } else {
        line.add(run);
      }
    }
    lines.add(line);
    return lines;
  }

  /**
   * The width of the paragraph's longest line (between hard breaks) set on one line at
   * {@code size}: what a table column needs so the text does not wrap.
   */
  static double width(Flow.Para p, double size, MeasureFonts fonts) {
    double widest = 0;
    for (List<Run> line : splitAtBreaks(p.runs())) {
      StringBuilder text = new StringBuilder();
      line.forEach(run -> text.append(run.text()));
      if (text.toString().isBlank()) {
        continue;
      }
      AttributedString attributed = new AttributedString(text.toString());
      int at = 0;
      for (Run run : line) {
        int end = at + run.text().length();
        if (end > at) {
          attributed.addAttribute(TextAttribute.FONT, fonts.font(p, run, size), at, end);
        }
        at = end;
      }
      widest = Math.max(widest, new TextLayout(attributed.getIterator(), FRC).getAdvance());
    }
    return widest;
  }
}
