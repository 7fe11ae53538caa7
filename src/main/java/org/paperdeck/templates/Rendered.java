package org.paperdeck.templates;

import java.util.List;
import java.util.Objects;
import org.paperdeck.diagnostics.Diagnostic;
import org.paperdeck.diagnostics.SourcePos;

/**
 * A template's output, or {@code null} text with the diagnostics saying why not.
 *
 * @param templateName how messages name the template that produced the text
 * @param sourceName how messages name the text itself, which later stages parse:
 *     {@code TEMPLATE[plan]} for the deck plan, {@code TEMPLATE[xhtml]} for the handout
 * @param origins which template line printed which part of the text
 */
public record Rendered(String text, String templateName, String sourceName,
    List<Diagnostic> diagnostics, OutputOrigins origins) {
  public Rendered {
    Objects.requireNonNull(sourceName, "sourceName");
    diagnostics = List.copyOf(diagnostics);
    Objects.requireNonNull(origins, "origins");
  }

  public boolean failed() {
    return text == null;
  }

  /**
   * {@code diagnostics}, those positioned in this text ({@link #sourceName}) with the template
   * line that printed their position added to the message:
   * {@code deck.ftlx[plan]:4:3: error: unknown deck-plan element <sparkle> (made by deck.ftlx:4)}.
   */
  public List<Diagnostic> traced(List<Diagnostic> diagnostics) {
    return diagnostics.stream().map(this::traced).toList();
  }

  private Diagnostic traced(Diagnostic d) {
    if (!d.pos().file().equals(sourceName)) {
      return d;
    }
    return origins.madeBy(d.pos().line(), d.pos().column())
        .map(template -> new Diagnostic(d.severity(), d.pos(), d.message() + madeBy(template),
            d.hint()))
        .orElse(d);
  }

  /** The words that name the template line behind a generated position: " (made by FILE:LINE)". */
  static String madeBy(SourcePos template) {
    return " (made by " + template.file() + ":" + template.line() + ")";
  }
}
