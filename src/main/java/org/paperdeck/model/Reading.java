package org.paperdeck.model;

import java.util.Objects;
import org.paperdeck.diagnostics.SourcePos;

/**
 * One entry of the further-reading list.
 *
 * @param link the entry's link, or {@code null}
 * @param note what the notes say about the entry, possibly empty
 */
public record Reading(RichText title, String link, RichText note, SourcePos pos) {
  public Reading {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(note, "note");
    Objects.requireNonNull(pos, "pos");
  }
}
