package org.paperdeck.pptx;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.openxml4j.opc.internal.ZipHelper;

/**
 * Each part's relationships written as text, byte for byte as POI's save writes them, and taken
 * off the part so that POI does not write them again. POI builds every relationships part as a
 * DOM and serialises it through a new XSLT transformer, at the end of the deck, one after the
 * other: at 1,000 papers, with a relationships part for every slide and notes page, that was
 * most of the deck's last second (docs/performance.md, "Seventh round"). {@link DeflatingZip}
 * writes each of them right after its part, where POI would have.
 *
 * <p>Only relationships whose attributes are plain ASCII text are taken, escaped as POI's
 * serialiser escapes {@code & < > "}; a part with anything else in them (a control character, a
 * letter outside ASCII in a link) is left to POI.
 */
final class RelationshipsXml {
  private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
      + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
  private static final String HYPERLINK =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink";

  /** One part's relationships part: its zip entry's name and its bytes. */
  record Entry(String name, byte[] xml) {}

  private RelationshipsXml() {}

  /**
   * Takes the relationships of every part of {@code pkg} that has plain ones, as text, by the
   * name of the part's own zip entry, and clears them from the part.
   */
  static Map<String, Entry> takeFrom(OPCPackage pkg) throws IOException {
    try {
      return take(pkg);
    } catch (InvalidFormatException e) {
      throw new IOException(e.getMessage(), e);
    }
  }

  private static Map<String, Entry> take(OPCPackage pkg) throws InvalidFormatException {
    Map<String, Entry> byPartEntry = new HashMap<>();
    for (PackagePart part : pkg.getParts()) {
      if (part.isRelationshipPart() || !part.hasRelationships()) {
        continue;
      }
      PackagePartName relationshipsName =
          PackagingURIHelper.getRelationshipPartName(part.getPartName());
      String xml = xml(part, relationshipsName);
      if (xml == null) {
        continue;
      }
      byPartEntry.put(ZipHelper.getZipItemNameFromOPCName(part.getPartName().getURI().getPath()),
          new Entry(ZipHelper.getZipURIFromOPCName(relationshipsName.getURI().toASCIIString())
              .getPath(), xml.getBytes(StandardCharsets.UTF_8)));
      part.clearRelationships();
    }
    return byPartEntry;
  }

  /** The part's relationships as POI writes them, or {@code null} if they are not plain. */
  private static String xml(PackagePart part, PackagePartName relationshipsName)
      throws InvalidFormatException {
    URI source = PackagingURIHelper.getSourcePartUriFromRelationshipPartUri(
        relationshipsName.getURI());
    StringBuilder xml = new StringBuilder(HEAD);
    for (PackageRelationship relationship : part.getRelationships()) {
      boolean external = relationship.getTargetMode() == TargetMode.EXTERNAL;
      String target = external || HYPERLINK.equals(relationship.getRelationshipType())
          ? relationship.getTargetURI().toString()
          : PackagingURIHelper.relativizeURI(source, relationship.getTargetURI(), true).toString();
      // The serialiser writes the attributes in the order of their names.
      xml.append("<Relationship Id=\"");
      if (!escaped(relationship.getId(), xml)) {
        return null;
      }
      xml.append("\" Target=\"");
      if (!escaped(target, xml)) {
        return null;
      }
      xml.append(external ? "\" TargetMode=\"External\" Type=\"" : "\" Type=\"");
      if (!escaped(relationship.getRelationshipType(), xml)) {
        return null;
      }
      xml.append("\"/>");
    }
    return xml.append("</Relationships>").toString();
  }

  /**
   * Appends {@code value} escaped for an attribute, as {@link ParagraphXml#escaped} escapes it;
   * false if it is not plain ASCII text, which the serialiser might write otherwise.
   */
  private static boolean escaped(String value, StringBuilder xml) {
    if (!value.chars().allMatch(c -> c >= 0x20 && c <= 0x7e)) {
      return false;
    }
    xml.append(ParagraphXml.escaped(value));
    return true;
  }
}
