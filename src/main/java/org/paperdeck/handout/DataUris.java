package org.paperdeck.handout;

import java.util.Base64;
import java.util.Locale;

/** {@code data:} URIs, which put an image inside the document that shows it. */
final class DataUris {
  private DataUris() {}

  static String of(String mediaType, byte[] bytes) {
    return "data:" + mediaType + ";base64," + Base64.getEncoder().encodeToString(bytes);
  }

  /** The media type of an image file, by its name, or {@code null} for one browsers do not show. */
  static String imageType(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".png")) {
      return "image/png";
    } else if (name.endsWith(".jpg") || name.endsWith(".jpeg")) {
      return "image/jpeg";
    } else if (name.endsWith(".gif")) {
      return "image/gif";
    } else if (name.endsWith(".svg")) {
      return "image/svg+xml";
    } else if (name.endsWith(".webp")) {
      return "image/webp";
    }
    return null;
  }
}
