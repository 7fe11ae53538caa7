package org.paperdeck.pptx;

import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;

/**
 * Draws each slide of a generated deck as a PNG, for handouts that print the slides beside
 * note lines: the build draws them before the handout template runs and hands them to it as
 * data. Apache POI draws a slide onto any {@link Graphics2D}; this gives it an image
 * {@value #WIDTH_PX} pixels wide, sharp enough for a slide a third of an A4 page high (about
 * 250 dpi there) without making the handout heavy.
 */
public final class SlideImages {
  static final int WIDTH_PX = 960;

  /**
   * One drawn slide.
   *
   * @param title the slide's title text, or empty
   * @param dataUri the PNG as a {@code data:} URI, which Flying Saucer and browsers both load
   */
  public record SlideImage(int number, String title, String dataUri) {}

  private SlideImages() {}

  /** Draws every slide of a .pptx, in order. */
  public static List<SlideImage> draw(byte[] pptx) throws IOException {
    List<SlideImage> images = new ArrayList<>();
    try (XMLSlideShow show = new XMLSlideShow(new ByteArrayInputStream(pptx))) {
      Dimension size = show.getPageSize();
      double scale = (double) WIDTH_PX / size.width;
      int height = (int) Math.round(size.height * scale);
      for (XSLFSlide slide : show.getSlides()) {
        BufferedImage image = new BufferedImage(WIDTH_PX, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
          g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
          g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING,
              RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
          g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
          g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS,
              RenderingHints.VALUE_FRACTIONALMETRICS_ON);
          // A slide whose background is not filled would come out black on TYPE_INT_RGB.
          RasterBoundRenderer.install(g, WIDTH_PX, height);
          g.setPaint(java.awt.Color.WHITE);
          g.fillRect(0, 0, WIDTH_PX, height);
          g.setTransform(AffineTransform.getScaleInstance(scale, scale));
          slide.draw(g);
        } finally {
          g.dispose();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        String title = slide.getTitle() == null ? "" : slide.getTitle().replaceAll("\\s+", " ").strip();
        images.add(new SlideImage(images.size() + 1, title,
            "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray())));
      }
    }
    return images;
  }
}
