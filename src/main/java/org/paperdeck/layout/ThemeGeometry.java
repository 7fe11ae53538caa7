package org.paperdeck.layout;

import java.awt.Color;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the layout stage needs to know about a theme, as plain values the pptx stage reads from
 * the theme file once: the slide size, and for each slide layout its name, type and the
 * placeholders a new slide on it has, with their boxes and the type they give text by default.
 * Lengths are points.
 *
 * @param width the slide's width
 * @param height the slide's height
 * @param stepsPerPoint how finely the file records a length: a box that is moved is stored, and
 *     read back for the next decision, rounded to a whole number of these steps
 * @param layouts every layout of every master, in lookup order (those the theme's sample slides
 *     use first); a layout is referred to by its place in this list
 * @param layoutNames every layout name once, in theme order, for "it has: …" messages
 */
public record ThemeGeometry(double width, double height, double stepsPerPoint,
    List<Layout> layouts, List<String> layoutNames) {
  public ThemeGeometry {
    layouts = List.copyOf(layouts);
    layoutNames = List.copyOf(layoutNames);
  }

  /** The kinds of placeholder the layout stage tells apart. */
  public enum Kind { TITLE, CENTERED_TITLE, SUBTITLE, BODY, CONTENT, SLIDE_NUMBER, FOOTER, OTHER }

  /**
   * One slide layout of the theme.
   *
   * @param index its place in {@link ThemeGeometry#layouts}
   * @param name its name, or {@code null} when it has none
   * @param type its OOXML type ({@code title}, {@code obj}, {@code secHead} …; {@code cust}
   *     when it has none)
   * @param kinds the kinds of placeholder the layout itself has
   * @param placeholders those of a new slide on it, in the slide's order: the layout's own,
   *     then the slide number and the footer, which a slide has only when it is numbered (and,
   *     for the footer, has footer text)
   * @param artwork the boxes of the theme's drawing on a slide of this layout (shapes and
   *     pictures that are not placeholders, nor the page's backdrop): what the deck places
   *     keeps clear of them
   * @param panels those of the artwork boxes the drawing fills, on which something may be set
   *     (a code on a coloured panel); a figure with clear space around it (a picture of a
   *     person, a tree) is artwork but no panel
   */
  public record Layout(int index, String name, String type, Set<Kind> kinds,
      List<Placeholder> placeholders, List<Box> artwork, List<Box> panels) {
    public Layout {
      kinds = Set.copyOf(kinds);
      placeholders = List.copyOf(placeholders);
      artwork = List.copyOf(artwork);
      panels = List.copyOf(panels);
    }

    /** A layout whose artwork is all panels. */
    public Layout(int index, String name, String type, Set<Kind> kinds,
        List<Placeholder> placeholders, List<Box> artwork) {
      this(index, name, type, kinds, placeholders, artwork, artwork);
    }

    /** A layout without artwork. */
    public Layout(int index, String name, String type, Set<Kind> kinds,
        List<Placeholder> placeholders) {
      this(index, name, type, kinds, placeholders, List.of());
    }

    boolean named(String wanted) {
      return name != null && name.equalsIgnoreCase(wanted.strip());
    }
  }

  /**
   * A placeholder of a new slide.
   *
   * @param kind what it is for
   * @param movable whether anything placed on the slide (a QR code, a logo) moves it out of the
   *     way; LibreOffice's bare content boxes are not, as they never were
   * @param ownBox whether the slide's copy has a box of its own rather than the one it inherits
   * @param box where it is
   * @param insets the room its text keeps from its edges
   * @param size the type size it gives text, or {@code null} when neither layout nor master says
   * @param bold whether its text is bold by default
   * @param family the font family its text is set in, or {@code null} when the theme names none
   * @param ink the colour of its text, for pictures of math that sit in it
   */
  public record Placeholder(Kind kind, boolean movable, boolean ownBox, Box box, Insets insets,
      Double size, boolean bold, String family, Color ink) {}

  /** Room between a box's edges and its text, in points. */
  public record Insets(double top, double left, double bottom, double right) {}

  /** The layout called {@code name}, ignoring case; of several, the first in lookup order. */
  public Optional<Layout> layout(String name) {
    return layouts.stream().filter(layout -> layout.named(name)).findFirst();
  }

  /** The first layout, in lookup order, whose type is {@code type}. */
  public Optional<Layout> layoutOfType(String type) {
    return layouts.stream().filter(layout -> layout.type().equals(type)).findFirst();
  }

  /** A length as the file stores it: rounded to the nearest step, halves to even. */
  double stored(double points) {
    return (int) Math.rint(stepsPerPoint * points) / stepsPerPoint;
  }

  Box stored(Box box) {
    return new Box(stored(box.x()), stored(box.y()), stored(box.width()), stored(box.height()));
  }
}
