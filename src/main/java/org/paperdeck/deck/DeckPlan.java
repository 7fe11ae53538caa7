package org.paperdeck.deck;

import java.util.List;

/** What the deck template asked for: the slides, in order. */
public record DeckPlan(List<SlidePlan> slides) {
  public DeckPlan {
    slides = List.copyOf(slides);
  }
}
