package org.paperdeck.layout;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
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
      "Title Only", "titleOnly", "Title Slide", "title", "Title and Content", "obj",
      "Section Header", "secHead");

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
      Optional<Lack> lack = lacks(theme, role);
      diagnostics.warning(pos, (lack.isPresent()
          ? themeName + "'s '" + lack.get().layout().name() + "' layout has no box for "
              + lack.get().box()
          : themeName + " has no '" + role.layoutName() + "' layout (nor one of type "
              + role.layoutType() + ")") + "; " + role.planName() + " slides use '"
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
    Predicate<ThemeGeometry.Layout> fits = layout -> fits(role, layout);
    Optional<Choice> found = named(theme, role.layoutName(), fits)
        .map(l -> new Choice(l, Via.NAME))
        .or(() -> ofType(theme, role.layoutType(), fits).map(l -> new Choice(l, Via.TYPE)));
    // A stand-in with somewhere for the slide's text first (a section slide's "6 papers" has no
    // place on "Title Only"), then any.
    for (boolean needText : new boolean[] {true, false}) {
      for (String standIn : role.fallbacks()) {
        Predicate<ThemeGeometry.Layout> suits = l -> (!needText || hasTitleAndText(l))
            && fits.test(l);
        found = found.or(() -> named(theme, standIn, suits)
            .or(() -> ofType(theme, STAND_IN_TYPES.getOrDefault(standIn, ""), suits))
            .map(l -> new Choice(l, Via.STAND_IN)));
      }
    }
    if (carriesBody(role)) {
      found = found.or(() -> roomiest(theme).map(l -> new Choice(l, Via.STAND_IN)));
    }
    // Last, any layout with a title and somewhere for the rest of the slide's text.
    return found.or(() -> theme.layouts().stream().filter(LayoutChooser::hasTitleAndText)
        .findFirst().map(l -> new Choice(l, Via.STAND_IN)));
  }

  /** The role's own layout lacks a box the role's slides need: {@code box} says which. */
  public record Lack(ThemeGeometry.Layout layout, String box) {}

  /**
   * Whether the theme has the role's own layout (by name or type) but without a box for the
   * title or the body, which is why a stand-in was taken.
   */
  public static Optional<Lack> lacks(ThemeGeometry theme, SlideRole role) {
    Predicate<ThemeGeometry.Layout> unfit = layout -> !fits(role, layout);
    return named(theme, role.layoutName(), unfit).or(() -> ofType(theme, role.layoutType(), unfit))
        .map(layout -> new Lack(layout, hasTitle(layout) ? "the body" : "the title"));
  }

  /**
   * Whether slides of {@code role} can be made on {@code layout}. Every slide has a title: a
   * "Title Slide" drawn as a picture without placeholders would lose the talk's title. A slide
   * with a body needs a box for it too: a "Title and Content" that lost its content box would
   * send every paper's text to the speaker notes.
   */
  private static boolean fits(SlideRole role, ThemeGeometry.Layout layout) {
    return hasTitle(layout) && (!carriesBody(role) || hasBody(layout));
  }

  private static boolean hasTitle(ThemeGeometry.Layout layout) {
    return layout.kinds().contains(ThemeGeometry.Kind.TITLE)
        || layout.kinds().contains(ThemeGeometry.Kind.CENTERED_TITLE);
  }

  /** Every role but the title and section slides has a body of text. */
  private static boolean carriesBody(SlideRole role) {
    return role != SlideRole.TITLE && role != SlideRole.SECTION;
  }

  private static boolean hasBody(ThemeGeometry.Layout layout) {
    return layout.kinds().contains(ThemeGeometry.Kind.BODY)
        || layout.kinds().contains(ThemeGeometry.Kind.CONTENT);
  }

  /**
   * Of the layouts with a title and a body, the one whose body box is the largest, preferring
   * those whose title is as wide as that box (a title above its text, not a caption beside it).
   */
  private static Optional<ThemeGeometry.Layout> roomiest(ThemeGeometry theme) {
    ThemeGeometry.Layout best = null;
    double bestScore = 0;
    for (ThemeGeometry.Layout layout : theme.layouts()) {
      Box title = null;
      Box body = null;
      for (ThemeGeometry.Placeholder p : layout.placeholders()) {
        ThemeGeometry.Kind kind = p.kind();
        if (title == null && (kind == ThemeGeometry.Kind.TITLE
            || kind == ThemeGeometry.Kind.CENTERED_TITLE)) {
          title = p.box();
        } else if ((kind == ThemeGeometry.Kind.BODY || kind == ThemeGeometry.Kind.CONTENT)
            && (body == null || area(p.box()) > area(body))) {
          body = p.box();
        }
      }
      if (title == null || body == null) {
        continue;
      }
      // Any layout with a title above its body beats every one with a caption beside it.
      double score = area(body) + (title.width() >= body.width() ? theme.width() * theme.height()
          : 0);
      if (score > bestScore) {
        best = layout;
        bestScore = score;
      }
    }
    return Optional.ofNullable(best);
  }

  private static double area(Box box) {
    return box.width() * box.height();
  }

  private static Optional<ThemeGeometry.Layout> ofType(ThemeGeometry theme, String type,
      Predicate<ThemeGeometry.Layout> fits) {
    return theme.layouts().stream().filter(l -> l.type().equals(type) && fits.test(l))
        .findFirst();
  }

  /**
   * The layout called {@code name}, or by the name PowerPoint gives it in another language, or
   * written as LibreOffice writes it ("Title, Content"): see {@link LayoutNames}.
   */
  private static Optional<ThemeGeometry.Layout> named(ThemeGeometry theme, String name,
      Predicate<ThemeGeometry.Layout> fits) {
    return theme.layout(name).filter(fits).or(() -> theme.layouts().stream()
        .filter(layout -> layout.name() != null && LayoutNames.means(layout.name(), name)
            && fits.test(layout))
        .findFirst());
  }

  private static boolean hasTitleAndText(ThemeGeometry.Layout layout) {
    Set<ThemeGeometry.Kind> kinds = layout.kinds();
    return hasTitle(layout)
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
