package org.paperdeck.model;

import java.util.List;
import java.util.Objects;
import org.paperdeck.diagnostics.SourcePos;

/** A level-1 heading of the notes: a group of papers with an optional description. */
public record Category(String name, SourcePos pos, RichText description, List<Paper> papers) {
  public Category {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(pos, "pos");
    Objects.requireNonNull(description, "description");
    papers = List.copyOf(papers);
  }
}
