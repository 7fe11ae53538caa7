package org.paperdeck.layout;

import java.io.IOException;
import java.io.UncheckedIOException;
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
    try {
      return layOut(plan, Pending.of(theme), themeName, templateName, diagnostics);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a geometry at hand is never waited for
    }
  }

  /**
   * A theme's geometry that may still be being read: the layout draws the plan's QR codes,
   * which need no theme, while it waits.
   */
  public interface Pending {
    /** Whether {@link #geometry} would answer without waiting. */
    boolean isReady();

    /** The geometry, once it is read; throws when the theme cannot be read. */
    ThemeGeometry geometry() throws IOException;

    /** A geometry already read. */
    static Pending of(ThemeGeometry geometry) {
      return new Pending() {
        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public ThemeGeometry geometry() {
          return geometry;
        }
      };
    }
  }

  /**
   * Lays {@code plan} out on the theme {@code pending} describes as soon as it is read; until
   * then draws the plan's QR codes, in slide order. Throws what reading the theme threw.
   */
  public DeckLayout layOut(DeckPlan plan, Pending pending, String themeName,
      String templateName, Diagnostics diagnostics) throws IOException {
    List<String> links = plan.slides().stream().map(SlidePlan::qrHref)
        .filter(Objects::nonNull).toList();
    try (QrCodes codes = new QrCodes(links)) {
      for (int i = 0; i < links.size() && !pending.isReady(); i++) {
        codes.drawNow(links.get(i));
      }
      ThemeGeometry theme = pending.geometry();
      SlideLayouter slides = new SlideLayouter(theme, codes, themeName, templateName,
          diagnostics, plan);
      plan.slides().forEach(slides::layOut);
      return new DeckLayout(slides.slides());
    }
  }
}
