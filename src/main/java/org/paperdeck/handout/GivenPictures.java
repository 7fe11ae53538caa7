package org.paperdeck.handout;

import java.util.Map;
import org.paperdeck.images.Png;

/**
 * Pictures a build hands the PDF handout by address rather than inside its XHTML: the deck's
 * slides for the slides handout, as the rows of the PNGs it drew. Written into the XHTML as
 * {@code data:} addresses, each slide (about 85,000 characters of base64) would pass as text
 * through the template's output and the parsed document, and a few hundred slides would fill the
 * memory Java has; by address, the template prints a short name and the PDF keeps these rows as
 * they are.
 *
 * @param rows each picture's rows as a PNG file stores them, by the address the template prints
 *     for it; made by paperdeck's own encoder, so whole and sound
 */
public record GivenPictures(Map<String, Png.StoredRows> rows) {
  /** No pictures given: every address the XHTML names is loaded as usual. */
  public static final GivenPictures NONE = new GivenPictures(Map.of());

  public GivenPictures {
    // The rows themselves are not copied: a hundred megabytes at a thousand papers, and read.
    rows = Map.copyOf(rows);
  }

  /** The rows given for {@code address}, or {@code null} when it names no given picture. */
  Png.StoredRows at(String address) {
    return rows.get(address);
  }
}
