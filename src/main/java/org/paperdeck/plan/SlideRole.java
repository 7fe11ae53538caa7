package org.paperdeck.plan;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a slide is for, as a deck template says it with {@code <slide role="…">}. Each role names
 * the layouts that suit it, so one deck template fills any theme (docs/templates.md, "Slide
 * roles and layouts"): first PowerPoint's own layout name, then the OOXML layout type that
 * PowerPoint and LibreOffice both write, then a fallback chain of other roles' choices.
 */
public enum SlideRole {
  TITLE("title", "Title Slide", "title", List.of("Section Header", "Title Only")),
  AGENDA("agenda", "Title and Content", "obj", List.of()),
  SECTION("section", "Section Header", "secHead", List.of("Title Only", "Title Slide")),
  PAPER("paper", "Title and Content", "obj", List.of()),
  PAPER_WITH_FIGURE("paper-with-figure", "Two Content", "twoObj", List.of("Title and Content")),
  DISCUSSION("discussion", "Title and Content", "obj", List.of()),
  FURTHER_READING("further-reading", "Title and Content", "obj", List.of());

  private final String planName;
  private final String layoutName;
  private final String layoutType;
  private final List<String> fallbacks;

  SlideRole(String planName, String layoutName, String layoutType, List<String> fallbacks) {
    this.planName = planName;
    this.layoutName = layoutName;
    this.layoutType = layoutType;
    this.fallbacks = fallbacks;
  }

  /** The name in the deck plan: {@code role="paper-with-figure"}, {@code <layouts paper="…"/>}. */
  public String planName() {
    return planName;
  }

  /** PowerPoint's name for the layout this role wants. */
  public String layoutName() {
    return layoutName;
  }

  /** The OOXML {@code <p:sldLayout type>} of that layout, shared by PowerPoint and LibreOffice. */
  public String layoutType() {
    return layoutType;
  }

  /**
   * PowerPoint layout names to stand in, in order, when the theme has neither the name nor the
   * type; each is again tried by name and then by its own type. Content roles end, after these,
   * at any layout with a title and a body placeholder.
   */
  public List<String> fallbacks() {
    return fallbacks;
  }

  /** Whether the slide carries the running footer and slide number (all but the title slide). */
  public boolean numbered() {
    return this != TITLE;
  }

  static Optional<SlideRole> byPlanName(String name) {
    String wanted = name.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(r -> r.planName.equals(wanted)).findFirst();
  }

  static List<String> planNames() {
    return Arrays.stream(values()).map(SlideRole::planName).toList();
  }
}
