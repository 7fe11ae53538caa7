package org.paperdeck.cli;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a build's outputs so that nothing is lost: each goes to a temporary file in the target
 * folder; only when all are complete are they moved over the old ones, and if one move fails the
 * ones already moved are put back. A failure at any point leaves last week's deck and handout
 * exactly as they were; a killed process leaves at most a stray temporary file.
 */
final class OutputFiles {
  private OutputFiles() {}

  /** Moves one file onto another; tests put a failing one in to check the roll back. */
  interface Mover {
    void move(Path from, Path to) throws IOException;
  }

  static void writeAll(Map<Path, byte[]> outputs) throws IOException {
    writeAll(outputs, OutputFiles::moveIntoPlace);
  }

  static void writeAll(Map<Path, byte[]> outputs, Mover mover) throws IOException {
    Map<Path, Path> staged = new LinkedHashMap<>();
    List<Path> backups = new ArrayList<>();
    List<Path[]> replaced = new ArrayList<>();
    boolean done = false;
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
      for (Map.Entry<Path, Path> move : staged.entrySet()) {
        Path target = move.getValue();
        Path backup = null;
        if (Files.exists(target)) {
          backup = Files.createTempFile(target.toAbsolutePath().getParent(),
              "." + target.getFileName() + ".", ".old");
          backups.add(backup);
          mover.move(target, backup);
        }
        replaced.add(new Path[] {target, backup});
        mover.move(move.getKey(), target);
      }
      staged.clear();
      done = true;
    } catch (IOException | RuntimeException e) {
      rollBack(replaced);
      throw e;
    } finally {
      for (Path leftover : staged.keySet()) {
        deleteQuietly(leftover);
      }
      // Old outputs are dropped only once the new ones are all in place; after a failed roll
      // back they stay beside their targets under their .old names.
      if (done) {
        for (Path backup : backups) {
          deleteQuietly(backup);
        }
      }
    }
  }

  /** Puts back every old output the failed write had already moved aside. */
  private static void rollBack(List<Path[]> replaced) {
    for (Path[] pair : replaced) {
      try {
        if (pair[1] != null) {
          moveIntoPlace(pair[1], pair[0]);
        } else {
          Files.deleteIfExists(pair[0]);
        }
      } catch (IOException e) {
        // The backup stays beside the target under its .old name: nothing is lost either way.
      }
    }
  }

  /** A stray temporary file is untidy, not a failure: the outputs are already right. */
  private static void deleteQuietly(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      // Left beside the outputs under a dot-name; the next build does not mind it.
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

  private static void moveIntoPlace(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
