package org.paperdeck.pptx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.junit.jupiter.api.Test;

/**
 * Parts written outside POI's package are listed in {@code [Content_Types].xml} exactly as POI
 * lists the same parts made in its package in the same order: defaults for new extensions,
 * overrides where an extension's default is another type, in POI's order.
 */
class ContentTypesXmlTest {
  private static final String SLIDE =
      "application/vnd.openxmlformats-officedocument.presentationml.slide+xml";
  private static final String NOTES =
      "application/vnd.openxmlformats-officedocument.presentationml.notesSlide+xml";

  /** Parts the package always holds here, and parts written either way. */
  private static final Map<String, String> BASE = Map.of(
      "/ppt/slides/slide1.xml", SLIDE, "/ppt/slides/slide12.xml", SLIDE,
      "/ppt/media/logo.jpeg", "image/jpeg");
  private static final List<Map.Entry<String, String>> MORE = List.of(
      Map.entry("/ppt/notesSlides/notesSlide2.xml", NOTES),
      Map.entry("/ppt/notesSlides/notesSlide10.xml", NOTES),
      Map.entry("/ppt/media/picture1.png", "image/png"),
      Map.entry("/ppt/media/picture2.png", "image/png"),
      Map.entry("/ppt/media/picture3.jpeg", "image/jpeg"),
      Map.entry("/ppt/embeddings/data.bin", "application/vnd.example.data"),
      Map.entry("/ppt/media/a.zz", "image/png"),
      Map.entry("/ppt/slides/slide3.xml", SLIDE),
      Map.entry("/ppt/custom/noextension", "application/vnd.example.other"));

  private static String contentTypes(boolean withMore) throws Exception {
    ByteArrayOutputStream saved = new ByteArrayOutputStream();
    try (OPCPackage pkg = OPCPackage.create(new ByteArrayOutputStream())) {
      for (Map.Entry<String, String> part : BASE.entrySet()) {
        make(pkg, part.getKey(), part.getValue());
      }
      if (withMore) {
        for (Map.Entry<String, String> part : MORE) {
          make(pkg, part.getKey(), part.getValue());
        }
      }
      pkg.save(saved);
    }
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(saved.toByteArray()))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        if (entry.getName().equals("[Content_Types].xml")) {
          return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    }
    throw new AssertionError("no [Content_Types].xml");
  }

  private static void make(OPCPackage pkg, String name, String type) throws Exception {
    PackagePart part = pkg.createPart(PackagingURIHelper.createPartName(name), type);
    try (var out = part.getOutputStream()) {
      out.write(1);
    }
  }

  @Test
  void partsOutsideAreListedAsPoiListsThem() throws Exception {
    List<OutsidePart> outside = new ArrayList<>();
    for (Map.Entry<String, String> part : MORE) {
      outside.add(new OutsidePart(PackagingURIHelper.createPartName(part.getKey()),
          part.getValue(), new byte[] {1}, null));
    }
    String poi = contentTypes(true);
    assertTrue(poi.contains("Extension=\"png\"") && poi.contains("PartName=\"/ppt/media/a.zz\"")
        && poi.contains("PartName=\"/ppt/custom/noextension\""), poi);
    String ours = new String(ContentTypesXml.listing(
        contentTypes(false).getBytes(StandardCharsets.UTF_8), outside), StandardCharsets.UTF_8);
    assertEquals(poi, ours);
  }

  @Test
  void withNothingOutsideTheListIsPois() throws IOException, Exception {
    byte[] poi = contentTypes(false).getBytes(StandardCharsets.UTF_8);
    assertEquals(new String(poi, StandardCharsets.UTF_8),
        new String(ContentTypesXml.listing(poi, List.of()), StandardCharsets.UTF_8));
  }
}
