package org.paperdeck.pptx;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import org.apache.poi.sl.draw.BitmapImageRenderer;
import org.apache.poi.sl.draw.Drawable;
import org.paperdeck.images.SmallerCopy;

/**
 * POI's picture renderer, but a picture is decoded no larger than the raster it is drawn on. POI
 * decodes every picture on a slide whole, and copies it once more to add an alpha channel, only
 * to draw it into a few hundred pixels: a theme's 50-million-pixel background would take 400 MiB.
 * POI asks the {@link Drawable#IMAGE_RENDERER} rendering hint for the renderer to use; this one,
 * installed there by {@link #install}, decodes every few pixels instead ({@link SmallerCopy}).
 * Drawing, clipping and transparency stay POI's own.
 */
public final class RasterBoundRenderer extends BitmapImageRenderer {
  private final int maxWidth;
  private final int maxHeight;

  private RasterBoundRenderer(int maxWidth, int maxHeight) {
    this.maxWidth = maxWidth;
    this.maxHeight = maxHeight;
  }

  /** Makes POI, drawing on {@code g}, decode pictures for a raster of {@code width} by {@code height}. */
  public static void install(Graphics2D g, int width, int height) {
    g.setRenderingHint(Drawable.IMAGE_RENDERER, new RasterBoundRenderer(width, height));
  }

  @Override
  public void loadImage(InputStream data, String contentType) throws IOException {
    loadImage(data.readAllBytes(), contentType);
  }

  @Override
  public void loadImage(byte[] data, String contentType) throws IOException {
    if (data == null) {
      return;
    }
    try {
      BufferedImage decoded = SmallerCopy.decode(data, maxWidth, maxHeight);
      img = decoded.getType() == BufferedImage.TYPE_INT_ARGB ? decoded : withAlpha(decoded);
    } catch (IOException | RuntimeException e) {
      // POI's own reading copes with damaged and unusual pictures as well as it can.
      super.loadImage(data, contentType);
    }
  }

  /** POI's renderer adds an alpha channel to every picture; its transparency needs one. */
  private static BufferedImage withAlpha(BufferedImage image) {
    BufferedImage argb = new BufferedImage(image.getWidth(), image.getHeight(),
        BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = argb.createGraphics();
    try {
      g.drawImage(image, 0, 0, null);
    } finally {
      g.dispose();
    }
    return argb;
  }
}
