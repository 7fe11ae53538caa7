package org.paperdeck.deck;

import java.nio.file.Path;
import java.util.Objects;

/** A picture the plan places on a slide, with its alternative text. */
public record PlanImage(Path source, String alt) {
  public PlanImage {
    Objects.requireNonNull(source, "source");
    alt = alt == null ? "" : alt;
  }
}
