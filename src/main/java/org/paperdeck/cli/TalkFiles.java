package org.paperdeck.cli;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.paperdeck.diagnostics.Diagnostic;
import org.paperdeck.diagnostics.SourcePos;
import org.paperdeck.notes.NotesReader;
import org.paperdeck.notes.Series;

/**
 * The notes files a command for many talks names: folders (their notes files, not their
 * sub-folders), files, and globs the shell left alone ({@code 'talks/*.md'}). A folder's
 * {@code series.yaml} and files whose name starts with a dot or an underscore are not talks.
 * Two notes files beside each other with the same name ({@code talk.md}, {@code talk.yaml})
 * would write the same outputs: the first by {@link OutputTarget#NOTES_EXTENSIONS}' order is the
 * talk, and the other is passed over with a warning.
 */
final class TalkFiles {
  /** The talks, in the order they are listed, and what was passed over and why. */
  record Found(List<Path> talks, List<Diagnostic> passedOver) {
    Found {
      talks = List.copyOf(talks);
      passedOver = List.copyOf(passedOver);
    }
  }

  private TalkFiles() {}

  /** Whether the arguments name more than one talk, or a folder: {@code build}'s batch mode. */
  static boolean isBatch(List<String> arguments) {
    return arguments.size() > 1 || (arguments.size() == 1
        && !arguments.get(0).equals(NotesArgument.STANDARD_INPUT)
        && (Files.isDirectory(Path.of(arguments.get(0))) || isGlob(arguments.get(0))));
  }

  /**
   * The talks the arguments name.
   *
   * @throws CommandFailure when an argument names nothing, or nothing at all is a talk
   */
  static Found find(List<String> arguments) {
    Set<Path> files = new LinkedHashSet<>();
    for (String argument : arguments) {
      if (argument.equals(NotesArgument.STANDARD_INPUT)) {
        throw new CommandFailure(ExitCode.USAGE, "- (standard input) is one talk; it cannot be"
            + " built beside others", "build it by itself: paperdeck build - -o talk.pptx");
      }
      Path path = Path.of(argument);
      if (Files.isDirectory(path)) {
        files.addAll(inFolder(path));
      } else if (Files.exists(path) || !isGlob(argument)) {
        CommandFailure.requireReadable(path, argument, "a notes file");
        files.add(path);
      } else {
        List<Path> matched = glob(argument);
        if (matched.isEmpty()) {
          throw CommandFailure.unreadable(argument, "no file matches");
        }
        files.addAll(matched);
      }
    }
    Found found = withoutTwins(new ArrayList<>(files));
    if (found.talks().isEmpty()) {
      throw new CommandFailure(ExitCode.FAILURE, "no notes files in " + String.join(", ",
          arguments), "notes files end in ." + String.join(", .", OutputTarget.NOTES_EXTENSIONS));
    }
    return found;
  }

  /** Whether a file name is a notes file's that a folder lists as a talk. */
  static boolean isTalk(Path file) {
    String name = file.getFileName().toString();
    String lower = name.toLowerCase(Locale.ROOT);
    int dot = lower.lastIndexOf('.');
    return dot > 0 && !name.startsWith(".") && !name.startsWith("_")
        && !Series.isSeriesFile(file)
        && OutputTarget.NOTES_EXTENSIONS.contains(lower.substring(dot + 1))
        && Files.isRegularFile(file);
  }

  private static List<Path> inFolder(Path folder) {
    try (Stream<Path> listed = Files.list(folder)) {
      return listed.filter(TalkFiles::isTalk).sorted(Comparator.comparing(Path::toString))
          .toList();
    } catch (IOException e) {
      throw CommandFailure.unreadable(folder, IoReasons.of(e));
    }
  }

  private static boolean isGlob(String argument) {
    return argument.contains("*") || argument.contains("?") || argument.contains("[")
        || argument.contains("{");
  }

  /** The files a glob matches: from the folder before its first wildcard, down if it has **. */
  private static List<Path> glob(String pattern) {
    int wild = firstWildcard(pattern);
    int slash = pattern.lastIndexOf('/', wild);
    Path base = slash < 0 ? Path.of("") : Path.of(pattern.substring(0, slash + 1));
    PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
    int depth = pattern.contains("**") ? Integer.MAX_VALUE
        : (int) pattern.substring(slash + 1).chars().filter(c -> c == '/').count() + 1;
    if (!Files.isDirectory(slash < 0 ? Path.of(".") : base)) {
      return List.of();
    }
    try (Stream<Path> walked = Files.walk(slash < 0 ? Path.of(".") : base, depth)) {
      return walked.map(p -> slash < 0 ? Path.of(".").relativize(p) : p)
          .filter(p -> matcher.matches(p) && Files.isRegularFile(p))
          .sorted(Comparator.comparing(Path::toString)).toList();
    } catch (IOException e) {
      throw CommandFailure.unreadable(base, IoReasons.of(e));
    }
  }

  private static int firstWildcard(String pattern) {
    int first = pattern.length();
    for (char c : new char[] {'*', '?', '[', '{'}) {
      int at = pattern.indexOf(c);
      if (at >= 0) {
        first = Math.min(first, at);
      }
    }
    return first;
  }

  /** One talk per folder and name: {@code talk.md} before {@code talk.yaml}. */
  private static Found withoutTwins(List<Path> files) {
    Map<Path, Path> chosen = new LinkedHashMap<>();
    List<Diagnostic> passedOver = new ArrayList<>();
    List<Path> ordered = new ArrayList<>(files);
    ordered.sort(Comparator.comparingInt(TalkFiles::extensionRank));
    for (Path file : ordered) {
      Path key = file.toAbsolutePath().normalize().resolveSibling(NotesReader.baseName(file));
      Path first = chosen.putIfAbsent(key, file);
      if (first != null && !first.toAbsolutePath().normalize()
          .equals(file.toAbsolutePath().normalize())) {
        passedOver.add(Diagnostic.warning(SourcePos.startOf(file.toString()), "not built: "
            + first.getFileName() + " beside it writes the same outputs")
            .withHint("rename one of them to build both"));
      }
    }
    List<Path> talks = files.stream().filter(chosen::containsValue).distinct().toList();
    return new Found(talks, passedOver);
  }

  private static int extensionRank(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    int rank = OutputTarget.NOTES_EXTENSIONS.indexOf(name.substring(name.lastIndexOf('.') + 1));
    return rank < 0 ? Integer.MAX_VALUE : rank;
  }
}
