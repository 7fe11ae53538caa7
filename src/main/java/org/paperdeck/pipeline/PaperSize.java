package org.paperdeck.pipeline;

/** A handout page size, as CSS {@code @page size} names it. */
public enum PaperSize {
  A4("A4"), LETTER("letter");

  private final String css;

  PaperSize(String css) {
    this.css = css;
  }

  public String css() {
    return css;
  }
}
