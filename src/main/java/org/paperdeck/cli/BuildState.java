package org.paperdeck.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a build of many talks remembers in each output folder, so that the next one skips the
 * talks that did not change: per talk, a hash of everything its outputs depend on — the notes,
 * the files they name (pictures, a bibliography), the settings (template set, theme, series
 * file, options, paperdeck itself, which {@link #settingsHash} takes in) — and which files those
 * were. The file is {@value #FILE}, one line per talk; a line that cannot be read only means
 * that talk is built again.
 */
final class BuildState {
  /** The state file's name in an output folder. */
  static final String FILE = ".paperdeck-build";
  private static final String HEADER = "# paperdeck build state 1: hash, notes, files it read";
  /** A word in the notes that may name a file beside them: `refs.bib`, `(fig/a.png)`. */
  private static final Pattern NAME = Pattern.compile("[^\\s\"'()<>\\[\\]{},;=|`*]+\\.[A-Za-z0-9]{1,8}");
  private static final int MAX_NAMED = 256;

  /** One talk's line: its hash and the files besides the notes the hash covered. */
  record Entry(String hash, List<String> inputs) {
    Entry {
      inputs = List.copyOf(inputs);
    }
  }

  private final Path folder;
  private final Map<String, Entry> entries;

  private BuildState(Path folder, Map<String, Entry> entries) {
    this.folder = folder;
    this.entries = entries;
  }

  /** The state of {@code folder}: empty when it has none or it cannot be read. */
  static BuildState of(Path folder) {
    Map<String, Entry> entries = new TreeMap<>();
    try {
      for (String line : Files.readAllLines(folder.resolve(FILE), StandardCharsets.UTF_8)) {
        String[] fields = line.split("\t");
        if (!line.startsWith("#") && fields.length >= 2) {
          entries.put(fields[1], new Entry(fields[0],
              List.of(fields).subList(2, fields.length)));
        }
      }
    } catch (IOException | RuntimeException e) {
      // No state, or one that cannot be read: every talk is built, and the state written anew.
    }
    return new BuildState(folder, entries);
  }

  /** How the state names a talk: its notes relative to the output folder. */
  String key(Path notes) {
    Path absolute = notes.toAbsolutePath().normalize();
    Path base = folder.toAbsolutePath().normalize();
    return (absolute.startsWith(base) ? base.relativize(absolute) : absolute).toString()
        .replace('\t', ' ');
  }

  /** Whether the talk's inputs hash as they did when its outputs were last written. */
  synchronized boolean unchanged(Path notes, String settings) {
    Entry entry = entries.get(key(notes));
    return entry != null && entry.hash().equals(hash(notes, settings, entry.inputs()));
  }

  /** Remembers a talk just built from {@code inputs} (the files it read besides its notes). */
  synchronized void built(Path notes, String settings, List<Path> inputs) {
    Path home = notes.toAbsolutePath().normalize().getParent();
    Set<String> names = new LinkedHashSet<>();
    for (Path input : inputs) {
      Path absolute = input.toAbsolutePath().normalize();
      names.add((absolute.startsWith(home) ? home.relativize(absolute) : absolute).toString());
    }
    names.addAll(named(notes));
    List<String> list = names.stream().filter(n -> !n.contains("\t")).sorted().toList();
    entries.put(key(notes), new Entry(hash(notes, settings, list), list));
  }

  /** Forgets a talk whose build failed: the next run builds it whatever its hash. */
  synchronized void failed(Path notes) {
    entries.remove(key(notes));
  }

  /** The state file's bytes, to write with the outputs' care. */
  synchronized byte[] bytes() {
    StringBuilder text = new StringBuilder(HEADER).append('\n');
    entries.forEach((notes, entry) -> {
      text.append(entry.hash()).append('\t').append(notes);
      entry.inputs().forEach(input -> text.append('\t').append(input));
      text.append('\n');
    });
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  Path file() {
    return folder.resolve(FILE);
  }

  /**
   * A hash of the settings every talk of a run shares: the parts given, which the caller makes
   * of the options, the template files and the theme.
   */
  static String settingsHash(List<String> parts, List<byte[]> files) {
    MessageDigest digest = sha256();
    for (String part : parts) {
      update(digest, part.getBytes(StandardCharsets.UTF_8));
    }
    for (byte[] file : files) {
      update(digest, file);
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /** The notes' bytes, each input's name and bytes (or its absence), and the settings. */
  private static String hash(Path notes, String settings, List<String> inputs) {
    MessageDigest digest = sha256();
    update(digest, settings.getBytes(StandardCharsets.UTF_8));
    update(digest, read(notes));
    Path home = notes.toAbsolutePath().normalize().getParent();
    for (String input : inputs) {
      update(digest, input.getBytes(StandardCharsets.UTF_8));
      update(digest, read(home.resolve(input)));
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /**
   * The files in the notes' folder (or below it) whose names the notes mention: a bibliography
   * named in the front matter, a picture, a data file a template reads. A mention that names no
   * file costs nothing; one that does makes the talk rebuild when that file changes.
   */
  static List<String> named(Path notes) {
    Path home = notes.toAbsolutePath().normalize().getParent();
    List<String> names = new ArrayList<>();
    String text = new String(read(notes), StandardCharsets.UTF_8);
    Matcher matcher = NAME.matcher(text);
    while (matcher.find() && names.size() < MAX_NAMED) {
      String word = matcher.group();
      if (word.contains("://") || word.length() > 300) {
        continue;
      }
      try {
        Path file = home.resolve(word).normalize();
        if (file.startsWith(home) && Files.isRegularFile(file)
            && !file.equals(notes.toAbsolutePath().normalize())) {
          names.add(home.relativize(file).toString());
        }
      } catch (RuntimeException e) {
        // Not a path on this system: not a file the notes name.
      }
    }
    return names;
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException | RuntimeException e) {
      return new byte[] {'?'};
    }
  }

  private static void update(MessageDigest digest, byte[] bytes) {
    digest.update(Long.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
    digest.update((byte) ':');
    digest.update(bytes);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  /** The folders' states by folder, for a run that writes into several. */
  static final class Folders {
    private final Map<Path, BuildState> states = new LinkedHashMap<>();

    synchronized BuildState of(Path folder) {
      return states.computeIfAbsent(folder.toAbsolutePath().normalize(), BuildState::of);
    }

    synchronized List<BuildState> all() {
      return List.copyOf(states.values());
    }
  }
}
