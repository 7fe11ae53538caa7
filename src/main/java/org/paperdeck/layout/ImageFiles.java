package org.paperdeck.layout;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.paperdeck.images.ImageHeader;
import org.paperdeck.images.SmallerCopy;

/**
 * Reads the pictures a plan names, once per deck however many slides show them: their size in
 * pixels, which boxes are made from, and the bytes the deck stores. Only the header is decoded
 * for the size. A picture of more than {@link SmallerCopy#MAX_KEPT_PIXELS} pixels is stored as a
 * copy at {@link SmallerCopy#PIXELS_PER_INCH} on the whole slide, the largest it can be shown,
 * and the first slide that shows it says so; a smaller one is stored as the file is.
 */
final class ImageFiles {
  /**
   * A readable picture.
   *
   * @param width the file's own width in pixels, whatever {@code bytes} hold: boxes are made
   *     from it, so a stored copy is shown exactly where the file would be
   */
  record Image(byte[] bytes, SlideLayout.Format format, int width, int height) {
    /** Its width at 96 dpi, where a pixel is three quarters of a point. */
    double nativeWidth() {
      return width * 72.0 / 96;
    }

    double nativeHeight() {
      return height * 72.0 / 96;
    }
  }

  private final int maxWidth;
  private final int maxHeight;
  private final Map<Path, Image> read = new HashMap<>();

  /** For a deck whose slides are {@code slideWidth} by {@code slideHeight} points. */
  ImageFiles(double slideWidth, double slideHeight) {
    this.maxWidth = SmallerCopy.pixelsFor(slideWidth);
    this.maxHeight = SmallerCopy.pixelsFor(slideHeight);
  }

  /**
   * The picture at {@code path}; throws with the reason when it is not a PNG or JPEG one.
   *
   * @param notices told, the first time only, that the deck stores a smaller copy
   */
  Image read(Path path, Consumer<String> notices) throws IOException {
    Image known = read.get(path);
    if (known != null) {
      return known;
    }
    ImageHeader header = ImageHeader.read(path)
        .orElseThrow(() -> new IOException("not a PNG or JPEG picture"));
    SlideLayout.Format format = header.png() ? SlideLayout.Format.PNG : SlideLayout.Format.JPEG;
    Image image;
    if (SmallerCopy.keeps(header)) {
      image = new Image(Files.readAllBytes(path), format, header.width(), header.height());
    } else {
      SmallerCopy.Copy copy;
      try {
        copy = SmallerCopy.of(path, maxWidth, maxHeight);
      } catch (IOException e) {
        throw new IOException("has " + header.pixels() / 1_000_000 + " million pixels and cannot"
            + " be decoded to make a smaller copy (" + e.getMessage() + ")", e);
      }
      image = new Image(copy.bytes(), format, header.width(), header.height());
      notices.accept("image " + path.getFileName() + " (" + header.width() + "×" + header.height()
          + " pixels) is stored in the deck as a copy of " + copy.width() + "×" + copy.height()
          + ", " + SmallerCopy.PIXELS_PER_INCH + " pixels per inch on the whole slide");
    }
    read.put(path, image);
    return image;
  }
}
