package org.paperdeck.handout;

import java.net.URI;
import java.nio.file.Path;
import org.paperdeck.files.FileRoots;

/**
 * Which references a handout may read while it is laid out or inlined: {@code data:} URIs, and
 * {@code file:} URIs that {@link FileRoots} allows (the notes folder and the user's template
 * folder, links followed). A template is the user's to write, not to read the machine with:
 * {@code <img src="/etc/…">}, a stylesheet from elsewhere or anything on the network is left
 * out with a warning.
 */
record LocalResources(FileRoots files) {
  /** The folders a handout may read from; {@code null} entries are skipped. */
  static LocalResources under(Path... folders) {
    return new LocalResources(FileRoots.of(folders));
  }

  /** Whether the handout may read {@code uri}, already resolved against the base. */
  boolean allows(String uri) {
    if (uri == null) {
      return false;
    }
    if (uri.regionMatches(true, 0, "data:", 0, 5)) {
      return true;
    }
    try {
      return files.allows(URI.create(uri));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
