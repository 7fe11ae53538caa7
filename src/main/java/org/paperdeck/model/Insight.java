package org.paperdeck.model;

import java.util.Objects;
import org.paperdeck.diagnostics.SourcePos;

/** One item of a paper's Insights list. */
public record Insight(RichText text, SourcePos pos) {
  public Insight {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(pos, "pos");
  }
}
