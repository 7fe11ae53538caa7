package org.paperdeck.notes;

import java.util.List;
import org.paperdeck.diagnostics.Diagnostic;
import org.paperdeck.model.Talk;
import org.paperdeck.refs.Bibliography;

/**
 * What reading a notes file gave: the talk, or {@code null} when there were errors, and every
 * problem found (warnings too).
 *
 * @param bibliography the entries of the files the notes' {@code bibliography} names
 */
public record ReadResult(Talk talk, List<Diagnostic> diagnostics, Bibliography bibliography) {
  public ReadResult {
    diagnostics = List.copyOf(diagnostics);
    bibliography = bibliography == null ? Bibliography.EMPTY : bibliography;
  }

  /** A result of notes that name no bibliography. */
  public ReadResult(Talk talk, List<Diagnostic> diagnostics) {
    this(talk, diagnostics, Bibliography.EMPTY);
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }
}
