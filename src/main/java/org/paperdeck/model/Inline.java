package org.paperdeck.model;

import java.util.List;
import java.util.Objects;

/** A run of text inside a paragraph, title or list item. */
public sealed interface Inline {

  /** Plain characters, shown exactly as written. */
  record Text(String text) implements Inline {
    public Text {
      Objects.requireNonNull(text, "text");
    }
  }

  /** Inline code, shown in a monospaced font. */
  record Code(String text) implements Inline {
    public Code {
      Objects.requireNonNull(text, "text");
    }
  }

  /** Emphasis, strong emphasis or strikethrough around other inlines. */
  record Styled(Style style, List<Inline> children) implements Inline {
    public Styled {
      Objects.requireNonNull(style, "style");
      children = List.copyOf(children);
    }
  }

  /** A hyperlink; {@code href} has already been checked to be http, https or mailto. */
  record Link(String href, List<Inline> children) implements Inline {
    public Link {
      Objects.requireNonNull(href, "href");
      children = List.copyOf(children);
    }
  }

  /** Inline math, kept as its LaTeX source; writers decide how to show it. */
  record Math(String latex) implements Inline {
    public Math {
      Objects.requireNonNull(latex, "latex");
    }
  }

  /** A line break inside a paragraph: soft (a newline in the source) or hard. */
  record Break(boolean hard) implements Inline {}

  /** The styles a {@link Styled} run can carry. */
  enum Style {
    EMPHASIS,
    STRONG,
    STRIKETHROUGH
  }
}
