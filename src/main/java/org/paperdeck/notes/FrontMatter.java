package org.paperdeck.notes;

import java.util.Optional;
import java.util.Set;
import org.paperdeck.diagnostics.Diagnostics;
import org.paperdeck.diagnostics.SourcePos;
import org.paperdeck.model.TalkInfo;

/**
 * The YAML front matter of a Markdown notes file (format doc, "Front matter"): found between
 * {@code ---} lines at the very top, read into {@link TalkInfo} with every key checked.
 */
final class FrontMatter {
  static final Set<String> KEYS = Set.of(
      "title", "subtitle", "presenter", "date", "event", "venue", "duration", "lang", "vars",
      "fonts", "missing-glyphs", "labels", "bibliography", "csl", OwnTemplates.KEY);

  /**
   * The front matter's fields, and the Markdown body with the front matter blanked out.
   *
   * @param durationPos where {@code duration} is written, for the timing check; or {@code null}
   * @param bibliography the value of {@code bibliography}, or {@code null}
   * @param csl the value of {@code csl}, or {@code null}
   */
  record Split(TalkInfo info, String body, SourcePos durationPos, Tree bibliography, Tree csl) {}

  private final String file;
  private final Diagnostics diagnostics;

  FrontMatter(String file, Diagnostics diagnostics) {
    this.file = file;
    this.diagnostics = diagnostics;
  }

  /**
   * Splits the front matter from the body. The front matter's lines are replaced by empty lines
   * so that the Markdown parser's line numbers stay the file's line numbers.
   *
   * @return empty when the front matter is broken beyond reading the body
   */
  Optional<Split> split(String text, String defaultTitle) {
    return split(text, defaultTitle, null);
  }

  /** @param series the series file's defaults for the talk, or {@code null} */
  Optional<Split> split(String text, String defaultTitle, Tree.MapNode series) {
    String[] lines = text.split("\n", -1);
    if (!lines[0].strip().equals("---")) {
      Tree.MapNode defaults = Series.under(series, null, SourcePos.startOf(file));
      return Optional.of(new Split(info(defaults, defaultTitle), text, durationPos(defaults),
          value(defaults, "bibliography"), value(defaults, "csl")));
    }
    int close = -1;
    for (int i = 1; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.equals("---") || line.equals("...")) {
        close = i;
        break;
      }
    }
    if (close < 0) {
      diagnostics.error(new SourcePos(file, 1, 1), "front matter is never closed",
          "end it with a line of three dashes (---) before the notes begin");
      return Optional.empty();
    }
    StringBuilder yaml = new StringBuilder();
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < lines.length; i++) {
      if (i > 0 && i < close) {
        yaml.append(lines[i]).append('\n');
      }
      if (i <= close) {
        body.append(lines[i].endsWith("\r") ? "\r" : "");
      } else {
        body.append(lines[i]);
      }
      if (i < lines.length - 1) {
        body.append('\n');
      }
    }
    Tree tree = null;
    if (!yaml.toString().isBlank()) {
      tree = new YamlTree(file, yaml.toString(), 1, diagnostics).read(yaml.toString(), "front matter")
          .orElse(null);
      if (tree != null && !(tree instanceof Tree.MapNode)) {
        diagnostics.error(tree.pos(), "front matter must be 'key: value' lines");
        tree = null;
      }
    }
    Tree.MapNode map = Series.under(series, (Tree.MapNode) tree, new SourcePos(file, 1, 1));
    return Optional.of(new Split(info(map, defaultTitle), body.toString(), durationPos(map),
        value(map, "bibliography"), value(map, "csl")));
  }

  private static SourcePos durationPos(Tree.MapNode map) {
    Tree.Entry duration = map == null ? null : map.entries().get("duration");
    return duration == null ? null : duration.value().pos();
  }

  private static Tree value(Tree.MapNode map, String key) {
    Tree.Entry entry = map == null ? null : map.entries().get(key);
    return entry == null ? null : entry.value();
  }

  private TalkInfo info(Tree.MapNode map, String defaultTitle) {
    if (map == null) {
      return InfoFields.read(null, defaultTitle);
    }
    return InfoFields.read(new TreeFields(map, KEYS, "front-matter key", diagnostics), defaultTitle);
  }
}
