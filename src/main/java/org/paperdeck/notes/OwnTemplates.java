package org.paperdeck.notes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.paperdeck.diagnostics.Diagnostics;
import org.paperdeck.diagnostics.SourcePos;

/**
 * The template set a talk names for itself ({@code templates:} in its front matter, or at the
 * top of YAML or JSON notes; format doc, "Front matter"), read before the talk is built: the
 * command must load that set before the notes go through it. It wins over the series file's
 * {@code templates}. Anything wrong with the notes is left to the build to report, at its place;
 * here such notes simply name no set.
 *
 * @param name a built-in set's name, or a folder relative to the notes file
 * @param pos where the notes write it
 */
public record OwnTemplates(String name, SourcePos pos) {
  /** The front-matter key. */
  static final String KEY = "templates";

  /** What {@code file}'s notes name, if they name a set. */
  public static Optional<OwnTemplates> of(Path file, String displayName) {
    String text;
    try {
      if (Files.size(file) > Limits.MAX_FILE_BYTES) {
        return Optional.empty();
      }
      text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).replace("\r\n", "\n");
    } catch (IOException e) {
      return Optional.empty();
    }
    Diagnostics ignored = new Diagnostics();
    NotesFormat format = NotesFormat.ofFileName(file.toString());
    Optional<Tree> tree;
    if (format == NotesFormat.JSON) {
      tree = new JsonTree(displayName, ignored).read(text);
    } else if (format != NotesFormat.MARKDOWN) {
      tree = new YamlTree(displayName, text, 0, ignored).read(text, "the file");
    } else {
      String yaml = frontMatter(text);
      tree = yaml == null ? Optional.empty()
          : new YamlTree(displayName, yaml, 1, ignored).read(yaml, "front matter");
    }
    if (tree.isEmpty() || !(tree.get() instanceof Tree.MapNode map)) {
      return Optional.empty();
    }
    Tree.Entry entry = map.entries().get(KEY);
    if (entry == null || !(entry.value() instanceof Tree.Scalar scalar)
        || scalar.kind() == Tree.Kind.NULL || scalar.text().isBlank()) {
      return Optional.empty();
    }
    return Optional.of(new OwnTemplates(scalar.text().strip(), scalar.pos()));
  }

  /** The lines between the opening {@code ---} and the closing one, or {@code null}. */
  private static String frontMatter(String text) {
    String[] lines = text.split("\n", -1);
    if (!lines[0].strip().equals("---")) {
      return null;
    }
    StringBuilder yaml = new StringBuilder();
    for (int i = 1; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.equals("---") || line.equals("...")) {
        return yaml.toString();
      }
      yaml.append(lines[i]).append('\n');
    }
    return null;
  }
}
