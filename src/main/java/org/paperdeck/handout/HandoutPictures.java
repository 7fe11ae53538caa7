package org.paperdeck.handout;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.paperdeck.images.ImageHeader;
import org.paperdeck.images.SmallerCopy;

/**
 * The copy a handout holds of a picture larger than a page can show (docs/format.md, "Pictures"):
 * one of more than {@link SmallerCopy#MAX_KEPT_PIXELS} pixels becomes a copy at {@link
 * SmallerCopy#PIXELS_PER_INCH} on a whole page, A4 or letter, so neither the PDF nor the HTML
 * handout decodes or carries the full picture. Smaller pictures are used as they are.
 *
 * @param original the picture's own size, which the page still lays it out at
 */
record HandoutPictures(ImageHeader original, SmallerCopy.Copy copy) {
  /** Letter is the wider page, A4 the taller: a copy fits on either. */
  private static final double PAGE_WIDTH_POINTS = 612;
  private static final double PAGE_HEIGHT_POINTS = 842;

  /** The copy for the picture in {@code file}, or empty when the handout uses the file. */
  static Optional<HandoutPictures> of(Path file) throws IOException {
    Optional<ImageHeader> header = ImageHeader.read(file);
    if (header.isEmpty() || SmallerCopy.keeps(header.get())) {
      return Optional.empty();
    }
    return Optional.of(new HandoutPictures(header.get(), SmallerCopy.of(file,
        SmallerCopy.pixelsFor(PAGE_WIDTH_POINTS), SmallerCopy.pixelsFor(PAGE_HEIGHT_POINTS))));
  }

  /** The copy for the picture in {@code bytes}, or empty when the handout uses the bytes. */
  static Optional<HandoutPictures> of(byte[] bytes) throws IOException {
    Optional<ImageHeader> header = ImageHeader.read(bytes);
    if (header.isEmpty() || SmallerCopy.keeps(header.get())) {
      return Optional.empty();
    }
    return Optional.of(new HandoutPictures(header.get(), SmallerCopy.of(bytes,
        SmallerCopy.pixelsFor(PAGE_WIDTH_POINTS), SmallerCopy.pixelsFor(PAGE_HEIGHT_POINTS))));
  }

  /** The warning's words: the handout shows less than the file holds. */
  String notice(String name) {
    return "image " + name + " (" + original.width() + "×" + original.height() + " pixels) is"
        + " held in the handout as a copy of " + copy.width() + "×" + copy.height() + ", "
        + SmallerCopy.PIXELS_PER_INCH + " pixels per inch on a whole page";
  }

  /** The copy's media type, for a {@code data:} URI. */
  String mediaType() {
    return copy.png() ? "image/png" : "image/jpeg";
  }
}
