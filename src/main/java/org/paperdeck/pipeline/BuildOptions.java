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
public record BuildOptions(List<Output> formats, PaperSize paper) {
  public BuildOptions {
    Objects.requireNonNull(paper, "paper");
    if (formats.isEmpty()) {
      throw new IllegalArgumentException("no output format");
    }
    formats = Outputs.inOrder(formats);
  }

  /** The deck and the A4 PDF handout. */
  public static BuildOptions defaults() {
    return new BuildOptions(Outputs.defaults(), PaperSize.A4);
  }

  public boolean wants(Output format) {
    return formats.contains(format);
  }

  /** Whether an output wanted is made from the deck. */
  boolean wantsDeck() {
    return formats.stream().anyMatch(Output::needsDeck);
  }
}
