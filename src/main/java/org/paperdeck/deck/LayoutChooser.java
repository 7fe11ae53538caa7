package org.paperdeck.deck;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.XSLFSlideLayout;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.paperdeck.diagnostics.Diagnostics;
import org.paperdeck.diagnostics.SourcePos;
import org.paperdeck.diagnostics.Suggestions;

/**
 * Finds the theme layout for each slide of a plan: the plan's explicit {@code layout}, else the
 * template's {@code <layouts>} choice for the slide's role, else the role's PowerPoint name,
 * else its OOXML type, else a stand-in (docs/templates.md, "Slide roles and layouts"). A
 * stand-in is warned about once per role; a layout that cannot be found is an error that lists
 * what the theme has.
 */
final class LayoutChooser {
  /** How a role found its layout. */
  enum Via { TEMPLATE, NAME, TYPE, STAND_IN }

  /** A role's layout and how it was found. */
  record Choice(XSLFSlideLayout layout, Via via) {}

  // The types of the PowerPoint layouts that stand in for others, so a LibreOffice theme's
  // "Title Only" (type titleOnly, same name) and a renamed one are found alike.
  private static final Map<String, String> STAND_IN_TYPES = Map.of(
      "Title Only", "titleOnly", "Title Slide", "title", "Title and Content", "obj");

  private final Theme theme;
  private final String themeName;
  private final Map<SlideRole, String> overrides;
  private final Diagnostics diagnostics;
  private final Set<SlideRole> reported = EnumSet.noneOf(SlideRole.class);

  LayoutChooser(Theme theme, String themeName, Map<SlideRole, String> overrides,
      Diagnostics diagnostics) {
    this.theme = theme;
    this.themeName = themeName;
    this.overrides = overrides;
    this.diagnostics = diagnostics;
  }

  /** The layout for {@code plan}, or empty after reporting why there is none. */
  Optional<XSLFSlideLayout> layoutFor(SlidePlan plan, SourcePos pos) {
    if (!plan.layout().isBlank() || plan.look().role() == null) {
      Optional<XSLFSlideLayout> named = theme.layout(plan.layout());
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
          + choice.get().layout().getName() + "' instead",
          "name a layout for them with <layouts " + role.planName() + "=\"…\"/> in the deck plan");
    }
    return choice.map(Choice::layout);
  }

  /** The rule itself, without reporting: for the writer and for {@code theme inspect}. */
  static Optional<Choice> choose(Theme theme, SlideRole role, Map<SlideRole, String> overrides) {
    String override = overrides.get(role);
    if (override != null) {
      return theme.layout(override).map(layout -> new Choice(layout, Via.TEMPLATE));
    }
    Optional<Choice> found = theme.layout(role.layoutName()).map(l -> new Choice(l, Via.NAME))
        .or(() -> theme.layoutOfType(role.layoutType()).map(l -> new Choice(l, Via.TYPE)));
    for (String standIn : role.fallbacks()) {
      found = found.or(() -> theme.layout(standIn)
          .or(() -> theme.layoutOfType(STAND_IN_TYPES.getOrDefault(standIn, "")))
          .map(l -> new Choice(l, Via.STAND_IN)));
    }
    // Last, any layout with a title and somewhere for the rest of the slide's text.
    return found.or(() -> theme.layouts().stream().filter(LayoutChooser::hasTitleAndText)
        .findFirst().map(l -> new Choice(l, Via.STAND_IN)));
  }

  private static boolean hasTitleAndText(XSLFSlideLayout layout) {
    Set<Placeholder> kinds = placeholders(layout);
    return (kinds.contains(Placeholder.TITLE) || kinds.contains(Placeholder.CENTERED_TITLE))
        && (kinds.contains(Placeholder.BODY) || kinds.contains(Placeholder.CONTENT)
            || kinds.contains(Placeholder.SUBTITLE));
  }

  static Set<Placeholder> placeholders(XSLFSlideLayout layout) {
    return List.of(layout.getPlaceholders()).stream().map(Placeholders::kind)
        .filter(p -> p != null).collect(Collectors.toCollection(() -> EnumSet.noneOf(Placeholder.class)));
  }

  private void missing(String message, String typed, SourcePos pos) {
    List<String> names = theme.layoutNames();
    String hint = typed == null ? null : Suggestions.closest(typed, names)
        .map(name -> "did you mean '" + name + "'?").orElse(null);
    diagnostics.error(pos, message + "; it has: " + String.join(", ", names), hint);
  }
}
