package org.paperdeck.templates;

import java.util.List;
import org.paperdeck.diagnostics.Diagnostic;

/**
 * A template's output, or {@code null} text with the diagnostics saying why not.
 *
 * @param templateName how messages name the template that produced the text
 */
public record Rendered(String text, String templateName, List<Diagnostic> diagnostics) {
  public Rendered {
    diagnostics = List.copyOf(diagnostics);
  }

  public boolean failed() {
    return text == null;
  }
}
