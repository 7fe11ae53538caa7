package org.paperdeck.cli;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The test semester (resources {@code org/paperdeck/cli/semester}): seven talks of one reading
 * group in four folders, each with its series file — the default, lightning, compact and slides
 * template sets, a lab's 4:3 theme, a talk in YAML that overrides the series, a broken talk.
 */
final class Semester {
  private Semester() {}

  /** A copy of the semester in {@code dir}/semester, to build in; returns that folder. */
  static Path copyInto(Path dir) throws IOException {
    Path source;
    try {
      source = Path.of(Semester.class.getResource("semester").toURI());
    } catch (URISyntaxException e) {
      throw new IOException("the semester's resources have no file address", e);
    }
    Path semester = dir.resolve("semester");
    try (Stream<Path> files = Files.walk(source)) {
      for (Path file : files.toList()) {
        Path target = semester.resolve(source.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    }
    return semester;
  }
}
