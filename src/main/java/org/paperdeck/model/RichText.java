package org.paperdeck.model;

import java.util.List;

/**
 * Text that may carry markup or math: a sequence of blocks. A title or an insight is usually
 * one paragraph; a summary may be several paragraphs, lists and figures.
 */
public record RichText(List<Block> blocks) {
  public static final RichText EMPTY = new RichText(List.of());

  public RichText {
    blocks = List.copyOf(blocks);
  }

  /** One paragraph of the given inlines. */
  public static RichText ofInlines(List<Inline> inlines) {
    return inlines.isEmpty() ? EMPTY : new RichText(List.of(new Block.Paragraph(inlines)));
  }

  public boolean isEmpty() {
    return blocks.isEmpty();
  }

  /** True when this is a single paragraph, which templates may show as inline text. */
  public boolean isSingleParagraph() {
    return blocks.size() == 1 && blocks.get(0) instanceof Block.Paragraph;
  }

  /** The text with all markup removed: for sorting, comparing titles and plain-text outputs. */
  public String plainText() {
    return PlainText.of(this);
  }
}
