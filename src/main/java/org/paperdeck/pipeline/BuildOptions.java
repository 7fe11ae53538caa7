package org.paperdeck.pipeline;

import java.util.List;
import java.util.Objects;

/**
 * What a build should make.
 *
 * @param formats the outputs wanted, in {@link Outputs} order; the deck is built even when none
 *     needs it if the handout template shows slides
 * @param paper the handout's page size
 */
public record BuildOptions(List<Output> formats, Paper paper) {
  /** A handout page size, as CSS {@code @page size} names it. */
  public enum Paper {
    A4("A4"), LETTER("letter");

    private final String css;

    Paper(String css) {
      this.css = css;
    }

    public String css() {
      return css;
    }
  }

  public BuildOptions {
    Objects.requireNonNull(paper, "paper");
    if (formats.isEmpty()) {
      throw new IllegalArgumentException("no output format");
    }
    formats = Outputs.inOrder(formats);
  }

  /** The deck and the A4 PDF handout. */
  public static BuildOptions defaults() {
    return new BuildOptions(Outputs.defaults(), Paper.A4);
  }

  public boolean wants(Output format) {
    return formats.contains(format);
  }

  /** Whether an output wanted is made from the deck. */
  boolean wantsDeck() {
    return formats.stream().anyMatch(Output::needsDeck);
  }
}
