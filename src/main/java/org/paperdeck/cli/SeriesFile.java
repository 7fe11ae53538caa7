package org.paperdeck.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** A folder's {@code series.yaml}: what the talks of a reading group share. */
final class SeriesFile {
  /** The names a series file may have in a folder of talks. */
  static final List<String> NAMES = List.of("series.yaml", "series.yml");

  private SeriesFile() {}

  /** The series file of {@code folder}, or {@code null} when it has none. */
  static Path find(Path folder) {
    for (String name : NAMES) {
      Path file = folder.resolve(name);
      if (java.nio.file.Files.isRegularFile(file)) {
        return file;
      }
    }
    return null;
  }

  /** Whether {@code file} is a series file, not a talk. */
  static boolean isSeriesFile(Path file) {
    return NAMES.contains(file.getFileName().toString().toLowerCase(Locale.ROOT));
  }
}
