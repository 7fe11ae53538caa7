package org.paperdeck.disk;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hidden files a careful write makes beside its target: {@code .talk.pptx.4711.3f9c2a01.part}
 * for the new bytes on their way in, {@code .talk.pptx.4711.3f9c2a01.old} for the old version
 * kept until the new one is in place. The number after the target's name is the id of the
 * process that made the file: a file whose process has ended was abandoned by a killed or failed
 * run, and the next write of that target removes it, while the files of a build still running
 * beside it (another process, alive) are left alone.
 */
public final class ScratchFiles {
  /** The new bytes, written and flushed before they are renamed over the target. */
  public static final String PART = "part";
  /** The old version of the target, a second name for its bytes, kept for a roll back. */
  public static final String OLD = "old";

  private static final Pattern SUFFIX = Pattern.compile("(\\d{1,18})\\.[0-9a-f]{8}\\.(part|old)");
  private static final SecureRandom RANDOM = new SecureRandom();

  private ScratchFiles() {}

  /** This process's id: the one its scratch files carry. */
  public static long ownPid() {
    return ProcessHandle.current().pid();
  }

  /**
   * A fresh name beside {@code target} for a scratch file of {@code kind} ({@link #PART} or
   * {@link #OLD}) made by process {@code pid}.
   */
  public static Path name(Path target, String kind, long pid) {
    byte[] random = new byte[4];
    RANDOM.nextBytes(random);
    return target.resolveSibling("." + target.getFileName() + "." + pid + "."
        + HexFormat.of().formatHex(random) + "." + kind);
  }

  /** The process that made {@code file}, if it is a scratch file of {@code target}; else -1. */
  static long maker(Path file, Path target) {
    String name = file.getFileName().toString();
    String prefix = "." + target.getFileName() + ".";
    if (!name.startsWith(prefix)) {
      return -1;
    }
    Matcher suffix = SUFFIX.matcher(name.substring(prefix.length()).toLowerCase(Locale.ROOT));
    return suffix.matches() ? Long.parseLong(suffix.group(1)) : -1;
  }

  /**
   * The scratch files of {@code target} that their makers abandoned: those of processes that
   * are no longer running. This process's own are never among them (it removes those itself).
   */
  public static List<Path> abandoned(Path target) throws IOException {
    Path folder = target.toAbsolutePath().getParent();
    List<Path> found = new ArrayList<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
      for (Path file : files) {
        long pid = maker(file, target);
        if (pid >= 0 && pid != ownPid() && !running(pid)) {
          found.add(file);
        }
      }
    } catch (NoSuchFileException | NotDirectoryException e) {
      // No folder, no leftovers in it.
    }
    return found;
  }

  /** Removes what {@link #abandoned} finds, through {@code disk}. */
  public static void removeAbandoned(Path target, Disk disk) throws IOException {
    for (Path file : abandoned(target)) {
      disk.delete(file);
    }
  }

  private static boolean running(long pid) {
    return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
  }
}
