package org.paperdeck.notes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.paperdeck.diagnostics.Diagnostic;
import org.paperdeck.diagnostics.Diagnostics;
import org.paperdeck.diagnostics.SourcePos;

/**
 * A folder's {@code series.yaml}: what the talks of one reading group share (docs/series.md).
 * Its talk keys ({@code place}, {@code group}, {@code presenters}, {@code lang},
 * {@code duration}, {@code vars}, {@code labels}, {@code fonts}, {@code missing-glyphs}) are
 * each talk's defaults, under the talk's own front matter; its other keys are the command's:
 * the template set and theme the folder's talks are built with, and the term for the site.
 *
 * @param file the series file
 * @param group the group's name, or {@code null}
 * @param term the term, or {@code null}
 * @param place where the group meets, or {@code null}
 * @param presenters the group's presenters, in the order written
 * @param templates the template set, a built-in name or a folder (relative to the file), or
 *     {@code null}
 * @param theme the theme file (relative to the file), or {@code null}
 * @param diagnostics what is wrong with the file
 */
public record Series(Path file, String group, String term, String place, List<String> presenters,
    String templates, String theme, List<Diagnostic> diagnostics) {
  /** The names a series file may have, in the order they are looked for. */
  public static final List<String> NAMES = List.of("series.yaml", "series.yml");

  static final Set<String> KEYS = Set.of("group", "term", "place", "presenters", "templates",
      "theme", "lang", "duration", "vars", "labels", "fonts", "missing-glyphs");

  /** Series keys that are front-matter keys under another name. */
  private static final Map<String, String> AS_TALK_KEY = Map.of(
      "group", "event", "place", "venue", "presenters", "presenter");
  private static final Set<String> TALK_KEYS = Set.of("group", "place", "presenters", "lang",
      "duration", "vars", "labels", "fonts", "missing-glyphs");
  /** Maps whose entries a talk adds to rather than replaces. */
  private static final Set<String> MERGED = Set.of("vars", "labels");

  public Series {
    presenters = List.copyOf(presenters);
    diagnostics = List.copyOf(diagnostics);
  }

  /** The series file in {@code folder}, if it has one. */
  public static Optional<Path> find(Path folder) {
    for (String name : NAMES) {
      Path file = folder.resolve(name);
      if (Files.isRegularFile(file)) {
        return Optional.of(file);
      }
    }
    return Optional.empty();
  }

  /** Whether {@code file} is named as a series file. */
  public static boolean isSeriesFile(Path file) {
    return file.getFileName() != null
        && NAMES.contains(file.getFileName().toString().toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * Reads a series file.
   *
   * @param displayName how messages name it
   */
  public static Series read(Path file, String displayName) {
    Diagnostics diagnostics = new Diagnostics();
    Tree.MapNode map = tree(file, displayName, diagnostics);
    if (map == null) {
      return new Series(file, null, null, null, List.of(), null, null, diagnostics.sorted());
    }
    TreeFields fields = new TreeFields(map, KEYS, "series key", diagnostics);
    return new Series(file, fields.text("group"), fields.text("term"), fields.text("place"),
        fields.names("presenters", List::of), fields.text("templates"), fields.text("theme"),
        diagnostics.sorted());
  }

  /** The file as a tree, or {@code null} when it is empty or cannot be read as a map. */
  static Tree.MapNode tree(Path file, String displayName, Diagnostics diagnostics) {
    String text;
    try {
      if (Files.size(file) > Limits.MAX_FILE_BYTES) {
        diagnostics.error(SourcePos.startOf(displayName), "the series file is too large");
        return null;
      }
      text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      diagnostics.error(SourcePos.startOf(displayName), "cannot read the series file: "
          + e.getMessage());
      return null;
    }
    if (text.isBlank()) {
      return null;
    }
    Tree tree = new YamlTree(displayName, text, 0, diagnostics).read(text, "the series file")
        .orElse(null);
    if (tree != null && !(tree instanceof Tree.MapNode)) {
      diagnostics.error(tree.pos(), "a series file must be 'key: value' lines");
      return null;
    }
    return (Tree.MapNode) tree;
  }

  /**
   * The talk's front matter ({@code talk}, or {@code null} for none) over the series' talk keys:
   * a key the talk gives wins, {@code vars} and {@code labels} are merged key by key. Values
   * keep their positions in the series file, so a mistake there is reported there.
   */
  static Tree.MapNode under(Tree.MapNode series, Tree.MapNode talk, SourcePos at) {
    if (series == null) {
      return talk;
    }
    Map<String, Tree.Entry> merged = new LinkedHashMap<>();
    if (talk != null) {
      merged.putAll(talk.entries());
    }
    for (Tree.Entry entry : series.entries().values()) {
      if (!TALK_KEYS.contains(entry.key())) {
        continue;
      }
      String key = AS_TALK_KEY.getOrDefault(entry.key(), entry.key());
      Tree.Entry own = merged.get(key);
      if (own == null) {
        merged.put(key, new Tree.Entry(key, entry.keyPos(), entry.value()));
      } else if (MERGED.contains(key) && own.value() instanceof Tree.MapNode ownMap
          && entry.value() instanceof Tree.MapNode seriesMap) {
        Map<String, Tree.Entry> both = new LinkedHashMap<>(seriesMap.entries());
        both.putAll(ownMap.entries());
        merged.put(key, new Tree.Entry(key, own.keyPos(), new Tree.MapNode(ownMap.pos(), both)));
      }
    }
    return new Tree.MapNode(talk == null ? at : talk.pos(), merged);
  }

  /** The series defaults for notes in {@code folder}: its series file's tree, or null. */
  static Tree.MapNode defaultsFor(Path notesFile, String notesName, Diagnostics diagnostics) {
    Path folder = notesFile.toAbsolutePath().getParent();
    Optional<Path> file = folder == null ? Optional.empty() : find(folder);
    if (file.isEmpty()) {
      return null;
    }
    Path shown = Path.of(notesName).getParent();
    String displayName = shown == null ? file.get().getFileName().toString()
        : shown.resolve(file.get().getFileName()).toString();
    Tree.MapNode map = tree(file.get(), displayName, diagnostics);
    if (map != null) {
      // Unknown keys are reported here, once per talk, at the series file's line.
      new TreeFields(map, KEYS, "series key", diagnostics);
    }
    return map;
  }
}
