package org.paperdeck.layout;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Reads a picture a plan names: its bytes, format and size in pixels, which boxes are made from. */
final class ImageFiles {
  /** A readable picture. */
  record Image(byte[] bytes, SlideLayout.Format format, int width, int height) {
    /** Its width at 96 dpi, where a pixel is three quarters of a point. */
    double nativeWidth() {
      return width * 72.0 / 96;
    }

    double nativeHeight() {
      return height * 72.0 / 96;
    }
  }

  private ImageFiles() {}

  /** The picture at {@code path}; throws with the reason when it is not a PNG or JPEG one. */
  static Image read(Path path) throws IOException {
    byte[] bytes = Files.readAllBytes(path);
    SlideLayout.Format format = format(bytes);
    BufferedImage pixels = ImageIO.read(new ByteArrayInputStream(bytes));
    if (format == null || pixels == null) {
      throw new IOException("not a PNG or JPEG picture");
    }
    return new Image(bytes, format, pixels.getWidth(), pixels.getHeight());
  }

  static SlideLayout.Format format(byte[] bytes) {
    if (bytes.length > 4 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N') {
      return SlideLayout.Format.PNG;
    }
    if (bytes.length > 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8) {
      return SlideLayout.Format.JPEG;
    }
    return null;
  }
}
