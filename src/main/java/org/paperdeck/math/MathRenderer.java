package org.paperdeck.math;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Insets;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.scilab.forge.jlatexmath.ParseException;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.scilab.forge.jlatexmath.TeXIcon;

/**
 * Checks and typesets LaTeX math with JLaTeXMath. A formula is drawn so that its capital letters
 * stand as tall as the surrounding text's (Computer Modern is smaller on the body than Liberation
 * for one type size), and the picture is as tall as the formula itself needs: a fraction is taller
 * than a line of text, a lone symbol is not.
 *
 * <p>JLaTeXMath keeps its parser state in static fields, so every call is serialised.
 */
public final class MathRenderer {
  /** Computer Modern's capitals stand this high, in ems of its type size. */
  static final double TEX_CAP_HEIGHT = 0.683;
  /** Room around the ink: italic letters and large operators reach a little past their box. */
  private static final double PAD_EM = 0.06;
  /** Pixels per point when the picture is shown at its size: 3 × a 96 dpi screen. */
  public static final double PIXELS_PER_POINT = 3 * 96 / 72.0;
  /**
   * The most pixels a formula's picture has: a whole 16:9 slide at three times 96 dpi is 8
   * million. More would only cost memory (4 bytes a pixel) for detail no one sees.
   */
  static final long MAX_PIXELS = 16_000_000L;

  static {
    MathCheck.typesetterStarted();
    // Operators that machine-learning notes use and that MathText already shows as text;
    // without them JLaTeXMath would reject formulas the Unicode path accepts.
    synchronized (MathRenderer.class) {
      new TeXFormula("\\newcommand{\\argmin}{\\mathop{\\mathrm{arg\\,min}}}");
      new TeXFormula("\\newcommand{\\argmax}{\\mathop{\\mathrm{arg\\,max}}}");
      new TeXFormula("\\newcommand{\\softmax}{\\mathop{\\mathrm{softmax}}}");
    }
  }

  /** Whether JLaTeXMath has its fonts from files yet: they are only needed to draw. */
  private static boolean fontsFromFiles;

  private MathRenderer() {}

  /**
   * Why {@code latex} cannot be typeset, in JLaTeXMath's words, or empty when it can. Readers ask
   * {@link MathCheck#problem}, which gives the same answer and starts JLaTeXMath only when it
   * must.
   */
  public static synchronized Optional<String> problem(String latex) {
    String braces = MathCheck.unbalancedBraces(latex);
    if (braces != null) {
      return Optional.of(braces);
    }
    try {
      new TeXFormula(latex);
      return Optional.empty();
    } catch (ParseException e) {
      return Optional.of(String.valueOf(e.getMessage()).strip());
    } catch (RuntimeException e) {
      // The parser's other failures (a bad delimiter, an environment it lacks) are unchecked too.
      return Optional.of(e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  /**
   * Typesets {@code latex}, which must have passed {@link #problem}.
   *
   * @param display display style (big operators with limits above and below) or text style
   * @param capHeight the surrounding font's cap height in ems of its size
   * @param pixelsPerEm the raster's resolution: the text's size in points times
   *     {@link #PIXELS_PER_POINT}
   * @param color the ink; the background stays transparent
   */
  public static MathPicture render(String latex, boolean display, double capHeight,
      double pixelsPerEm, Color color) {
    MathCheck.awaitAhead();
    return renderNow(latex, display, capHeight, pixelsPerEm, color);
  }

  private static synchronized MathPicture renderNow(String latex, boolean display,
      double capHeight, double pixelsPerEm, Color color) {
    MathCheck.catchUp();
    if (!fontsFromFiles) {
      TexFonts.fromFiles();
      fontsFromFiles = true;
    }
    double texEm = capHeight / TEX_CAP_HEIGHT;
    TeXIcon icon = new TeXFormula(latex).new TeXIconBuilder()
        .setStyle(display ? TeXConstants.STYLE_DISPLAY : TeXConstants.STYLE_TEXT)
        .setSize((float) (texEm * pixelsPerEm))
        .setTrueValues(true)
        .build();
    int pad = (int) Math.ceil(PAD_EM * pixelsPerEm);
    icon.setInsets(new Insets(pad, pad, pad, pad), true); // true: pixels, not scaled again
    icon.setForeground(color);
    int width = Math.max(1, icon.getIconWidth());
    int height = Math.max(1, icon.getIconHeight());
    // A formula larger than any slide or page (\rule{1000cm}{1cm} is valid LaTeX) is drawn at
    // fewer pixels; its size in ems, and so its place, stay as they are.
    double raster = Math.min(1, Math.sqrt((double) MAX_PIXELS / ((long) width * height)));
    BufferedImage image = new BufferedImage(Math.max(1, (int) (width * raster)),
        Math.max(1, (int) (height * raster)), BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = image.createGraphics();
    try {
      g.scale(raster, raster);
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING,
          RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS,
          RenderingHints.VALUE_FRACTIONALMETRICS_ON);
      g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
      icon.paintIcon(null, g, 0, 0);
    } finally {
      g.dispose();
    }
    return new MathPicture(png(image), image.getWidth(), image.getHeight(), width / pixelsPerEm,
        height / pixelsPerEm, icon.getIconDepth() / pixelsPerEm, latex);
  }

  /**
   * Draws one small formula, so that JLaTeXMath, its fonts and the PNG writer are loaded: for the
   * run that records the class-data archive (see {@code pipeline.Builder}), since a talk whose
   * formulas are all plain no longer loads them, and a later talk with a fraction should still
   * find them in the archive.
   */
  public static void warmUp() {
    render("\\frac{1}{2}", true, TEX_CAP_HEIGHT, 10, Color.BLACK);
  }

  private static byte[] png(BufferedImage image) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException("a PNG cannot be written to memory", e);
    }
    return out.toByteArray();
  }
}
