package org.paperdeck.notes;

import java.util.List;
import org.paperdeck.diagnostics.Diagnostic;
import org.paperdeck.model.Talk;

/**
 * What reading a notes file gave: the talk, or {@code null} when there were errors, and every
 * problem found (warnings too).
 */
public record ReadResult(Talk talk, List<Diagnostic> diagnostics) {
  public ReadResult {
    diagnostics = List.copyOf(diagnostics);
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }
}
