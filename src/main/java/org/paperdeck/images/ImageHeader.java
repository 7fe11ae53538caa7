package org.paperdeck.images;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * A PNG or JPEG picture's format and size, read from its header without decoding its pixels.
 *
 * @param png a PNG (else a JPEG)
 */
public record ImageHeader(boolean png, int width, int height) {
  /** Width times height. */
  public long pixels() {
    return (long) width * height;
  }

  /** The header of the PNG or JPEG picture in {@code file}; empty when it is neither. */
  public static Optional<ImageHeader> read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    }
  }

  /** The header of the PNG or JPEG picture in {@code bytes}; empty when it is neither. */
  public static Optional<ImageHeader> read(byte[] bytes) {
    try {
      return read(new ByteArrayInputStream(bytes));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static Optional<ImageHeader> read(InputStream in) throws IOException {
    byte[] magic = in.readNBytes(8);
    Boolean png = png(magic);
    if (png == null) {
      return Optional.empty();
    }
    try (ImageInputStream stream = ImageIO.createImageInputStream(
        new java.io.SequenceInputStream(new ByteArrayInputStream(magic), in))) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(stream);
      if (!readers.hasNext()) {
        return Optional.empty();
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(stream, true, true);
        return Optional.of(new ImageHeader(png, reader.getWidth(0), reader.getHeight(0)));
      } catch (IOException | RuntimeException e) {
        return Optional.empty();
      } finally {
        reader.dispose();
      }
    }
  }

  /** True for PNG's signature, false for JPEG's, {@code null} for anything else. */
  static Boolean png(byte[] magic) {
    if (magic.length >= 4 && (magic[0] & 0xFF) == 0x89 && magic[1] == 'P' && magic[2] == 'N'
        && magic[3] == 'G') {
      return true;
    }
    if (magic.length >= 3 && (magic[0] & 0xFF) == 0xFF && (magic[1] & 0xFF) == 0xD8
        && (magic[2] & 0xFF) == 0xFF) {
      return false;
    }
    return null;
  }
}
