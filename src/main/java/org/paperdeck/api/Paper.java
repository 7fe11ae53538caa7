package org.paperdeck.api;

import org.paperdeck.pipeline.PaperSize;

/** The page size of the PDF handout, as {@code --paper} names it. */
public enum Paper {
  /** ISO A4, 210 × 297 mm: the default. */
  A4(PaperSize.A4),
  /** US Letter, 8.5 × 11 in. */
  LETTER(PaperSize.LETTER);

  private final PaperSize size;

  Paper(PaperSize size) {
    this.size = size;
  }

  PaperSize size() {
    return size;
  }
}
