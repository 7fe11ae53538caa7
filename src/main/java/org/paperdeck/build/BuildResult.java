package org.paperdeck.build;

import java.util.List;
import org.paperdeck.diagnostics.Diagnostic;

/**
 * What a build made: the deck and handout bytes, or {@code null} for what it could not make,
 * and every diagnostic of every stage. When any diagnostic is an error, nothing may be written.
 *
 * @param slideCount slides in the deck, for the summary line
 */
public record BuildResult(byte[] deck, byte[] handout, int slideCount, List<Diagnostic> diagnostics) {
  public BuildResult {
    diagnostics = List.copyOf(diagnostics);
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }
}
