package org.paperdeck.model;

import java.util.List;
import java.util.Objects;

/** A block of rich text: a paragraph, a list, display math, a figure, a table or code. */
public sealed interface Block {

  record Paragraph(List<Inline> inlines) implements Block {
    public Paragraph {
      inlines = List.copyOf(inlines);
    }
  }

  /** A bulleted or numbered list; {@code start} is the first number of an ordered list. */
  record ListBlock(boolean ordered, int start, List<ListItem> items) implements Block {
    public ListBlock {
      items = List.copyOf(items);
    }
  }

  record ListItem(List<Block> blocks) {
    public ListItem {
      blocks = List.copyOf(blocks);
    }
  }

  /** Display math in a paragraph of its own, kept as LaTeX source. */
  record DisplayMath(String latex) implements Block {
    public DisplayMath {
      Objects.requireNonNull(latex, "latex");
    }
  }

  /**
   * An image written {@code ![caption](path)} in a paragraph of its own.
   *
   * @param path the image file, resolved against the notes file's folder and checked to exist
   */
  record Figure(List<Inline> caption, java.nio.file.Path path) implements Block {
    public Figure {
      caption = List.copyOf(caption);
      Objects.requireNonNull(path, "path");
    }
  }

  /** A table; the first row is the header row when {@code hasHeader}. */
  record Table(boolean hasHeader, List<List<List<Inline>>> rows) implements Block {
    public Table {
      rows = rows.stream().map(row -> row.stream().map(List::copyOf).toList()).toList();
    }
  }

  /** A fenced or indented code block, shown verbatim. */
  record CodeBlock(String code) implements Block {
    public CodeBlock {
      Objects.requireNonNull(code, "code");
    }
  }
}
