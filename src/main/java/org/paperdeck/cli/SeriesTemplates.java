package org.paperdeck.cli;

import java.nio.file.Path;
import org.paperdeck.notes.Series;
import org.paperdeck.templates.TemplateSet;

/**
 * The template set and theme a folder's series file names for its talks, where the command
 * line names none: {@code --templates} and {@code --theme} win over the file.
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
    String base = set.base();
    Path userFolder = set.userFolder();
    if (!templatesGiven && series.templates() != null) {
      if (TemplateSet.BUILT_IN_NAMES.contains(series.templates())) {
        base = series.templates();
      } else {
        // A folder of the user's, named relative to the series file.
        userFolder = folder.resolve(series.templates()).toAbsolutePath().normalize();
      }
    }
    Path theme = !themeGiven && series.theme() != null
        ? folder.resolve(series.theme()).toAbsolutePath().normalize() : set.theme();
    return new TemplateSet(userFolder, base, theme);
  }
}
