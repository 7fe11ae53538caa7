package org.paperdeck.handout;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Which files a handout may read while it is laid out: only those inside the notes folder or
 * the user's template folder (links followed), plus {@code data:} URIs. A template is the
 * user's to write, not to read the machine with: {@code <img src="/etc/…">}, a stylesheet
 * from elsewhere or anything on the network is left out with a warning.
 */
public record LocalResources(List<Path> roots) {
  public LocalResources {
    roots = roots.stream().filter(Objects::nonNull).map(LocalResources::real).toList();
  }

  /** The folders a handout may read from; {@code null} entries are skipped. */
  public static LocalResources under(Path... folders) {
    List<Path> list = new ArrayList<>();
    for (Path folder : folders) {
      if (folder != null) {
        list.add(folder);
      }
    }
    return new LocalResources(list);
  }

  /** Whether the handout may read {@code uri}, already resolved against the base. */
  public boolean allows(String uri) {
    if (uri == null) {
      return false;
    }
    if (uri.regionMatches(true, 0, "data:", 0, 5)) {
      return true;
    }
    try {
      URI parsed = URI.create(uri);
      if (!"file".equalsIgnoreCase(parsed.getScheme())) {
        return false;
      }
      Path path = real(Path.of(parsed));
      return roots.stream().anyMatch(path::startsWith);
    } catch (RuntimeException e) {
      return false;
    }
  }

  /** The path with links resolved where it exists, so a link cannot lead outside a root. */
  private static Path real(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    try {
      return absolute.toRealPath();
    } catch (IOException e) {
      return absolute;
    }
  }
}
