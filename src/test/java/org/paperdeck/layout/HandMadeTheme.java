package org.paperdeck.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Color;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.paperdeck.diagnostics.Diagnostic;
import org.paperdeck.diagnostics.Diagnostics;
import org.paperdeck.plan.PlanParser;

/**
 * A 16:9 theme made by hand as the plain values the pptx stage reads from a real one: one
 * "Title and Content" layout, a 40 pt bold title over a 28 pt body, so layout tests need no
 * theme file and no POI.
 */
final class HandMadeTheme {
  private static final ThemeGeometry.Insets INSETS = new ThemeGeometry.Insets(3.6, 7.2, 3.6, 7.2);

  private HandMadeTheme() {}

  /** @param slideNumber whether the layout has a slide-number placeholder, bottom right */
  static ThemeGeometry titleAndContent(boolean slideNumber) {
    List<ThemeGeometry.Placeholder> placeholders = new ArrayList<>(List.of(
        placeholder(ThemeGeometry.Kind.TITLE, new Box(36, 20, 648, 70), 40.0, true),
        placeholder(ThemeGeometry.Kind.CONTENT, new Box(36, 100, 648, 270), 28.0, false)));
    if (slideNumber) {
      placeholders.add(placeholder(ThemeGeometry.Kind.SLIDE_NUMBER, new Box(600, 380, 84, 20),
          12.0, false));
    }
    return new ThemeGeometry(720, 405, 12700, List.of(
        new ThemeGeometry.Layout(0, "Title and Content", "obj",
            EnumSet.of(ThemeGeometry.Kind.TITLE, ThemeGeometry.Kind.CONTENT), placeholders)),
        List.of("Title and Content"));
  }

  private static ThemeGeometry.Placeholder placeholder(ThemeGeometry.Kind kind, Box box,
      Double size, boolean bold) {
    return new ThemeGeometry.Placeholder(kind, true, true, box, INSETS, size, bold,
        "Liberation Sans", Color.BLACK);
  }

  /** What the layout stage made of some slides, and what it said. */
  record Laid(DeckLayout deck, List<Diagnostic> diagnostics) {}

  /** Lays out {@code slides} (plan XML inside {@code <deck>}) on {@code theme}. */
  static Laid layOut(String slides, ThemeGeometry theme) {
    return layOutDeck("<deck>" + slides + "</deck>", theme);
  }

  /** Lays out a whole plan, {@code <deck>} and its attributes included. */
  static Laid layOutDeck(String plan, ThemeGeometry theme) {
    PlanParser.Result parsed = PlanParser.parse(plan, "deck.ftlx");
    assertEquals(List.of(), parsed.diagnostics());
    Diagnostics diagnostics = new Diagnostics();
    DeckLayout deck = new DeckLayouter().layOut(parsed.plan(), theme, "lab.pptx", "deck.ftlx",
        diagnostics);
    return new Laid(deck, diagnostics.sorted());
  }
}
