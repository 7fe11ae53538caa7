package org.paperdeck.plan;

import java.util.List;
import java.util.Map;

/**
 * What the deck template asked for: the slides, in order, and what holds for all of them.
 *
 * @param footer the footer text of numbered slides, or {@code null} for none
 * @param layouts the template's own layout name for a role, overriding the role's defaults
 * @param lang the talk's language (a BCP 47 tag such as {@code zh-CN}), or {@code null}: the
 *     deck's text is tagged with it, so PowerPoint spell-checks and sets each run as what it is
 * @param continued what follows the title of a continued slide, in the talk's language
 *     ({@code " (cont.)"}, {@code "（续）"}), or {@code null} for the layout stage's own
 */
public record DeckPlan(List<SlidePlan> slides, String footer, Map<SlideRole, String> layouts,
    String lang, String continued) {
  public DeckPlan {
    slides = List.copyOf(slides);
    layouts = Map.copyOf(layouts);
  }

  public DeckPlan(List<SlidePlan> slides, String footer, Map<SlideRole, String> layouts) {
    this(slides, footer, layouts, null, null);
  }

  public DeckPlan(List<SlidePlan> slides) {
    this(slides, null, Map.of());
  }
}
