package org.paperdeck.images;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * PNG files written without ImageIO, for the two kinds of picture paperdeck makes in bulk: QR
 * codes (one bit a pixel) and slides drawn as pictures (opaque colour). ImageIO's PNG writer goes
 * through the colour model pixel by pixel and tries every row filter on every row: for the
 * example's 17 slides at 150 dpi it took 1,002 ms where this takes 382 ms at zlib's level 3, for
 * files 3 % smaller (docs/preview.md, "How fast"). Every row is written unfiltered: slides are
 * mostly flat colour and sharp-edged text, on which filtering made the files larger, not
 * smaller.
 */
public final class Png {
  private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
  /** Rows read from the raster at a time: fewer calls, a buffer of a few hundred kilobytes. */
  private static final int ROWS_AT_ONCE = 16;
  private static final byte NO_FILTER = 0;
  /** The most pixels a picture of the notes may have (docs/format.md, "Limits"). */
  private static final long MAX_PIXELS = 50_000_000L;

  private Png() {}

  /**
   * A PNG's pixels as its file stores them: its rows, each led by its filter byte, deflated. A
   * PDF can show them without decoding them (a Flate stream with PNG predictors), which keeps a
   * handout of many slide pictures from holding every one of them decoded, about 1.5 MiB a slide.
   *
   * @param components 1 for grey, 3 for RGB
   */
  public record StoredRows(int width, int height, int components, byte[] deflated) {}

  /**
   * {@code png}'s rows as stored, when it is 8 bits a sample, grey or RGB, opaque, not
   * interlaced, with no colour profile, and its rows inflate whole; empty for any other PNG (a
   * palette, an alpha channel, 16 bits, a transparent colour, an ICC profile) and for bytes that
   * are not a whole, sound PNG, which a decoder then reads or refuses.
   */
  public static Optional<StoredRows> storedRows(byte[] png) {
    if (png.length < SIGNATURE.length + 25
        || !Arrays.equals(png, 0, SIGNATURE.length, SIGNATURE, 0, SIGNATURE.length)) {
      return Optional.empty();
    }
    ByteBuffer file = ByteBuffer.wrap(png);
    file.position(SIGNATURE.length);
    ByteArrayOutputStream deflated = new ByteArrayOutputStream(png.length);
    int width = 0;
    int height = 0;
    int components = 0;
    while (file.remaining() >= 12) {
      int length = file.getInt();
      byte[] name = new byte[4];
      file.get(name);
      String type = new String(name, StandardCharsets.US_ASCII);
      if (length < 0 || length > file.remaining() - 4) {
        return Optional.empty();
      }
      int start = file.position();
      switch (type) {
        case "IHDR" -> {
          if (length != 13) {
            return Optional.empty();
          }
          width = file.getInt(start);
          height = file.getInt(start + 4);
          int bitDepth = file.get(start + 8);
          int colourType = file.get(start + 9);
          int interlace = file.get(start + 12);
          if (bitDepth != 8 || (colourType != 0 && colourType != 2) || interlace != 0
              || width <= 0 || height <= 0 || (long) width * height > MAX_PIXELS) {
            return Optional.empty();
          }
          components = colourType == 2 ? 3 : 1;
        }
        case "IDAT" -> deflated.write(png, start, length);
        case "tRNS", "iCCP" -> {
          return Optional.empty();
        }
        case "IEND" -> {
          byte[] rows = deflated.toByteArray();
          return components == 0 || !wholeRows(rows, width, height, components)
              ? Optional.empty() : Optional.of(new StoredRows(width, height, components, rows));
        }
        default -> {
          // Ancillary chunks (text, dates, gamma) do not change the stored pixels.
        }
      }
      file.position(start + length + 4); // past the data and its CRC
    }
    return Optional.empty();
  }

  /**
   * Whether {@code deflated} inflates, checksum and all, to exactly {@code height} rows of
   * {@code width} pixels, each led by a filter PNG defines (0 to 4). A PDF reader would show a
   * damaged or short stream as a damaged picture without a word; checked here, such a PNG goes
   * to Flying Saucer's own loading, which warns that it could not be loaded. Inflating costs
   * about a millisecond for a slide of 960 by 540 pixels, far less than decoding it into a
   * raster.
   */
  private static boolean wholeRows(byte[] deflated, int width, int height, int components) {
    long rowBytes = 1 + (long) width * components;
    long expected = rowBytes * height;
    Inflater inflater = new Inflater();
    try {
      inflater.setInput(deflated);
      byte[] buffer = new byte[1 << 16];
      long seen = 0;
      while (!inflater.finished()) {
        int count = inflater.inflate(buffer);
        if (count == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
          return false;
        }
        // The filter byte of every row that starts in this piece.
        for (long rowStart = (seen + rowBytes - 1) / rowBytes * rowBytes;
            rowStart < seen + count; rowStart += rowBytes) {
          if (rowStart >= expected || (buffer[(int) (rowStart - seen)] & 0xFF) > 4) {
            return false;
          }
        }
        seen += count;
      }
      return seen == expected && inflater.getRemaining() == 0;
    } catch (DataFormatException e) {
      return false;
    } finally {
      inflater.end();
    }
  }

  /**
   * {@code image}, which must be {@link BufferedImage#TYPE_INT_RGB}, as an 8-bit RGB PNG
   * deflated at zlib's {@code level} (1 the fastest, 9 the smallest).
   *
   * @throws IllegalArgumentException for an image of another type
   */
  public static byte[] rgb(BufferedImage image, int level) {
    return file(rgbRows(image, level));
  }

  /**
   * {@code image}'s rows as {@link #rgb} stores them in its file: what a PDF keeps of a picture,
   * without the file around them.
   *
   * @throws IllegalArgumentException for an image of another type than
   *     {@link BufferedImage#TYPE_INT_RGB}
   */
  public static StoredRows rgbRows(BufferedImage image, int level) {
    if (image.getType() != BufferedImage.TYPE_INT_RGB) {
      throw new IllegalArgumentException("not an opaque RGB image: type " + image.getType());
    }
    int width = image.getWidth();
    int height = image.getHeight();
    Raster raster = image.getRaster();
    Deflater deflater = new Deflater(level);
    ByteArrayOutputStream compressed = new ByteArrayOutputStream(width * height / 4);
    int[] pixels = new int[width * ROWS_AT_ONCE];
    byte[] scanlines = new byte[(1 + 3 * width) * ROWS_AT_ONCE];
    byte[] buffer = new byte[1 << 16];
    for (int y = 0; y < height; y += ROWS_AT_ONCE) {
      int rows = Math.min(ROWS_AT_ONCE, height - y);
      raster.getDataElements(0, y, width, rows, pixels);
      int at = 0;
      for (int row = 0; row < rows; row++) {
        scanlines[at++] = NO_FILTER;
        for (int i = row * width, end = i + width; i < end; i++) {
          int pixel = pixels[i];
          scanlines[at++] = (byte) (pixel >> 16);
          scanlines[at++] = (byte) (pixel >> 8);
          scanlines[at++] = (byte) pixel;
        }
      }
      deflater.setInput(scanlines, 0, at);
      while (!deflater.needsInput()) {
        compressed.write(buffer, 0, deflater.deflate(buffer));
      }
    }
    return new StoredRows(width, height, 3, finish(deflater, compressed, buffer));
  }

  /** The PNG file of 8-bit {@code rows}, grey or RGB. */
  public static byte[] file(StoredRows rows) {
    return file(rows.width(), rows.height(), 8, rows.components() == 3 ? 2 : 0, rows.deflated());
  }

  /**
   * A one-bit greyscale PNG of {@code scanlines}: each row a filter byte (0, none), then one bit
   * a pixel, 1 for white. Deflated as hard as zlib can: QR codes are small and many.
   */
  public static byte[] gray1(int width, int height, byte[] scanlines) {
    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
    deflater.setInput(scanlines);
    return file(width, height, 1, 0,
        finish(deflater, new ByteArrayOutputStream(), new byte[8192]));
  }

  /** Finishes {@code deflater}'s stream into {@code compressed}, and returns that. */
  private static byte[] finish(Deflater deflater, ByteArrayOutputStream compressed,
      byte[] buffer) {
    deflater.finish();
    while (!deflater.finished()) {
      compressed.write(buffer, 0, deflater.deflate(buffer));
    }
    deflater.end();
    return compressed.toByteArray();
  }

  /** {@code deflated} rows wrapped as a PNG file. */
  private static byte[] file(int width, int height, int bitDepth, int colourType,
      byte[] deflated) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(deflated.length + 64);
    out.writeBytes(SIGNATURE);
    ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height)
        .put((byte) bitDepth)
        .put((byte) colourType) // 0 greyscale, 2 RGB
        .put((byte) 0).put((byte) 0).put((byte) 0); // deflate, adaptive filtering, no interlace
    chunk(out, "IHDR", header.array());
    chunk(out, "IDAT", deflated);
    chunk(out, "IEND", new byte[0]);
    return out.toByteArray();
  }

  private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
    byte[] name = type.getBytes(StandardCharsets.US_ASCII);
    CRC32 crc = new CRC32();
    crc.update(name);
    crc.update(data);
    out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
    out.writeBytes(name);
    out.writeBytes(data);
    out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
  }
}
