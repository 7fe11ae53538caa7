package org.paperdeck.plan;

import java.util.List;
import java.util.Map;

/**
 * What the deck template asked for: the slides, in order, and what holds for all of them.
 *
 * @param footer the footer text of numbered slides, or {@code null} for none
 * @param layouts the template's own layout name for a role, overriding the role's defaults
 */
public record DeckPlan(List<SlidePlan> slides, String footer, Map<SlideRole, String> layouts) {
  public DeckPlan {
    slides = List.copyOf(slides);
    layouts = Map.copyOf(layouts);
  }

  public DeckPlan(List<SlidePlan> slides) {
    this(slides, null, Map.of());
  }
}
