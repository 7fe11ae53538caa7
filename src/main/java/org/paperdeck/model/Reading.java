package org.paperdeck.model;

import java.util.List;
import java.util.Objects;
import org.paperdeck.diagnostics.SourcePos;

/**
 * One entry of the further-reading list.
 *
 * @param link the entry's link, or {@code null}
 * @param note what the notes say about the entry, possibly empty
 * @param cite the key of the bibliography entry it cites ({@code @key}), or {@code null}
 * @param authors the cited entry's authors; empty for an entry typed out
 * @param venue the cited entry's venue, or {@code null}
 * @param year the cited entry's year, or {@code null}
 * @param styled the entry formatted in the notes' citation style ({@code csl:}); empty without
 */
public record Reading(RichText title, String link, RichText note, SourcePos pos, String cite,
    List<String> authors, String venue, String year, RichText styled) {
  public Reading {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(note, "note");
    Objects.requireNonNull(pos, "pos");
    authors = List.copyOf(authors);
    Objects.requireNonNull(styled, "styled");
  }

  /** An entry typed out in the notes, citing nothing. */
  public Reading(RichText title, String link, RichText note, SourcePos pos) {
    this(title, link, note, pos, null, List.of(), null, null, RichText.EMPTY);
  }

  /** The same entry, formatted in a citation style. */
  public Reading withStyled(RichText value) {
    return new Reading(title, link, note, pos, cite, authors, venue, year, value);
  }
}
