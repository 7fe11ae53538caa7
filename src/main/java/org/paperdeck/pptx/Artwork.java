package org.paperdeck.pptx;

import java.awt.Graphics2D;
import java.awt.geom.Dimension2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.sl.draw.DrawFactory;
import org.apache.poi.sl.draw.Drawable;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSheet;
import org.apache.poi.xslf.usermodel.XSLFSlideLayout;
import org.apache.poi.xslf.usermodel.XSLFTextShape;

/**
 * The theme's artwork on a layout: the shapes and pictures a slide on it shows from the layout,
 * and from its master when the layout shows the master's, that are not placeholders and not the
 * page's backdrop (a shape over most of the slide is what text is set on). Each is drawn small
 * with POI's renderer and kept as the pixels it covers, so a triangle is a triangle and not its
 * bounding box. Only what is drawn mostly opaque counts: a faint overlay (the light circles of a
 * bokeh theme) is texture, judged by the contrast check, not an obstacle. A text box of the
 * artwork that prints a slide number or date is its whole box.
 */
final class Artwork {
  /** A shape drawn over at least this share of the slide is its backdrop. */
  static final double BACKDROP = 0.6;
  /** Pixels per point: a 960-point slide is drawn 480 pixels wide. */
  private static final double SCALE = 0.5;
  /** The least opacity (of 255) that makes a pixel part of the artwork. */
  private static final int OPAQUE = 128;

  /**
   * One shape's pixels.
   *
   * @param width the picture's width in pixels
   * @param covered the pixels the shape covers, row by row
   */
  record Piece(int width, int height, BitSet covered) {
    /** The share of {@code region} (points) the shape covers, 0 to 1. */
    double share(Rectangle2D region) {
      int[] r = pixels(region);
      long all = (long) (r[2] - r[0]) * (r[3] - r[1]);
      return all <= 0 ? 0 : (double) hits(r) / all;
    }

    /** The share of the shape's own pixels that lie inside {@code region} (points), 0 to 1. */
    double insideShare(Rectangle2D region) {
      int all = covered.cardinality();
      return all == 0 ? 0 : (double) hits(pixels(region)) / all;
    }

    private long hits(int[] r) {
      long hit = 0;
      for (int y = r[1]; y < r[3] && r[2] > r[0]; y++) {
        hit += covered.get(y * width + r[0], y * width + r[2]).cardinality();
      }
      return hit;
    }

    /** The bounding box (points) of what the shape covers inside {@code region}, or null. */
    Rectangle2D within(Rectangle2D region) {
      int[] r = pixels(region);
      int x0 = Integer.MAX_VALUE;
      int y0 = Integer.MAX_VALUE;
      int x1 = -1;
      int y1 = -1;
      for (int y = r[1]; y < r[3]; y++) {
        int first = covered.nextSetBit(y * width + r[0]);
        if (first < 0 || first >= y * width + r[2]) {
          continue;
        }
        int last = covered.previousSetBit(y * width + r[2] - 1);
        x0 = Math.min(x0, first - y * width);
        x1 = Math.max(x1, last - y * width);
        y0 = Math.min(y0, y);
        y1 = y;
      }
      return x1 < 0 ? null : new Rectangle2D.Double(x0 / SCALE, y0 / SCALE,
          (x1 + 1 - x0) / SCALE, (y1 + 1 - y0) / SCALE);
    }

    /** The bounding box (points) of everything the shape covers, or null when it covers none. */
    Rectangle2D bounds() {
      return within(new Rectangle2D.Double(0, 0, width / SCALE, height / SCALE));
    }

    private int[] pixels(Rectangle2D region) {
      return new int[] {
          clamp((int) Math.floor(region.getX() * SCALE), width),
          clamp((int) Math.floor(region.getY() * SCALE), height),
          clamp((int) Math.ceil(region.getMaxX() * SCALE), width),
          clamp((int) Math.ceil(region.getMaxY() * SCALE), height)};
    }

    private static int clamp(int v, int size) {
      return Math.max(0, Math.min(size, v));
    }
  }

  private final Dimension2D slide;
  /**
   * Each sheet's pieces, drawn once: every layout of a master shows the master's artwork, and a
   * theme's layouts are looked at both when they are repaired and when they are read.
   */
  private final Map<XSLFSheet, List<Piece>> drawn = new IdentityHashMap<>();

  /** The artwork of layouts on a slide of {@code slide} points. */
  Artwork(Dimension2D slide) {
    this.slide = slide;
  }

  /** The layout's artwork, each shape that covers anything as its own piece. */
  synchronized List<Piece> on(XSLFSlideLayout layout) {
    List<Piece> pieces = new ArrayList<>();
    if (layout.getFollowMasterGraphics()) {
      pieces.addAll(of(layout.getSlideMaster()));
    }
    pieces.addAll(of(layout));
    return pieces;
  }

  private List<Piece> of(XSLFSheet sheet) {
    return drawn.computeIfAbsent(sheet, this::draw);
  }

  private List<Piece> draw(XSLFSheet sheet) {
    double area = slide.getWidth() * slide.getHeight();
    List<Piece> pieces = new ArrayList<>();
    for (XSLFShape shape : sheet.getShapes()) {
      if (shape instanceof XSLFTextShape text && Placeholders.kind(text) != null) {
        continue;
      }
      Rectangle2D box = shape.getAnchor();
      if (box == null || box.getWidth() * box.getHeight() >= BACKDROP * area) {
        continue;
      }
      // A number or date the theme prints itself keeps its whole box: where in it the text
      // shows depends on the number's width and on the renderer.
      Piece piece = shape instanceof XSLFTextShape text && SlideDecor.holdsField(text, "")
          ? whole(box, slide) : draw(shape, slide);
      if (!piece.covered().isEmpty()) {
        pieces.add(piece);
      }
    }
    return List.copyOf(pieces);
  }

  private static Piece whole(Rectangle2D box, Dimension2D slide) {
    int w = Math.max(1, (int) Math.ceil(slide.getWidth() * SCALE));
    int h = Math.max(1, (int) Math.ceil(slide.getHeight() * SCALE));
    BitSet covered = new BitSet(w * h);
    int x0 = Math.max(0, (int) Math.floor(box.getX() * SCALE));
    int x1 = Math.min(w, (int) Math.ceil(box.getMaxX() * SCALE));
    for (int y = Math.max(0, (int) Math.floor(box.getY() * SCALE));
        y < Math.min(h, (int) Math.ceil(box.getMaxY() * SCALE)); y++) {
      if (x1 > x0) {
        covered.set(y * w + x0, y * w + x1);
      }
    }
    return new Piece(w, h, covered);
  }

  private static Piece draw(XSLFShape shape, Dimension2D slide) {
    int w = Math.max(1, (int) Math.ceil(slide.getWidth() * SCALE));
    int h = Math.max(1, (int) Math.ceil(slide.getHeight() * SCALE));
    BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = image.createGraphics();
    try {
      g.scale(SCALE, SCALE);
      Drawable drawable = DrawFactory.getInstance(g).getDrawable(shape);
      drawable.applyTransform(g);
      drawable.draw(g);
    } catch (RuntimeException e) {
      // A shape POI cannot draw covers its whole box: better kept clear of than run over.
      g.setTransform(new java.awt.geom.AffineTransform());
      g.scale(SCALE, SCALE);
      g.setColor(java.awt.Color.BLACK);
      g.fill(shape.getAnchor());
    } finally {
      g.dispose();
    }
    BitSet covered = new BitSet(w * h);
    // The picture's own pixels, one ARGB int each, row by row: getRGB would convert every one
    // through the colour model, which was most of a build's time on a theme with artwork.
    int[] argb = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    for (int i = 0; i < argb.length; i++) {
      if ((argb[i] >>> 24) >= OPAQUE) {
        covered.set(i);
      }
    }
    return new Piece(w, h, covered);
  }
}
