package org.paperdeck.handout;

import java.util.Map;

/**
 * PNG pictures a build hands the PDF handout by address rather than inside its XHTML: the deck's
 * slides for the slides handout. Written into the XHTML as {@code data:} addresses, each slide
 * (about 85,000 characters of base64) would pass as text through the template's output and the
 * parsed document, and a few hundred slides would fill the memory Java has; by address, the
 * template prints a short name and the PDF takes the picture's stored rows from these bytes.
 *
 * @param png each picture's PNG bytes, by the address the template prints for it
 */
public record GivenPictures(Map<String, byte[]> png) {
  /** No pictures given: every address the XHTML names is loaded as usual. */
  public static final GivenPictures NONE = new GivenPictures(Map.of());

  public GivenPictures {
    // The bytes themselves are not copied: tens of megabytes, and only read.
    png = Map.copyOf(png);
  }

  /** The PNG given for {@code address}, or {@code null} when it names no given picture. */
  byte[] at(String address) {
    return png.get(address);
  }
}
