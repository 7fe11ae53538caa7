package org.paperdeck.pptx;

/**
 * How large a theme may be (docs/theme.md, "Limits"). Each sits far above any real theme, a few
 * MiB of pictures and XML, and keeps a wrong file or a zip bomb from exhausting memory: a theme
 * is opened more than once in a build, and POI holds every part in memory, its XML as trees
 * several times the size of the text.
 */
public final class ThemeLimits {
  /** The file itself. */
  public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;
  /** All parts unpacked: pictures, fonts, XML. */
  static final long MAX_UNPACKED_BYTES = 64L * 1024 * 1024;
  /** The XML parts unpacked, which POI parses into trees. */
  static final long MAX_XML_BYTES = 16L * 1024 * 1024;
  /** How deep an XML part nests its elements: a slide with groups in groups is some twenty. */
  static final int MAX_XML_DEPTH = 256;
  /** Parts in the archive. */
  static final int MAX_PARTS = 1000;

  private ThemeLimits() {}

  /** A limit in the unit the docs use. */
  public static String mib(long bytes) {
    return bytes / (1024 * 1024) + " MiB";
  }
}
