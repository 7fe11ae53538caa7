package org.paperdeck.pptx;

import java.awt.geom.Dimension2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.apache.poi.xslf.usermodel.XSLFSlideLayout;

/** The theme's artwork as the deck writer sees it ({@link Artwork}), for tests of other packages. */
public final class ThemeArtwork {
  /** One shape of the artwork: the share of a region it covers, and its box. */
  public record Shape(Artwork.Piece piece) {
    public double share(Rectangle2D region) {
      return piece.share(region);
    }

    public Rectangle2D bounds() {
      return piece.bounds();
    }
  }

  private ThemeArtwork() {}

  public static List<Shape> on(XSLFSlideLayout layout, Dimension2D slide) {
    return new Artwork(slide).on(layout).stream().map(Shape::new).toList();
  }
}
