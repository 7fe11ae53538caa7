package org.paperdeck.pptx;

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
    RelationshipsXml.Entry relationships) {}
