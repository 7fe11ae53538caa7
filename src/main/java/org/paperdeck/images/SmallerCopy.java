package org.paperdeck.images;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * A picture decoded at the size it is shown rather than at its own, and the copy of it that the
 * deck or the handout then holds instead of the file (docs/format.md, "Pictures").
 *
 * <p>ImageIO can decode every n-th pixel of every n-th row ({@link
 * ImageReadParam#setSourceSubsampling}): the full raster never exists, so memory follows the
 * size shown. Plain subsampling drops the pixels in between, which loses thin lines, so it keeps
 * at least twice the size wanted and the last step averages down with bilinear scaling.
 */
public final class SmallerCopy {
  /**
   * Pictures up to this many pixels are stored as they are (a phone photo has 12 million);
   * larger ones as a copy at {@link #PIXELS_PER_INCH}. Keeping the file's own bytes keeps its
   * quality and costs no decoding; the limit keeps what a deck holds bounded.
   */
  public static final long MAX_KEPT_PIXELS = 16_000_000L;
  /** The resolution of a copy at its shown size: what PowerPoint itself compresses pictures to. */
  public static final int PIXELS_PER_INCH = 220;
  private static final float JPEG_QUALITY = 0.9f;

  /**
   * An encoded copy.
   *
   * @param png a PNG (else a JPEG, as its source was)
   */
  public record Copy(byte[] bytes, boolean png, int width, int height) {}

  private SmallerCopy() {}

  /** Whether the picture is stored as it is. */
  public static boolean keeps(ImageHeader header) {
    return header.pixels() <= MAX_KEPT_PIXELS;
  }

  /** Pixels across {@code points} at {@link #PIXELS_PER_INCH}: a copy shown that large. */
  public static int pixelsFor(double points) {
    return Math.max(1, (int) Math.ceil(points / 72 * PIXELS_PER_INCH));
  }

  /**
   * The picture in {@code file}, in the format it has, scaled to fit inside {@code maxWidth} by
   * {@code maxHeight} pixels with its aspect ratio (never enlarged).
   *
   * @throws IOException when ImageIO cannot decode it (a CMYK JPEG, a damaged file)
   */
  public static Copy of(Path file, int maxWidth, int maxHeight) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return of(in, maxWidth, maxHeight);
    }
  }

  /** As {@link #of(Path, int, int)}, for a picture held in memory. */
  public static Copy of(byte[] bytes, int maxWidth, int maxHeight) throws IOException {
    return of(new ByteArrayInputStream(bytes), maxWidth, maxHeight);
  }

  private static Copy of(InputStream in, int maxWidth, int maxHeight) throws IOException {
    BufferedImage image;
    boolean png;
    try (ImageInputStream stream = ImageIO.createImageInputStream(in)) {
      ImageReader reader = reader(stream);
      try {
        png = reader.getFormatName().equalsIgnoreCase("png");
        image = decode(reader, maxWidth, maxHeight);
      } finally {
        reader.dispose();
      }
    }
    return new Copy(png ? png(image) : jpeg(image), png, image.getWidth(), image.getHeight());
  }

  /**
   * The picture in {@code bytes} decoded to fit inside {@code maxWidth} by {@code maxHeight}
   * pixels (never enlarged); with an alpha channel when the picture has one.
   */
  public static BufferedImage decode(byte[] bytes, int maxWidth, int maxHeight)
      throws IOException {
    try (ImageInputStream stream = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
      ImageReader reader = reader(stream);
      try {
        return decode(reader, maxWidth, maxHeight);
      } finally {
        reader.dispose();
      }
    }
  }

  private static ImageReader reader(ImageInputStream stream) throws IOException {
    Iterator<ImageReader> readers = stream == null ? null : ImageIO.getImageReaders(stream);
    if (readers == null || !readers.hasNext()) {
      throw new IOException("not a picture ImageIO can read");
    }
    ImageReader reader = readers.next();
    reader.setInput(stream, true, true);
    return reader;
  }

  private static BufferedImage decode(ImageReader reader, int maxWidth, int maxHeight)
      throws IOException {
    int width = reader.getWidth(0);
    int height = reader.getHeight(0);
    double scale = Math.min(1, Math.min((double) maxWidth / width, (double) maxHeight / height));
    ImageReadParam param = reader.getDefaultReadParam();
    // Every step-th pixel, keeping at least twice the size wanted for the averaging below.
    int step = Math.max(1, (int) Math.floor(1 / (2 * scale)));
    param.setSourceSubsampling(step, step, 0, 0);
    BufferedImage decoded = reader.read(0, param);
    int targetWidth = Math.max(1, (int) Math.round(width * scale));
    int targetHeight = Math.max(1, (int) Math.round(height * scale));
    return scaled(decoded, targetWidth, targetHeight);
  }

  /**
   * Scales down by halves, then to the exact size: bilinear scaling by more than half at once
   * skips pixels as subsampling does.
   */
  private static BufferedImage scaled(BufferedImage image, int width, int height) {
    int type = image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB
        : BufferedImage.TYPE_INT_RGB;
    BufferedImage current = image;
    do {
      int w = Math.max(width, current.getWidth() / 2);
      int h = Math.max(height, current.getHeight() / 2);
      if (current.getWidth() <= width * 2 && current.getHeight() <= height * 2) {
        w = width;
        h = height;
      }
      BufferedImage next = new BufferedImage(w, h, type);
      Graphics2D g = next.createGraphics();
      try {
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION,
            RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(current, 0, 0, w, h, null);
      } finally {
        g.dispose();
      }
      current = next;
    } while (current.getWidth() != width || current.getHeight() != height);
    return current;
  }

  private static byte[] png(BufferedImage image) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }

  private static byte[] jpeg(BufferedImage image) throws IOException {
    return encode(image, "jpeg", JPEG_QUALITY);
  }

  /**
   * {@code image} in {@code format} ({@code png}, {@code jpeg}) at ImageIO's {@code quality}: for
   * JPEG how much detail is kept, for PNG how little effort goes into deflating (1 the least).
   */
  public static byte[] encode(BufferedImage image, String format, float quality)
      throws IOException {
    ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
      writer.setOutput(stream);
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(quality);
      writer.write(null, new IIOImage(image, null, null), param);
    } finally {
      writer.dispose();
    }
    return out.toByteArray();
  }

}
