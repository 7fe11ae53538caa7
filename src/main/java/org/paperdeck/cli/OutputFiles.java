package org.paperdeck.cli;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes a build's outputs so that nothing is lost: each goes to a temporary file in the target
 * folder, and only when all are complete are they moved over the old ones. A failure before
 * that leaves last week's deck and handout exactly as they were.
 */
final class OutputFiles {
  private OutputFiles() {}

  static void writeAll(Map<Path, byte[]> outputs) throws IOException {
    Map<Path, Path> staged = new LinkedHashMap<>();
    try {
      for (Map.Entry<Path, byte[]> output : outputs.entrySet()) {
        Path target = output.getKey();
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".part");
        staged.put(temp, target);
        Files.write(temp, output.getValue());
        // Temporary files are private to their owner; the outputs are ordinary documents.
        readableLikeADocument(temp, target);
      }
      List<Path> moved = new ArrayList<>();
      for (Map.Entry<Path, Path> move : staged.entrySet()) {
        moveIntoPlace(move.getKey(), move.getValue());
        moved.add(move.getKey());
      }
      moved.forEach(staged::remove);
    } finally {
      for (Path leftover : staged.keySet()) {
        Files.deleteIfExists(leftover);
      }
    }
  }

  private static void readableLikeADocument(Path temp, Path target) throws IOException {
    if (!Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
      return;
    }
    Set<PosixFilePermission> permissions = Files.exists(target)
        ? Files.getPosixFilePermissions(target)
        : PosixFilePermissions.fromString("rw-r--r--");
    Files.setPosixFilePermissions(temp, permissions);
  }

  private static void moveIntoPlace(Path temp, Path target) throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
