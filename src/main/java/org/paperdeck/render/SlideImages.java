package org.paperdeck.render;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.paperdeck.images.Png;
import org.paperdeck.pptx.RasterBoundRenderer;
import org.paperdeck.pptx.WrittenDeck;

/**
 * Draws each slide of a deck paperdeck made as a PNG, in-process, with Apache POI's renderer
 * and the faces the layout measured the text with ({@link MeasuredFontManager}): for the
 * {@code png} output, the live preview and the handouts that print the slides. A slide is drawn
 * at a resolution in dots per inch (a slide's size is in points, 72 to the inch), or at a width
 * in pixels.
 *
 * <p>One instance serves many builds, one at a time, and remembers the pictures it made, by the
 * bytes of everything a slide shows ({@link SlideKeys}): a rebuild after an edit draws only the
 * slides the edit changed, which is what lets a preview follow typing. POI draws one slide at a
 * time on one thread (a slide show is not safe to share); the PNG encoding of the slides already
 * drawn runs meanwhile on a second thread.
 */
public final class SlideImages {
  /** The resolution of {@code --formats png} unless {@code --dpi} says otherwise. */
  public static final int DEFAULT_DPI = 150;
  /** The lowest {@code --dpi}, a thumbnail. */
  public static final int MIN_DPI = 20;
  /** The highest {@code --dpi}: a 13.33-inch slide 8,000 pixels wide. */
  public static final int MAX_DPI = 600;
  /**
   * zlib's level for pictures shown (files, the preview, which waits for them): on the example's
   * slides at 150 dpi, 3 takes 40 % of ImageIO's time for files 3 % smaller; 6 takes two and a
   * half times as long as 3 for files a fifth smaller (docs/preview.md, "How fast").
   */
  private static final int SHOWN_LEVEL = 3;
  /** zlib's level for pictures stored in the handout. */
  private static final int STORED_LEVEL = 6;
  /** How many bytes of PNG the memo keeps: a talk of a hundred slides at 150 dpi, twice. */
  private static final long MEMO_BYTES = 64L << 20;

  /**
   * One drawn slide, kept as its PNG's deflated rows: the PDF handout stores them as they are,
   * and the file is made from them when it is asked for, so a drawn slide is held once.
   *
   * @param title the slide's title text, or empty
   * @param rows the picture's pixels as a PNG file stores them
   */
  public record SlideImage(int number, String title, Png.StoredRows rows) {
    /** The picture as a PNG file's bytes, made anew each time. */
    public byte[] png() {
      return Png.file(rows);
    }

    /** The PNG as a {@code data:} URI, which Flying Saucer and browsers both load. */
    public String dataUri() {
      return "data:image/png;base64," + Base64.getEncoder().encodeToString(png());
    }

    /** Its width in pixels. */
    public int width() {
      return rows.width();
    }

    /** Its height in pixels. */
    public int height() {
      return rows.height();
    }
  }

  private final Map<String, SlideImage> memo = new LinkedHashMap<>(64, 0.75f, true);
  private long memoBytes;

  /** A drawer with an empty memo. */
  public SlideImages() {}

  /**
   * Every slide of a .pptx, in order, {@code widthPx} pixels wide, to be stored in a document
   * (the handout's PDF keeps them as they are deflated here): deflated harder, as OpenPDF
   * deflated them when it decoded and stored them itself, so the handout is no larger.
   */
  public synchronized List<SlideImage> atWidth(byte[] pptx, int widthPx) throws IOException {
    return draw(pptx, size -> (double) widthPx / size.width, STORED_LEVEL);
  }

  /** Every slide of a .pptx, in order, at {@code dpi} dots per inch, as files to show. */
  public synchronized List<SlideImage> atDpi(byte[] pptx, int dpi) throws IOException {
    return draw(pptx, size -> dpi / 72.0, SHOWN_LEVEL);
  }

  private interface Scale {
    double of(Dimension slideSize);
  }

  private List<SlideImage> draw(byte[] pptx, Scale scaleOf, int level) throws IOException {
    List<CompletableFuture<SlideImage>> made = new ArrayList<>();
    ExecutorService encoder = Executors.newSingleThreadExecutor(r -> {
      Thread thread = new Thread(r, "paperdeck-png");
      thread.setDaemon(true);
      return thread;
    });
    try (XMLSlideShow show = WrittenDeck.open(pptx)) {
      Dimension size = show.getPageSize();
      double scale = scaleOf.of(size);
      int width = Math.max(1, (int) Math.round(size.width * scale));
      int height = Math.max(1, (int) Math.round(size.height * scale));
      SlideKeys keys = new SlideKeys(width + "x" + height + " deflated at " + level);
      List<String> slideKeys = new ArrayList<>();
      for (XSLFSlide slide : show.getSlides()) {
        int number = made.size() + 1;
        String key = keys.of(slide, number);
        slideKeys.add(key);
        SlideImage known = key == null ? null : memo.get(key);
        if (known != null) {
          made.add(CompletableFuture.completedFuture(known));
          continue;
        }
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
          paint(g, slide, width, height, scale);
        } finally {
          g.dispose();
        }
        String title = slide.getTitle() == null ? ""
            : slide.getTitle().replaceAll("\\s+", " ").strip();
        made.add(CompletableFuture.supplyAsync(
            () -> new SlideImage(number, title, Png.rgbRows(image, level)), encoder));
      }
      List<SlideImage> images = new ArrayList<>();
      for (int i = 0; i < made.size(); i++) {
        SlideImage image = made.get(i).join();
        images.add(image);
        remember(slideKeys.get(i), image);
      }
      return images;
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw new IOException(e.getCause());
    } finally {
      encoder.shutdownNow();
    }
  }

  private void remember(String key, SlideImage image) {
    if (key == null || memo.containsKey(key)) {
      return;
    }
    memo.put(key, image);
    memoBytes += image.rows().deflated().length;
    for (var oldest = memo.entrySet().iterator(); memoBytes > MEMO_BYTES && oldest.hasNext(); ) {
      memoBytes -= oldest.next().getValue().rows().deflated().length;
      oldest.remove();
    }
  }

  /** Draws {@code slide} on {@code g}, a raster of {@code width} by {@code height}. */
  static void paint(Graphics2D g, XSLFSlide slide, int width, int height, double scale) {
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING,
        RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    g.setRenderingHint(RenderingHints.KEY_INTERPOLATION,
        RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    // Glyphs placed at their exact advances, as the layout measured them, not rounded to pixels.
    g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS,
        RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    RasterBoundRenderer.install(g, width, height);
    MeasuredFontManager.install(g);
    LinkInk.apply(slide);
    // A slide whose background is not filled would come out black on TYPE_INT_RGB.
    g.setPaint(Color.WHITE);
    g.fillRect(0, 0, width, height);
    g.scale(scale, scale);
    slide.draw(g);
  }
}
