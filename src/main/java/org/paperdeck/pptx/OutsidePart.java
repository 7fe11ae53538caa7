package org.paperdeck.pptx;

import java.util.Comparator;
import java.util.Locale;
import org.apache.poi.openxml4j.opc.PackagePartName;

/**
 * A part of the deck written as text straight into its zip by {@link DeflatingZip}, never made
 * in POI's package. Every part POI makes costs it a handful of look-ups in sorted maps whose
 * every comparison spells out and compares both part names; for a thousand speaker notes pages
 * that was a third of making them, and a thousand QR codes' pictures cost the same at the end
 * of the deck (docs/performance.md, "Eighth round").
 *
 * @param name the part's name in the package
 * @param contentType the content type {@code [Content_Types].xml} gives it
 * @param xml the part's bytes
 * @param relationships the part's relationships part, or {@code null} when it has none
 */
record OutsidePart(PackagePartName name, String contentType, byte[] xml,
    RelationshipsXml.Entry relationships) {
  /** POI's order of parts, in which it writes them and lists their overrides. */
  static final Comparator<OutsidePart> IN_POI_ORDER =
      (a, b) -> PackagePartName.compare(a.name(), b.name());

  /** Whether POI would put this part before the part named {@code partName} ("/ppt/…"). */
  boolean sortsBefore(String partName) {
    return PackagePartName.compare(name.getName().toLowerCase(Locale.ROOT),
        partName.toLowerCase(Locale.ROOT)) < 0;
  }
}
