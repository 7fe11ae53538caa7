package org.paperdeck.files;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The folders a build may read files from, and the one rule for a file named in the notes or
 * a template: a relative path is looked up in the folders in turn, and the file it names (or an
 * absolute path) must lie inside one of them once symbolic links are followed. Computed once per
 * build from the notes file's folder and the user's template folder.
 *
 * @param roots the folders, most specific first; empty for no limit ({@link #ANYWHERE}), where a
 *     relative path is taken as it is
 */
public record FileRoots(List<Path> roots) {
  /** No limit: for tests that write plans or pages by hand. */
  public static final FileRoots ANYWHERE = new FileRoots(List.of());

  public FileRoots {
    roots = roots.stream().map(root -> root.toAbsolutePath().normalize()).toList();
  }

  /** The folders given, {@code null} ones (no template folder) skipped. */
  public static FileRoots of(Path... folders) {
    List<Path> list = new ArrayList<>();
    for (Path folder : folders) {
      if (folder != null) {
        list.add(folder);
      }
    }
    return new FileRoots(list);
  }

  /** What {@link #resolve} made of a written path: the file to read, or why not. */
  public sealed interface Resolved permits Allowed, Refused {}

  /** A path inside the roots (it may not exist: the caller says "not found" in its words). */
  public record Allowed(Path path) implements Resolved {}

  /**
   * A refused path.
   *
   * @param reason the refusal in words that fit a template's pictures: "'SRC' is not a valid
   *     path", "'SRC' is outside the notes folder and the template folder"
   */
  public record Refused(Why why, String reason) implements Resolved {
    public Refused {
      Objects.requireNonNull(why, "why");
      Objects.requireNonNull(reason, "reason");
    }
  }

  /** Why a path was refused, for callers that say it in words of their own. */
  public enum Why {
    /** The text is no path on this system. */
    INVALID_PATH,
    /** The path, links followed, leads out of every root. */
    OUTSIDE
  }

  /**
   * Resolves a path as written: a relative one against the first root where it exists (or the
   * first root when it exists nowhere), an absolute one as it is; then checks it lies inside.
   */
  public Resolved resolve(String written) {
    Path path;
    try {
      path = Path.of(written);
    } catch (InvalidPathException e) {
      return new Refused(Why.INVALID_PATH, "'" + written + "' is not a valid path");
    }
    if (roots.isEmpty()) {
      return new Allowed(path);
    }
    if (!path.isAbsolute()) {
      Path first = null;
      Path found = null;
      for (Path root : roots) {
        Path candidate = root.resolve(path).normalize();
        first = first == null ? candidate : first;
        if (Files.exists(candidate)) {
          found = candidate;
          break;
        }
      }
      path = found != null ? found : first;
    }
    return allows(path) ? new Allowed(path)
        : new Refused(Why.OUTSIDE, "'" + written + "' is outside the notes folder and the template folder");
  }

  /** Whether {@code path} lies inside a root once links are followed; always, with no roots. */
  public boolean allows(Path path) {
    if (roots.isEmpty()) {
      return true;
    }
    Path real = followLinks(path);
    return roots.stream().anyMatch(root -> real.startsWith(followLinks(root)));
  }

  /** Whether {@code uri} is a {@code file:} URI that {@link #allows(Path)}; never anything else. */
  public boolean allows(URI uri) {
    try {
      return "file".equalsIgnoreCase(uri.getScheme()) && allows(Path.of(uri));
    } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
      return false; // a file: URI with an authority or a query is no local path
    }
  }

  /**
   * The absolute path with its symbolic links followed as far as it exists: the existing part
   * resolved to its real path, the missing rest appended. A link inside a root that points
   * outside it is then outside, whether or not its target exists.
   */
  static Path followLinks(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    Path existing = absolute;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return absolute;
    }
    try {
      return existing.toRealPath().resolve(existing.relativize(absolute));
    } catch (IOException | SecurityException e) {
      return absolute;
    }
  }
}
