package org.paperdeck.model;

import java.util.Objects;
import org.paperdeck.diagnostics.SourcePos;

/** A labelled level-3 section of a paper (Problem, Method, Results …), kept in notes order. */
public record Section(String label, RichText body, SourcePos pos) {
  public Section {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(pos, "pos");
  }
}
