package org.paperdeck.disk;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fonts paperdeck ships, read from files in the cache folder rather than from copies. */
class BundledFontsTest {
  private static final String SANS = "/liberation/LiberationSans-Regular.ttf";

  @TempDir
  Path dir;

  @Test
  void aFontIsWrittenToTheCacheOnceUnderItsChecksumAndReadFromThere() throws Exception {
    Path cache = dir.resolve("cache").resolve("fonts");
    Font font = BundledFonts.trueType(BundledFontsTest.class, SANS, cache);
    assertEquals("Liberation Sans", font.getFamily());
    List<Path> files = list(cache);
    assertEquals(1, files.size(), files.toString());
    Path file = files.get(0);
    try (InputStream in = BundledFontsTest.class.getResourceAsStream(SANS)) {
      int length = in.readAllBytes().length;
      assertTrue(file.getFileName().toString()
          .matches("[0-9a-f]{8}-" + length + "-LiberationSans-Regular\\.ttf"), file.toString());
    }
    try (InputStream in = BundledFontsTest.class.getResourceAsStream(SANS)) {
      assertArrayEquals(in.readAllBytes(), Files.readAllBytes(file));
    }
    FileTime written = FileTime.fromMillis(0);
    Files.setLastModifiedTime(file, written);
    assertEquals("Liberation Sans",
        BundledFonts.trueType(BundledFontsTest.class, SANS, cache).getFamily());
    assertEquals(written, Files.getLastModifiedTime(file), "read again, not written again");
  }

  @Test
  void aFontAKilledBuildLeftOnItsWayIntoTheCacheIsRemovedWhenTheFontIsWritten()
      throws Exception {
    Path cache = Files.createDirectories(dir.resolve("fonts"));
    Font font = BundledFonts.trueType(BundledFontsTest.class, SANS, cache);
    Path file = list(cache).get(0);
    Files.delete(file);
    Path abandoned = cache.resolve("." + file.getFileName() + ".99999999.0123abcd.part");
    Files.writeString(abandoned, "the first bytes of a font");
    BundledFonts.trueType(BundledFontsTest.class, SANS, cache);
    assertEquals(List.of(file), list(cache));
    assertEquals("Liberation Sans", font.getFamily());
  }

  @Test
  void whereTheCacheCannotBeWrittenTheFontIsStillMade() throws Exception {
    Path notAFolder = Files.writeString(dir.resolve("plain-file"), "in the way");
    Font font = BundledFonts.trueType(BundledFontsTest.class, SANS, notAFolder.resolve("fonts"));
    assertEquals("Liberation Sans", font.getFamily());
  }

  private static List<Path> list(Path folder) throws Exception {
    try (Stream<Path> files = Files.list(folder)) {
      return files.sorted().toList();
    }
  }
}
