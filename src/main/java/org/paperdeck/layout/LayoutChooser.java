package org.paperdeck.layout;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.paperdeck.diagnostics.Diagnostics;
import org.paperdeck.diagnostics.SourcePos;
import org.paperdeck.diagnostics.Suggestions;
import org.paperdeck.plan.SlidePlan;
import org.paperdeck.plan.SlideRole;

/**
 * Finds the theme layout for each slide of a plan: the plan's explicit {@code layout}, else the
 * template's {@code <layouts>} choice for the slide's role, else the role's PowerPoint name,
 * else its OOXML type, else a stand-in (docs/templates.md, "Slide roles and layouts"). A
 * stand-in is warned about once per role; a layout that cannot be found is an error that lists
 * what the theme has.
 */
public final class LayoutChooser {
  /** How a role found its layout. */
  public enum Via { TEMPLATE, NAME, TYPE, STAND_IN }

  /** A role's layout and how it was found. */
  public record Choice(ThemeGeometry.Layout layout, Via via) {}

  // The types of the PowerPoint layouts that stand in for others, so a LibreOffice theme's
  // "Title Only" (type titleOnly, same name) and a renamed one are found alike.
  private static final Map<String, String> STAND_IN_TYPES = Map.of(
      "Title Only", "titleOnly", "Title Slide", "title", "Title and Content", "obj");

  private final ThemeGeometry theme;
  private final String themeName;
  private final Map<SlideRole, String> overrides;
  private final Diagnostics diagnostics;
  private final Set<SlideRole> reported = EnumSet.noneOf(SlideRole.class);

  LayoutChooser(ThemeGeometry theme, String themeName, Map<SlideRole, String> overrides,
      Diagnostics diagnostics) {
    this.theme = theme;
    this.themeName = themeName;
    this.overrides = overrides;
    this.diagnostics = diagnostics;
  }

  /** The layout for {@code plan}, or empty after reporting why there is none. */
  Optional<ThemeGeometry.Layout> layoutFor(SlidePlan plan, SourcePos pos) {
    if (!plan.layout().isBlank() || plan.look().role() == null) {
      Optional<ThemeGeometry.Layout> named = theme.layout(plan.layout());
      if (named.isEmpty()) {
        missing("no layout '" + plan.layout() + "' in " + themeName, plan.layout(), pos);
      }
      return named;
    }
    SlideRole role = plan.look().role();
    Optional<Choice> choice = choose(theme, role, overrides);
    if (choice.isEmpty() && reported.add(role)) {
      String override = overrides.get(role);
      missing(override != null
          ? "no layout '" + override + "' (<layouts " + role.planName() + ">) in " + themeName
          : "no layout for " + role.planName() + " slides in " + themeName + ": none is named '"
              + role.layoutName() + "' or has type " + role.layoutType()
              + ", and nothing can stand in", override, pos);
    } else if (choice.isPresent() && choice.get().via() == Via.STAND_IN && reported.add(role)) {
      diagnostics.warning(pos, themeName + " has no '" + role.layoutName() + "' layout (nor"
          + " one of type " + role.layoutType() + "); " + role.planName() + " slides use '"
          + choice.get().layout().name() + "' instead",
          "name a layout for them with <layouts " + role.planName() + "=\"…\"/> in the deck plan");
    }
    return choice.map(Choice::layout);
  }

  /** The rule itself, without reporting: for laying out and for {@code theme inspect}. */
  public static Optional<Choice> choose(ThemeGeometry theme, SlideRole role,
      Map<SlideRole, String> overrides) {
    String override = overrides.get(role);
    if (override != null) {
      return theme.layout(override).map(layout -> new Choice(layout, Via.TEMPLATE));
    }
    Optional<Choice> found = named(theme, role.layoutName()).map(l -> new Choice(l, Via.NAME))
        .or(() -> theme.layoutOfType(role.layoutType()).map(l -> new Choice(l, Via.TYPE)));
    // A stand-in with somewhere for the slide's text first (a section slide's "6 papers" has no
    // place on "Title Only"), then any.
    for (boolean needText : new boolean[] {true, false}) {
      for (String standIn : role.fallbacks()) {
        found = found.or(() -> named(theme, standIn)
            .or(() -> theme.layoutOfType(STAND_IN_TYPES.getOrDefault(standIn, "")))
            .filter(l -> !needText || hasTitleAndText(l))
            .map(l -> new Choice(l, Via.STAND_IN)));
      }
    }
    // Last, any layout with a title and somewhere for the rest of the slide's text.
    return found.or(() -> theme.layouts().stream().filter(LayoutChooser::hasTitleAndText)
        .findFirst().map(l -> new Choice(l, Via.STAND_IN)));
  }

  /**
   * The layout called {@code name}, or by the name PowerPoint gives it in another language, or
   * written as LibreOffice writes it ("Title, Content"): see {@link LayoutNames}.
   */
  private static Optional<ThemeGeometry.Layout> named(ThemeGeometry theme, String name) {
    return theme.layout(name).or(() -> theme.layouts().stream()
        .filter(layout -> layout.name() != null && LayoutNames.means(layout.name(), name))
        .findFirst());
  }

  private static boolean hasTitleAndText(ThemeGeometry.Layout layout) {
    Set<ThemeGeometry.Kind> kinds = layout.kinds();
    return (kinds.contains(ThemeGeometry.Kind.TITLE)
        || kinds.contains(ThemeGeometry.Kind.CENTERED_TITLE))
        && (kinds.contains(ThemeGeometry.Kind.BODY) || kinds.contains(ThemeGeometry.Kind.CONTENT)
            || kinds.contains(ThemeGeometry.Kind.SUBTITLE));
  }

  private void missing(String message, String typed, SourcePos pos) {
    List<String> names = theme.layoutNames();
    String hint = typed == null ? null : Suggestions.closest(typed, names)
        .map(name -> "did you mean '" + name + "'?").orElse(null);
    diagnostics.error(pos, message + "; it has: " + String.join(", ", names), hint);
  }
}
