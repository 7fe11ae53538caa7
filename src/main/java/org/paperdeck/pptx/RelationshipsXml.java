package org.paperdeck.pptx;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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

  /**
   * One relationship as it is written.
   *
   * @param target the target's URI: absolute or relative to the source for a part in the
   *     package, as given for an external one
   */
  record Link(String id, String type, URI target, TargetMode mode) {
    static Link of(PackageRelationship relationship) {
      return new Link(relationship.getId(), relationship.getRelationshipType(),
          relationship.getTargetURI(), relationship.getTargetMode());
    }
  }

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
      List<Link> links = new ArrayList<>();
      part.getRelationships().forEach(relationship -> links.add(Link.of(relationship)));
      Entry entry = of(part.getPartName(), links);
      if (entry == null) {
        continue;
      }
      byPartEntry.put(ZipHelper.getZipItemNameFromOPCName(part.getPartName().getURI().getPath()),
          entry);
      part.clearRelationships();
    }
    return byPartEntry;
  }

  /**
   * The relationships part of {@code part} holding {@code links}, in that order, as POI writes
   * one; {@code null} when they are not plain enough to write as POI would.
   */
  static Entry of(PackagePartName part, List<Link> links) throws InvalidFormatException {
    PackagePartName relationshipsName = PackagingURIHelper.getRelationshipPartName(part);
    String xml = xml(part.getURI(), links);
    return xml == null ? null
        : new Entry(ZipHelper.getZipURIFromOPCName(relationshipsName.getURI().toASCIIString())
            .getPath(), xml.getBytes(StandardCharsets.UTF_8));
  }

  /** The relationships of the part at {@code source} as POI writes them, or {@code null}. */
  private static String xml(URI source, List<Link> links) {
    StringBuilder xml = new StringBuilder(HEAD);
    for (Link link : links) {
      boolean external = link.mode() == TargetMode.EXTERNAL;
      String target = external || HYPERLINK.equals(link.type())
          ? link.target().toString()
          : PackagingURIHelper.relativizeURI(source, link.target(), true).toString();
      // The serialiser writes the attributes in the order of their names.
      xml.append("<Relationship Id=\"");
      if (!escaped(link.id(), xml)) {
        return null;
      }
      xml.append("\" Target=\"");
      if (!escaped(target, xml)) {
        return null;
      }
      xml.append(external ? "\" TargetMode=\"External\" Type=\"" : "\" Type=\"");
      if (!escaped(link.type(), xml)) {
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
