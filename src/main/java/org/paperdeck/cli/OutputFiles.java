package org.paperdeck.cli;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.paperdeck.disk.Disk;
import org.paperdeck.disk.ScratchFiles;

/**
 * Writes a build's outputs so that each output file, at every instant and whatever ends the
 * process, is either its old complete version or its new complete version (docs/outputs.md):
 *
 * <ol>
 *   <li>each new file is written beside its target under a hidden scratch name and flushed to
 *       the device;
 *   <li>then, target by target, the old file gets a second, hidden name (a hard link; a copy
 *       where the file system has no links), and the new one is renamed over the target in one
 *       atomic step, so the name never goes missing;
 *   <li>the folder is flushed, and the old versions' hidden names are removed.
 * </ol>
 *
 * A failure at any step puts every old file back with the same atomic rename and removes every
 * new one, so an error leaves the folder as it was. A kill leaves each output whole, old or new;
 * between the deck's rename and the handout's, the new deck stands beside the old handout until
 * the next build. Scratch files carry the process id ({@link ScratchFiles}); the next write of
 * the same outputs removes those a dead process left.
 */
final class OutputFiles {
  private OutputFiles() {}

  /** One output on its way in. */
  private static final class Output {
    final Path target;
    final byte[] bytes;
    /** The new bytes under their scratch name, once written; null once renamed in. */
    Path part;
    /** The old version's second name, once made. */
    Path old;
    boolean replaced;

    Output(Path target, byte[] bytes) {
      this.target = target.toAbsolutePath();
      this.bytes = bytes;
    }
  }

  static void writeAll(Map<Path, byte[]> outputs) throws IOException {
    writeAll(outputs, Disk.SYSTEM, ScratchFiles.ownPid());
  }

  /**
   * Writes {@code outputs} through {@code disk}, naming scratch files after process {@code pid}
   * (tests pass another disk, and a finished process's id to stand for a killed build).
   */
  static void writeAll(Map<Path, byte[]> outputs, Disk disk, long pid) throws IOException {
    List<Output> list = new ArrayList<>();
    outputs.forEach((target, bytes) -> list.add(new Output(target, bytes)));
    Set<Path> folders = new LinkedHashSet<>();
    for (Output output : list) {
      folders.add(output.target.getParent());
    }
    Deque<Path> created = new ArrayDeque<>();
    try {
      for (Path folder : folders) {
        createFolders(folder, created);
      }
      for (Output output : list) {
        ScratchFiles.removeAbandoned(output.target, disk);
      }
      for (Output output : list) {
        stage(output, disk, pid);
      }
      for (Output output : list) {
        replace(output, disk, pid);
      }
      for (Path folder : folders) {
        disk.syncFolder(folder);
      }
    } catch (IOException | RuntimeException e) {
      rollBack(list, created, disk);
      throw e;
    }
    for (Output output : list) {
      deleteQuietly(output.old, disk);
    }
  }

  /**
   * Removes the scratch files that builds which have ended left beside {@code targets}. A
   * folder that cannot be read keeps them: the next write there will say why it cannot write.
   */
  static void removeAbandoned(List<Path> targets) {
    for (Path target : targets) {
      try {
        ScratchFiles.removeAbandoned(target.toAbsolutePath(), Disk.SYSTEM);
      } catch (IOException | RuntimeException e) {
        // Untidy, not wrong: see above.
      }
    }
  }

  /** Writes the new bytes under a scratch name and flushes them. */
  private static void stage(Output output, Disk disk, long pid) throws IOException {
    if (Files.isDirectory(output.target)) {
      throw new FileSystemException(output.target.toString(), null,
          "a folder has the name " + output.target.getFileName() + " the output needs");
    }
    output.part = ScratchFiles.name(output.target, ScratchFiles.PART, pid);
    disk.write(output.part, output.bytes);
    keepPermissions(output.part, output.target);
    disk.sync(output.part);
  }

  /** Keeps the old file reachable, then renames the new one over it. */
  private static void replace(Output output, Disk disk, long pid) throws IOException {
    if (Files.exists(output.target, LinkOption.NOFOLLOW_LINKS)) {
      output.old = ScratchFiles.name(output.target, ScratchFiles.OLD, pid);
      try {
        disk.link(output.target, output.old);
      } catch (IOException e) {
        // No hard links here (FAT, some network shares), or not for this file: a copy does.
        disk.delete(output.old);
        disk.copy(output.target, output.old);
        disk.sync(output.old);
      }
    }
    disk.rename(output.part, output.target);
    output.part = null;
    output.replaced = true;
  }

  /**
   * Puts every old output back, newest first, and removes what the write made. Should the disk
   * refuse even that, each output is still whole, and an old one not put back keeps its hidden
   * name beside the new one.
   */
  private static void rollBack(List<Output> list, Deque<Path> created, Disk disk) {
    for (int i = list.size() - 1; i >= 0; i--) {
      Output output = list.get(i);
      try {
        if (output.replaced && output.old != null) {
          disk.rename(output.old, output.target);
          output.old = null;
        } else if (output.replaced) {
          disk.delete(output.target);
        }
      } catch (IOException | RuntimeException e) {
        continue;
      }
      deleteQuietly(output.part, disk);
      deleteQuietly(output.old, disk);
    }
    // Folders the write made for its outputs go again (only empty ones can).
    while (!created.isEmpty()) {
      deleteQuietly(created.pop(), disk);
    }
    for (Output output : list) {
      try {
        disk.syncFolder(output.target.getParent());
      } catch (IOException | RuntimeException e) {
        // The roll back is done; only its durability across a power cut is in doubt.
      }
    }
  }

  /** Makes {@code folder} and its missing parents, noting each made, outermost first. */
  private static void createFolders(Path folder, Deque<Path> created) throws IOException {
    Deque<Path> missing = new ArrayDeque<>();
    for (Path f = folder; f != null && !Files.exists(f); f = f.getParent()) {
      missing.push(f);
    }
    Files.createDirectories(folder);
    while (!missing.isEmpty()) {
      created.push(missing.pop());
    }
  }

  /** A stray scratch file is untidy, not a failure: the next write removes it. */
  private static void deleteQuietly(Path file, Disk disk) {
    if (file == null) {
      return;
    }
    try {
      disk.delete(file);
    } catch (IOException | RuntimeException e) {
      // Left beside the outputs under its hidden name, for the next write to remove.
    }
  }

  /** A rewritten output keeps the permissions its old version had (a private deck stays so). */
  private static void keepPermissions(Path part, Path target) throws IOException {
    if (Files.exists(target)
        && Files.getFileStore(part).supportsFileAttributeView(PosixFileAttributeView.class)) {
      Files.setPosixFilePermissions(part, Files.getPosixFilePermissions(target));
    }
  }
}
