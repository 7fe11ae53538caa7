package org.paperdeck.pipeline;

import java.util.List;
import org.paperdeck.diagnostics.Diagnostic;
import org.paperdeck.templates.Rendered;

/**
 * Tells a template author where a deck-plan position is. The plan is what {@code deck.ftlx}
 * printed, so messages about the plan point at the plan ({@code deck.ftlx[plan]:LINE:COL}, with
 * that plan line shown) and, where the trace knows it, name the template line that printed it
 * ({@code (made by deck.ftlx:12)}); the hint says how to see the whole plan beside the template.
 */
final class PlanHints {
  static final String HINT = "the position is in the deck plan the template printed; see it"
      + " whole with 'paperdeck plan NOTES' (with the same --templates and --var)";

  private PlanHints() {}

  /**
   * {@code diagnostics}, those about the plan with the template line that made their position
   * and the hint added as their last line.
   */
  static List<Diagnostic> withPlanHint(List<Diagnostic> diagnostics, Rendered plan) {
    String planName = plan.sourceName();
    return plan.traced(diagnostics).stream()
        .map(d -> !d.isError() || !d.pos().file().equals(planName) ? d
            : d.withHint(d.hint() == null ? HINT : d.hint() + "\n" + HINT))
        .toList();
  }
}
