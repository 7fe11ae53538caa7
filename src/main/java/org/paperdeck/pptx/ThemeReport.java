package org.paperdeck.pptx;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.XSLFSlideLayout;
import org.paperdeck.layout.LayoutChooser;
import org.paperdeck.layout.MeasureFonts;
import org.paperdeck.layout.ThemeGeometry;
import org.paperdeck.plan.SlideRole;

/**
 * What a theme offers the deck writer, for {@code paperdeck theme inspect}: its layouts with
 * their types and placeholders, and the layout each slide role would get on it.
 *
 * @param masters how many slide masters the theme has
 * @param sampleSlides slides the theme file carries, which a build leaves out
 * @param width slide width in points
 * @param height slide height in points
 * @param layouts each layout name once (the first master's, as the writer picks it)
 * @param roles each role's layout, in role order
 * @param fonts the theme's heading and body fonts and what text is measured with
 */
public record ThemeReport(int masters, int sampleSlides, double width, double height,
    List<Layout> layouts, Map<SlideRole, Role> roles, List<String> fonts) {

  /** A layout: its name, OOXML type, placeholder kinds, and how many masters repeat it. */
  public record Layout(String name, String type, List<String> placeholders, int copies) {}

  /**
   * A role's layout on this theme.
   *
   * @param layout the layout's name, or {@code null} when no layout can serve
   * @param how "name", "type", "stand-in" or "template", then the master it is on and why
   */
  public record Role(String layout, String how) {}

  /** Inspects the theme in {@code bytes} (.pptx or .potx); throws when it is not one. */
  public static ThemeReport inspect(byte[] bytes) throws IOException {
    try (Theme theme = Theme.open(bytes, true)) {
      int samples = theme.sampleSlides();
      Map<String, Layout> layouts = new LinkedHashMap<>();
      for (XSLFSlideLayout layout : theme.layouts()) {
        String name = layout.getName() == null ? "(unnamed)" : layout.getName();
        Layout seen = layouts.get(name.toLowerCase(Locale.ROOT));
        layouts.put(name.toLowerCase(Locale.ROOT), seen != null
            ? new Layout(seen.name(), seen.type(), seen.placeholders(), seen.copies() + 1)
            : new Layout(name, Theme.type(layout), placeholders(layout), 1));
      }
      ThemeGeometry geometry = ThemeReader.read(bytes);
      Map<SlideRole, Role> roles = new LinkedHashMap<>();
      for (SlideRole role : SlideRole.values()) {
        Optional<LayoutChooser.Choice> choice = LayoutChooser.choose(geometry, role, Map.of());
        Optional<LayoutChooser.Lack> lack = LayoutChooser.lacks(geometry, role);
        roles.put(role, choice.map(c -> new Role(c.layout().name(),
            c.via().name().toLowerCase(Locale.ROOT).replace('_', '-')
                + where(theme, theme.layouts().get(c.layout().index()))
                + (c.via() == LayoutChooser.Via.STAND_IN && lack.isPresent()
                    ? "; '" + lack.get().layout().name() + "' has no box for " + lack.get().box()
                    : "")))
            .orElse(new Role(null, "none")));
      }
      var master = theme.show().getSlideMasters().get(0).getTheme();
      List<String> fonts = new ArrayList<>();
      // A theme part may name no heading or body font; PowerPoint then takes its own.
      var elements = master.getXmlObject().getThemeElements();
      var scheme = elements == null ? null : elements.getFontScheme();
      for (String font : java.util.stream.Stream.of(
              scheme == null ? null : latin(scheme.getMajorFont()),
              scheme == null ? null : latin(scheme.getMinorFont()))
          .filter(java.util.Objects::nonNull).toList()) {
        MeasureFonts measured = MeasureFonts.forFamily(font);
        fonts.add(font + (measured.measuredAs().equalsIgnoreCase(font) ? ""
            : " (measured as " + measured.measuredAs() + ")"));
      }
      var size = theme.slideSize();
      return new ThemeReport(theme.show().getSlideMasters().size(), samples, size.getWidth(),
          size.getHeight(), List.copyOf(layouts.values()), roles, fonts);
    }
  }

  /** Which master the layout is on and why lookups try it first; nothing for one master. */
  private static String where(Theme theme, XSLFSlideLayout layout) {
    var masters = theme.show().getSlideMasters();
    int master = masters.indexOf(layout.getSlideMaster()) + 1;
    boolean used = theme.show().getSlides().stream()
        .anyMatch(slide -> slide.getSlideLayout() == layout);
    boolean sameMaster = theme.show().getSlides().stream()
        .anyMatch(slide -> slide.getSlideLayout().getSlideMaster() == layout.getSlideMaster());
    String on = "; master " + master + " of " + masters.size();
    return masters.size() == 1 ? ""
        : used ? on + ", a sample slide of the theme uses this layout"
        : sameMaster ? on + ", whose layouts the theme's sample slides use"
        : on + ", the first that has it";
  }

  private static List<String> placeholders(XSLFSlideLayout layout) {
    List<String> kinds = new ArrayList<>();
    for (Placeholder p : Placeholders.kinds(layout)) {
      kinds.add(p.name().toLowerCase(Locale.ROOT).replace('_', ' '));
    }
    return kinds;
  }

  /** The Latin typeface of a theme's font collection, or {@code null} when it names none. */
  private static String latin(
      org.openxmlformats.schemas.drawingml.x2006.main.CTFontCollection fonts) {
    return fonts == null || fonts.getLatin() == null ? null : fonts.getLatin().getTypeface();
  }
}
