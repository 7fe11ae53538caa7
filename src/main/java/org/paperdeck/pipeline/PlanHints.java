package org.paperdeck.pipeline;

import java.util.List;
import org.paperdeck.diagnostics.Diagnostic;

/**
 * Tells a template author where a deck-plan position is. The plan is what {@code deck.ftlx}
 * printed, and FreeMarker keeps no map from output lines back to template lines, so messages
 * about the plan point at the plan ({@code deck.ftlx[plan]:LINE:COL}, with that plan line
 * shown); the hint says how to see the whole plan beside the template.
 */
final class PlanHints {
  static final String HINT = "the position is in the deck plan the template printed; see it"
      + " whole with 'paperdeck plan NOTES' (with the same --templates and --var)";

  private PlanHints() {}

  /** {@code diagnostics}, those about {@code planName} with the hint added as their last line. */
  static List<Diagnostic> withPlanHint(List<Diagnostic> diagnostics, String planName) {
    return diagnostics.stream()
        .map(d -> !d.isError() || !d.pos().file().equals(planName) ? d
            : d.withHint(d.hint() == null ? HINT : d.hint() + "\n" + HINT))
        .toList();
  }
}
