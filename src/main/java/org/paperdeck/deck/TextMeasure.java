package org.paperdeck.deck;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.awt.font.LineBreakMeasurer;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.AttributedString;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures how tall text is when wrapped to a width, with java.awt font metrics of the fonts
 * the default theme names. The theme's font is "Liberation Sans", which LibreOffice ships and
 * which is metric-compatible with Arial (same advance widths), so these measurements also hold
 * where PowerPoint substitutes Arial. Code is "Liberation Mono" (metric-compatible with Courier
 * New). The TTFs come from the openpdf-fonts-extra jar, loaded once per JVM.
 */
final class TextMeasure {
  /** The font family written for code runs. */
  static final String MONO_FAMILY = "Liberation Mono";

  private static final FontRenderContext FRC = new FontRenderContext(null, true, true);
  // [plain, bold, italic, bold italic] for sans, then mono.
  private static final Font[] SANS = load("LiberationSans");
  private static final Font[] MONO = load("LiberationMono");

  private TextMeasure() {}

  /** The height of {@code paras} with the body at {@code base} pt in a text area this wide. */
  static double height(List<Flow.Para> paras, double base, double width) {
    double total = 0;
    for (int i = 0; i < paras.size(); i++) {
      Flow.Para p = paras.get(i);
      total += Flow.spaceBefore(p, base, i == 0);
      double size = Flow.size(p, base);
      double lineWidth = Math.max(1, width - Flow.leftMargin(p, size));
      for (List<Run> line : splitAtBreaks(p.runs())) {
        total += wrappedHeight(p, line, size, lineWidth);
      }
    }
    return total;
  }

  /** The height of one run of lines between hard breaks, wrapped at word boundaries. */
  private static double wrappedHeight(Flow.Para p, List<Run> runs, double size, double width) {
    StringBuilder text = new StringBuilder();
    runs.forEach(run -> text.append(run.text()));
    if (text.length() == 0) {
      TextLayout empty = new TextLayout(" ", SANS[0].deriveFont((float) size), FRC);
      return lineHeight(empty);
    }
    AttributedString attributed = new AttributedString(text.toString());
    int at = 0;
    for (Run run : runs) {
      int end = at + run.text().length();
      if (end > at) {
        attributed.addAttribute(TextAttribute.FONT, font(p, run, size), at, end);
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

  static Font font(Flow.Para p, Run run, double size) {
    int style = (Flow.bold(p, run) ? 1 : 0) + (Flow.italic(p, run) ? 2 : 0);
    return (run.code() ? MONO : SANS)[style].deriveFont((float) size);
  }

  static List<List<Run>> splitAtBreaks(List<Run> runs) {
    List<List<Run>> lines = new ArrayList<>();
    List<Run> line = new ArrayList<>();
    for (Run run : runs) {
      if (RunCollector.isBreak(run)) {
        lines.add(line);
        line = new ArrayList<>();
      } else {
        line.add(run);
      }
    }
    lines.add(line);
    return lines;
  }

  private static Font[] load(String family) {
    String[] faces = {"Regular", "Bold", "Italic", "BoldItalic"};
    Font[] fonts = new Font[4];
    for (int i = 0; i < 4; i++) {
      String resource = "/liberation/" + family + "-" + faces[i] + ".ttf";
      try (InputStream in = TextMeasure.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException(resource + " missing: is openpdf-fonts-extra on the classpath?");
        }
        fonts[i] = Font.createFont(Font.TRUETYPE_FONT, in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (FontFormatException e) {
        throw new IllegalStateException(resource + ": " + e.getMessage(), e);
      }
    }
    return fonts;
  }
}
