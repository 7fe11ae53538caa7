package org.paperdeck.cli;

import java.nio.file.Path;
import org.paperdeck.notes.OwnTemplates;
import org.paperdeck.notes.Series;
import org.paperdeck.templates.TemplateSet;

/**
 * The template set and theme a talk is built with where the command line names none: the one
 * its own front matter names ({@code templates:}), else the one its folder's series file names.
 * {@code --templates} and {@code --theme} win over both.
 */
final class SeriesTemplates {
  private SeriesTemplates() {}

  /**
   * {@code set} with the series file's {@code templates} and {@code theme} in the places the
   * command line left open; {@code set} itself when the folder has no series file.
   */
  static TemplateSet apply(TemplateSet set, Path folder, boolean templatesGiven,
      boolean themeGiven) {
    Path file = Series.find(folder).orElse(null);
    if (file == null) {
      return set;
    }
    Series series = Series.read(file, file.toString());
    TemplateSet chosen = templatesGiven || series.templates() == null ? set
        : named(set, series.templates(), folder);
    Path theme = !themeGiven && series.theme() != null
        ? folder.resolve(series.theme()).toAbsolutePath().normalize() : set.theme();
    return new TemplateSet(chosen.userFolder(), chosen.base(), theme);
  }

  /**
   * The set for the talk in {@code notes}: its series file's, then its own {@code templates:},
   * which replaces the series' choice whole (a built-in set named by the talk drops the series'
   * folder, and the other way round).
   */
  static TemplateSet forTalk(TemplateSet given, Path notes, boolean templatesGiven,
      boolean themeGiven) {
    Path folder = notes.toAbsolutePath().normalize().getParent();
    TemplateSet set = apply(given, folder, templatesGiven, themeGiven);
    if (templatesGiven) {
      return set;
    }
    return OwnTemplates.of(notes, notes.toString()).map(own -> {
      TemplateSet chosen = named(given, own.name(), folder);
      return new TemplateSet(chosen.userFolder(), chosen.base(), set.theme());
    }).orElse(set);
  }

  /** {@code set} with the set {@code name} says: a built-in one, or a folder of {@code from}. */
  private static TemplateSet named(TemplateSet set, String name, Path from) {
    if (TemplateSet.BUILT_IN_NAMES.contains(name)) {
      return new TemplateSet(null, name, set.theme());
    }
    return new TemplateSet(from.resolve(name).toAbsolutePath().normalize(), set.base(),
        set.theme());
  }
}
