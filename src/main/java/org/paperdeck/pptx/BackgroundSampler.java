package org.paperdeck.pptx;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.apache.poi.sl.draw.DrawFactory;
import org.apache.poi.sl.draw.DrawPaint;
import org.apache.poi.sl.draw.Drawable;
import org.apache.poi.sl.usermodel.ColorStyle;
import org.apache.poi.sl.usermodel.PaintStyle;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSimpleShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.paperdeck.layout.Contrast;

/**
 * What a slide looks like behind its text: an empty slide on a layout drawn small with POI's
 * own renderer (background colour, gradient or picture, decoded with javax.imageio no larger
 * than the drawing, and the master's and layout's shapes), sampled under a box. Drawing covers
 * what a theme puts behind text however it does it, the big coloured triangles and white content
 * panes included. A shape filled with a radial or rectangular gradient counts with every colour
 * of its gradient wherever it lies under a box: POI and LibreOffice place such a gradient's
 * colours differently (on one theme POI drew yellow where LibreOffice shows orange), and a
 * colour that reads on both ends reads wherever a renderer puts them.
 */
final class BackgroundSampler {
  /** Pixels per point: a 960-point slide is drawn 240 pixels wide, plenty for lightness. */
  private static final double SCALE = 0.25;
  /** The share of a box's pixels left out at either end of the lightness range (specks). */
  private static final double TAIL = 0.08;

  /**
   * The side, in pixels, of the smallest patch {@link #everyPatchUnder} counts: 12 points, about
   * a letter of body text. A grid line or a speck of grain is narrower.
   */
  private static final int PATCH = 3;

  /** The least opacity (of 255) at which a gradient's stop counts with its own colour. */
  private static final int HALF_CLEAR = 128;

  /** How many boxes' answers are kept: a theme's placeholders, and the boxes decks move them to. */
  private static final int REMEMBERED = 4096;

  private final BufferedImage image;
  private final List<Spread> spreads;
  /**
   * Answers already given. The same few boxes come back on every slide of a layout, and sorting
   * a box's pixels again each time took a tenth of a large deck's time. Samplers are kept with
   * their theme and shared by the decks written at once, hence a concurrent map.
   */
  private final Map<Rectangle2D, Contrast.Backdrop> answers = new ConcurrentHashMap<>();
  private final Map<Rectangle2D, Contrast.Backdrop> patchAnswers = new ConcurrentHashMap<>();

  /**
   * A shape whose gradient any renderer may draw differently, with its lightness range and the
   * areas of the filled shapes drawn over it.
   */
  private record Spread(Rectangle2D area, Contrast.Backdrop range, List<Rectangle2D> hiddenBy) {}

  private BackgroundSampler(BufferedImage image, List<Spread> spreads) {
    this.image = image;
    this.spreads = spreads;
  }

  /** Draws {@code slide}, whose placeholders are empty, as its backdrop. */
  static BackgroundSampler draw(XSLFSlide slide, double width, double height) {
    int w = Math.max(1, (int) Math.ceil(width * SCALE));
    int h = Math.max(1, (int) Math.ceil(height * SCALE));
    BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, w, h);
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_INTERPOLATION,
          RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      RasterBoundRenderer.install(g, w, h);
      g.scale(SCALE, SCALE);
      slide.draw(g);
    } catch (RuntimeException e) {
      // A theme POI cannot draw is judged on white, the page colour every renderer starts from.
    } finally {
      g.dispose();
    }
    return new BackgroundSampler(image, spreads(slide));
  }

  /**
   * The layout's shapes, and the master's where the layout shows them, with a path gradient,
   * in drawing order; each with the filled shapes drawn over it, which may hide it.
   */
  private static List<Spread> spreads(XSLFSlide slide) {
    List<XSLFShape> shapes = new ArrayList<>();
    try {
      var layout = slide.getSlideLayout();
      if (layout != null) {
        if (layout.getFollowMasterGraphics() && slide.getSlideMaster() != null) {
          shapes.addAll(slide.getSlideMaster().getShapes());
        }
        shapes.addAll(layout.getShapes());
      }
    } catch (RuntimeException e) {
      // A layout POI cannot read is judged on its drawing alone.
      return List.of();
    }
    List<Spread> spreads = new ArrayList<>();
    for (XSLFShape shape : shapes) {
      if (!(shape instanceof XSLFSimpleShape simple) || simple.getFillStyle() == null
          || shape.getAnchor() == null) {
        continue;
      }
      PaintStyle paint = simple.getFillStyle().getPaint();
      boolean opaque = paint instanceof PaintStyle.GradientPaint
          || paint instanceof PaintStyle.TexturePaint
          || paint instanceof PaintStyle.SolidPaint solid && solid.getSolidColor() != null
              && (solid.getSolidColor().getAlpha() < 0 || solid.getSolidColor().getAlpha() >= 80_000);
      if (opaque) {
        spreads.forEach(below -> below.hiddenBy().add(shape.getAnchor()));
      }
      if (paint instanceof PaintStyle.GradientPaint gradient
          && gradient.getGradientType() != PaintStyle.GradientPaint.GradientType.linear) {
        double darkest = 1;
        double lightest = 0;
        for (ColorStyle stop : gradient.getGradientColors()) {
          if (stop == null || stop.getColor() == null) {
            continue;
          }
          Color colour = DrawPaint.applyColorTransform(stop);
          // A mostly clear stop (a glow of white at 7 %) barely tints what lies under it, which
          // the drawing already shows: taken at its full colour it would make every light text
          // on a dark photograph "unreadable".
          if (colour.getAlpha() < HALF_CLEAR) {
            continue;
          }
          double l = Contrast.luminance(colour);
          darkest = Math.min(darkest, l);
          lightest = Math.max(lightest, l);
        }
        if (darkest <= lightest) {
          spreads.add(new Spread(shape.getAnchor(), new Contrast.Backdrop(darkest, lightest),
              new ArrayList<>()));
        }
      }
    }
    return spreads;
  }

  /** A backdrop of one plain colour, for themes POI cannot draw at all. */
  static BackgroundSampler plain(Color color) {
    BufferedImage image = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
    image.setRGB(0, 0, color.getRGB());
    return new BackgroundSampler(image, List.of());
  }

  /** What lies under {@code box} (points): the lightness range of most of its pixels. */
  Contrast.Backdrop under(Rectangle2D box) {
    return remembered(answers, box, this::sample);
  }

  /**
   * What lies under any part of {@code box} (points) that can hold a letter: the lightness range
   * over its patches a letter wide, each counted by its least extreme pixel, none left out.
   * {@link #under} leaves out a box's rarest eighth of lightness, which on a large box is a
   * rectangle of artwork a line of text crosses; this does not.
   */
  Contrast.Backdrop everyPatchUnder(Rectangle2D box) {
    return remembered(patchAnswers, box, this::samplePatches);
  }

  /**
   * What lies under the letters of {@code text}, a box of the slide drawn over this backdrop:
   * the box's text drawn alone with POI, and the lightness range of the patches a letter wide
   * around each pixel it inks, none left out; {@code null} when POI draws no letter of it. Where
   * the letters lie is only known once they are set, and this is the one place that sets them,
   * so it is asked only when the whole box has not settled the question.
   */
  Contrast.Backdrop underLetters(XSLFTextShape text) {
    int w = image.getWidth();
    int h = image.getHeight();
    if (w == 1 && h == 1 || text.getAnchor() == null) {
      return null;
    }
    BufferedImage letters = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = letters.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING,
          RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.scale(SCALE, SCALE);
      Drawable drawn = DrawFactory.getInstance(g).getDrawable(text);
      drawn.applyTransform(g);
      drawn.draw(g);
    } catch (RuntimeException e) {
      // Text POI cannot set is judged on its box, as before it was drawn.
      return null;
    } finally {
      g.dispose();
    }
    double darkest = 1;
    double lightest = 0;
    boolean inked = false;
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        if ((letters.getRGB(x, y) >>> 24) == 0) {
          continue;
        }
        inked = true;
        double patchLightest = 0;
        double patchDarkest = 1;
        for (int py = Math.max(0, y - PATCH / 2); py <= Math.min(h - 1, y + PATCH / 2); py++) {
          for (int px = Math.max(0, x - PATCH / 2); px <= Math.min(w - 1, x + PATCH / 2); px++) {
            double l = Contrast.luminance(new Color(image.getRGB(px, py)));
            patchLightest = Math.max(patchLightest, l);
            patchDarkest = Math.min(patchDarkest, l);
          }
        }
        darkest = Math.min(darkest, patchLightest);
        lightest = Math.max(lightest, patchDarkest);
      }
    }
    if (!inked) {
      return null;
    }
    return widened(new Contrast.Backdrop(Math.min(darkest, lightest),
        Math.max(darkest, lightest)), text.getAnchor());
  }

  private static Contrast.Backdrop remembered(Map<Rectangle2D, Contrast.Backdrop> answers,
      Rectangle2D box, Function<Rectangle2D, Contrast.Backdrop> sample) {
    Contrast.Backdrop known = answers.get(box);
    if (known != null) {
      return known;
    }
    Contrast.Backdrop backdrop = sample.apply(box);
    if (answers.size() < REMEMBERED) {
      answers.put((Rectangle2D) box.clone(), backdrop);
    }
    return backdrop;
  }

  private Contrast.Backdrop sample(Rectangle2D box) {
    double[][] grid = lightness(box);
    if (grid.length == 1 && grid[0].length == 1) {
      return widened(new Contrast.Backdrop(grid[0][0], grid[0][0]), box);
    }
    double[] all = Arrays.stream(grid).flatMapToDouble(Arrays::stream).sorted().toArray();
    int cut = (int) Math.floor(TAIL * (all.length - 1));
    return widened(new Contrast.Backdrop(all[cut], all[all.length - 1 - cut]), box);
  }

  private Contrast.Backdrop samplePatches(Rectangle2D box) {
    double[][] grid = lightness(box);
    int rows = grid.length;
    int columns = grid[0].length;
    int high = Math.min(PATCH, rows);
    int wide = Math.min(PATCH, columns);
    double darkest = 1;
    double lightest = 0;
    for (int y = 0; y + high <= rows; y++) {
      for (int x = 0; x + wide <= columns; x++) {
        double patchLightest = 0;
        double patchDarkest = 1;
        for (int dy = 0; dy < high; dy++) {
          for (int dx = 0; dx < wide; dx++) {
            patchLightest = Math.max(patchLightest, grid[y + dy][x + dx]);
            patchDarkest = Math.min(patchDarkest, grid[y + dy][x + dx]);
          }
        }
        // A patch is as dark as its lightest pixel: only then is all of it that dark.
        darkest = Math.min(darkest, patchLightest);
        lightest = Math.max(lightest, patchDarkest);
      }
    }
    return widened(new Contrast.Backdrop(Math.min(darkest, lightest),
        Math.max(darkest, lightest)), box);
  }

  /**
   * The lightness of the drawing's pixels whose centres lie in {@code box}, by row; one pixel
   * (the nearest) when none does.
   */
  private double[][] lightness(Rectangle2D box) {
    if (image.getWidth() == 1 && image.getHeight() == 1) {
      return new double[][] {{Contrast.luminance(new Color(image.getRGB(0, 0)))}};
    }
    // The pixels whose centres lie in the box: a pixel is four points wide, and a footer box
    // that starts a point above the theme's footer bar would otherwise count a whole row of the
    // page above the bar, an eighth of the box, as what its text is set on.
    int x0 = clamp(firstCentreAtOrAfter(box.getX()), image.getWidth());
    int y0 = clamp(firstCentreAtOrAfter(box.getY()), image.getHeight());
    int x1 = clamp(Math.max(firstCentreAtOrAfter(box.getMaxX()), x0 + 1), image.getWidth());
    int y1 = clamp(Math.max(firstCentreAtOrAfter(box.getMaxY()), y0 + 1), image.getHeight());
    if (x1 <= x0 || y1 <= y0) {
      return new double[][] {{Contrast.luminance(new Color(image.getRGB(
          Math.min(x0, image.getWidth() - 1), Math.min(y0, image.getHeight() - 1))))}};
    }
    double[][] grid = new double[y1 - y0][x1 - x0];
    for (int y = y0; y < y1; y++) {
      for (int x = x0; x < x1; x++) {
        grid[y - y0][x - x0] = Contrast.luminance(new Color(image.getRGB(x, y)));
      }
    }
    return grid;
  }

  /** {@code range} widened by the gradients a renderer may draw anywhere under {@code box}. */
  private Contrast.Backdrop widened(Contrast.Backdrop range, Rectangle2D box) {
    double darkest = range.darkest();
    double lightest = range.lightest();
    double area = box.getWidth() * box.getHeight();
    for (Spread spread : spreads) {
      Rectangle2D overlap = spread.area().createIntersection(box);
      if (!overlap.isEmpty() && overlap.getWidth() * overlap.getHeight() > TAIL * area
          && spread.hiddenBy().stream().noneMatch(over -> over.contains(overlap))) {
        darkest = Math.min(darkest, spread.range().darkest());
        lightest = Math.max(lightest, spread.range().lightest());
      }
    }
    return new Contrast.Backdrop(darkest, lightest);
  }

  /** The first pixel whose centre lies at or after {@code points}. */
  private static int firstCentreAtOrAfter(double points) {
    return (int) Math.ceil(points * SCALE - 0.5);
  }

  private static int clamp(int v, int size) {
    return Math.max(0, Math.min(size, v));
  }
}
