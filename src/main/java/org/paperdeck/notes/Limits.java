package org.paperdeck.notes;

/**
 * Input limits (docs/format.md, "Limits"). Each keeps memory and time bounded whatever a file
 * holds, and each sits far above what a real talk needs, so only a wrong or broken file meets it.
 */
final class Limits {
  /** Notes are text a person writes: 8 MiB is thousands of pages. */
  static final long MAX_FILE_BYTES = 8L * 1024 * 1024;
  /** A longer line is a pasted blob, not prose; it would also make every message unreadable. */
  static final int MAX_LINE_CHARS = 20_000;
  /** A talk of more papers is no talk; the deck alone would be thousands of slides. */
  static final int MAX_PAPERS = 2_000;
  /** Lists, quotes and emphasis nested deeper than this are not readable on a slide. */
  static final int MAX_NESTING = 10;
  /** Pixels of one image: larger ones would take hundreds of MiB to decode for a slide. */
  static final long MAX_IMAGE_PIXELS = 50_000_000L;

  private Limits() {}
}
