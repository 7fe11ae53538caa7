package org.paperdeck.build;

import java.util.List;
import java.util.Map;
import org.paperdeck.diagnostics.Diagnostic;

/**
 * What a build made: the deck and handout bytes, or {@code null} for what it could not make,
 * and every diagnostic of every stage. When any diagnostic is an error, nothing may be written.
 *
 * @param slideCount slides in the deck, for the summary line
 * @param generated text that templates generated, by the name diagnostics give it, so that a
 *     message about a line of the deck plan can show that line
 */
public record BuildResult(
    byte[] deck, byte[] handout, int slideCount, List<Diagnostic> diagnostics,
    Map<String, String> generated) {
  public BuildResult {
    diagnostics = List.copyOf(diagnostics);
    generated = Map.copyOf(generated);
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }
}
