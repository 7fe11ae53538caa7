package org.paperdeck.pptx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.sl.usermodel.PictureData;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.junit.jupiter.api.Test;

/**
 * The deck's zip deflated on a second thread holds what POI's own save writes: the same entries
 * in the same order, each with the same compressed bytes.
 */
class DeflatingZipTest {
  /** One entry as it lies in a zip: its name, checksum, sizes, compressed bytes and time. */
  private record Stored(String name, long crc, long size, int method, byte[] compressed,
      LocalDateTime time) {}

  private static List<Stored> stored(byte[] zip) throws IOException {
    List<Stored> entries = new ArrayList<>();
    try (ZipFile file = ZipFile.builder()
        .setSeekableByteChannel(new SeekableInMemoryByteChannel(zip)).get()) {
      for (ZipArchiveEntry entry : Collections.list(file.getEntriesInPhysicalOrder())) {
        try (InputStream raw = file.getRawInputStream(entry)) {
          entries.add(new Stored(entry.getName(), entry.getCrc(), entry.getSize(),
              entry.getMethod(), raw.readAllBytes(),
              LocalDateTime.ofInstant(java.time.Instant.ofEpochMilli(entry.getTime()),
                  ZoneId.systemDefault())));
        }
      }
    }
    return entries;
  }

  /** The first three on every slide, the last two (outside ASCII) on every fifth. */
  private static final List<String> LINKS = List.of("https://example.org/a?b=1&c=2#d",
      "https://example.org/say%20%22hi%22%3Cthere%3E/", "mailto:someone@example.org?subject=x&body=y",
      "https://zh.wikipedia.org/wiki/中文/", "https://example.org/😀/");

  /** Slides with text long enough to be deflated in several blocks, and a picture. */
  private static XMLSlideShow deck() throws IOException {
    XMLSlideShow show = new XMLSlideShow();
    BufferedImage image = new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < 64; y++) {
      for (int x = 0; x < 64; x++) {
        image.setRGB(x, y, (x * 31 + y * 17) % 5 == 0 ? 0x000000 : 0xffffff);
      }
    }
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    ImageIO.write(image, "png", png);
    for (int i = 1; i <= 30; i++) {
      XSLFSlide slide = show.createSlide();
      XSLFTextBox box = slide.createTextBox();
      box.setAnchor(new Rectangle(40, 40, 600, 400));
      box.setText(("Slide " + i + ": attention, sparse retrieval, 中文, Ελληνικά. ").repeat(40 * i));
      slide.createPicture(show.addPicture(png.toByteArray(), PictureData.PictureType.PNG));
      // Links as notes give them: a query and a fragment (escaped in the XML), quotes escaped in
      // the link, letters outside ASCII (relationships left to POI).
      for (String link : i % 5 == 0 ? LINKS : LINKS.subList(0, 3)) {
        XSLFTextRun run = box.addNewTextParagraph().addNewTextRun();
        run.setText(link);
        run.createHyperlink().setAddress(link + i);
      }
      if (i % 3 == 0) {
        show.getNotesSlide(slide);
      }
    }
    return show;
  }

  @Test
  void theZipHoldsPoisEntriesInOrderWithTheSameCompressedBytes() throws IOException {
    try (XMLSlideShow show = deck()) {
      ByteArrayOutputStream poi = new ByteArrayOutputStream();
      show.write(poi);
      ByteArrayOutputStream ours = new ByteArrayOutputStream();
      Map<String, RelationshipsXml.Entry> taken = RelationshipsXml.takeFrom(show.getPackage());
      // Every slide's relationships, and their notes pages', but those of every fifth slide.
      assertTrue(taken.size() >= 24 + 10, "relationships written as text: " + taken.size());
      LocalDateTime talkDate = LocalDateTime.of(2022, 5, 6, 0, 0);
      long entryTime = talkDate.atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();
      try (DeflatingZip zip = new DeflatingZip(ours, taken, List.of(), entryTime)) {
        show.write(zip);
      }
      List<Stored> expected = stored(poi.toByteArray());
      List<Stored> actual = stored(ours.toByteArray());
      assertTrue(expected.size() > 60, "slides, their relationships and the deck's own parts");
      assertEquals(expected.stream().map(Stored::name).toList(),
          actual.stream().map(Stored::name).toList());
      for (int i = 0; i < expected.size(); i++) {
        Stored want = expected.get(i);
        Stored got = actual.get(i);
        assertEquals(want.crc(), got.crc(), want.name());
        assertEquals(want.size(), got.size(), want.name());
        assertEquals(want.method(), got.method(), want.name());
        assertArrayEquals(want.compressed(), got.compressed(), want.name());
        assertEquals(talkDate, got.time(), "dated as the deck is stamped: " + want.name());
      }
    }
  }

  @Test
  void writingOutsideAnEntryIsAMistake() throws IOException {
    try (DeflatingZip zip = new DeflatingZip(new ByteArrayOutputStream(), Map.of(), List.of(),
        DeflatingZip.EARLIEST_TIME)) {
      assertThrows(IllegalStateException.class, () -> zip.write(new byte[] {1}, 0, 1));
    }
  }
}
