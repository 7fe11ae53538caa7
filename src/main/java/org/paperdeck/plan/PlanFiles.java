package org.paperdeck.plan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

/**
 * Which files a deck plan may put on slides. A template is code a user may have been sent, so
 * its {@code <image src>} and {@code <figure src>} may name files in the notes file's folder
 * and the user's template folder only: a relative path is looked up in those folders in turn,
 * and an absolute one (a paper's {@code Image:} arrives absolute) must lie inside one of them,
 * symbolic links followed.
 *
 * @param roots the folders, most specific first; empty for no limit (tests that write plans
 *     by hand), where a relative path is taken as it is
 */
public record PlanFiles(List<Path> roots) {
  public static final PlanFiles ANYWHERE = new PlanFiles(List.of());

  public PlanFiles {
    roots = roots.stream().map(root -> root.toAbsolutePath().normalize()).toList();
  }

  /** A path the plan may use, or why not. */
  sealed interface Resolved permits Allowed, Refused {}

  record Allowed(Path path) implements Resolved {}

  record Refused(String reason) implements Resolved {}

  Resolved resolve(String src) {
    Path path;
    try {
      path = Path.of(src);
    } catch (InvalidPathException e) {
      return new Refused("'" + src + "' is not a valid path");
    }
    if (roots.isEmpty()) {
      return new Allowed(path);
    }
    if (!path.isAbsolute()) {
      Path first = null;
      for (Path root : roots) {
        Path candidate = root.resolve(path).normalize();
        first = first == null ? candidate : first;
        if (Files.exists(candidate)) {
          path = candidate;
          first = null;
          break;
        }
      }
      // Missing everywhere: name it in the first folder; the writer reports it missing.
      path = first != null ? first : path;
    }
    return inside(path) ? new Allowed(path)
        : new Refused("'" + src + "' is outside the notes folder and the template folder");
  }

  private boolean inside(Path path) {
    Path real = real(path.normalize());
    return roots.stream().anyMatch(root -> real.startsWith(real(root)));
  }

  /** The path with its links followed, as far as it exists, so a link cannot lead outside. */
  private static Path real(Path path) {
    try {
      return Files.exists(path) ? path.toRealPath() : path;
    } catch (IOException e) {
      return path;
    }
  }
}
