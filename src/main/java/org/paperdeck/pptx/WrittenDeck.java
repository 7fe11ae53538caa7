package org.paperdeck.pptx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xslf.usermodel.XMLSlideShow;

/**
 * Opens a deck paperdeck wrote, to read or draw its slides. POI refuses an archive of more than
 * 1,000 entries as a possible zip bomb, and a deck has about seven a paper (slide, notes page,
 * their links, the QR code): 13,473 at 2,000 papers, the format's limit. The deck is our own,
 * written moments before, so the ceiling is raised for it; a theme, which comes from elsewhere,
 * is held to {@link ThemeLimits#MAX_PARTS} by {@link ThemeFile#check} before POI opens it.
 */
public final class WrittenDeck {
  /** Far above any deck within the format's limits; still a bound. */
  static final long MAX_ENTRIES = 1_000_000;

  private WrittenDeck() {}

  /** The deck in {@code pptx}, as POI reads it. */
  public static XMLSlideShow open(byte[] pptx) throws IOException {
    if (ZipSecureFile.getMaxFileCount() < MAX_ENTRIES) {
      ZipSecureFile.setMaxFileCount(MAX_ENTRIES);
    }
    return new XMLSlideShow(new ByteArrayInputStream(pptx));
  }
}
