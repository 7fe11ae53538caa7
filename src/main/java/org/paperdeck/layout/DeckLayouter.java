package org.paperdeck.layout;

import java.util.List;
import java.util.Objects;
import org.paperdeck.diagnostics.Diagnostics;
import org.paperdeck.plan.DeckPlan;
import org.paperdeck.plan.SlidePlan;

/**
 * Decides a whole deck: each slide of the plan laid out on the theme described by a
 * {@link ThemeGeometry}, with text fitted to its placeholders (see {@link TextFitter}); what
 * cannot fit is moved to the speaker notes with a warning, or continued on "(cont.)" slides.
 * Holds no per-run state, so one serves many runs.
 */
public final class DeckLayouter {
  public DeckLayouter() {}

  /**
   * Lays {@code plan} out on {@code theme}, reporting into {@code diagnostics}.
   *
   * @param themeName the theme's file name, for messages
   * @param templateName the deck template's name; diagnostics point at plan lines under it
   */
  public DeckLayout layOut(DeckPlan plan, ThemeGeometry theme, String themeName,
      String templateName, Diagnostics diagnostics) {
    List<String> links = plan.slides().stream().map(SlidePlan::qrHref)
        .filter(Objects::nonNull).toList();
    try (QrCodes codes = new QrCodes(links)) {
      SlideLayouter slides = new SlideLayouter(theme, codes, themeName, templateName,
          diagnostics, plan);
      plan.slides().forEach(slides::layOut);
      return new DeckLayout(slides.slides());
    }
  }
}
