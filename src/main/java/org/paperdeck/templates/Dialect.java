package org.paperdeck.templates;

/** The two markup languages rich text is written in: the deck plan's and the handout's. */
enum Dialect {
  /** The deck-plan vocabulary (docs/templates.md): math stays LaTeX for the deck writer. */
  PLAN,
  /**
   * XHTML for Flying Saucer: math becomes Unicode with sub/sup elements where that shows it
   * faithfully, else a typeset picture.
   */
  XHTML
}
