package org.paperdeck.notes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.paperdeck.diagnostics.Diagnostics;
import org.paperdeck.diagnostics.SourcePos;
import org.paperdeck.diagnostics.Suggestions;
import org.paperdeck.model.TalkInfo;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * The YAML front matter of a Markdown notes file (format doc, "Front matter"): found between
 * {@code ---} lines at the very top, read into {@link TalkInfo} with every key checked.
 */
final class FrontMatter {
  static final Set<String> KEYS = Set.of(
      "title", "subtitle", "presenter", "date", "event", "venue", "duration", "lang", "vars");

  /**
   * The front matter's fields, and the Markdown body with the front matter blanked out.
   *
   * @param durationPos where {@code duration} is given, for timing warnings; {@code null} when not
   */
  record Split(TalkInfo info, String body, SourcePos durationPos) {}

  private final String file;
  private final Diagnostics diagnostics;
  private SourcePos durationPos;

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
    String[] lines = text.split("\n", -1);
    if (lines.length == 0 || !lines[0].strip().equals("---")) {
      return Optional.of(new Split(readInfo(null, 0, defaultTitle), text, null));
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
    TalkInfo info = readInfo(yaml.toString(), 1, defaultTitle);
    return Optional.of(new Split(info, body.toString(), durationPos));
  }

  private TalkInfo readInfo(String yaml, int lineOffset, String defaultTitle) {
    Fields fields = new Fields(lineOffset);
    if (yaml != null && !yaml.isBlank()) {
      Node root = compose(yaml, lineOffset);
      if (root instanceof MappingNode map) {
        fields.read(map);
      } else if (root != null) {
        diagnostics.error(fields.pos(root), "front matter must be a list of 'key: value' lines");
      }
    }
    if (fields.values.containsKey("duration")) {
      durationPos = fields.pos(fields.values.get("duration"));
    }
    String title = fields.text("title");
    return new TalkInfo(
        title == null ? defaultTitle : title,
        fields.text("subtitle"),
        fields.presenters(),
        fields.text("date"),
        fields.text("event"),
        fields.text("venue"),
        fields.positiveInt("duration"),
        fields.text("lang"),
        fields.vars());
  }

  private Node compose(String yaml, int lineOffset) {
    LoadSettings settings = LoadSettings.builder().setLabel(file).setAllowDuplicateKeys(true)
        .setMaxAliasesForCollections(10).build();
    try {
      Composer composer = new Composer(settings, new ParserImpl(settings, new StreamReader(settings, yaml)));
      return composer.getSingleNode().orElse(null);
    } catch (MarkedYamlEngineException e) {
      Mark mark = e.getProblemMark().or(e::getContextMark).orElse(null);
      SourcePos pos = mark == null ? new SourcePos(file, 1 + lineOffset, 1)
          : new SourcePos(file, mark.getLine() + 1 + lineOffset, mark.getColumn() + 1);
      diagnostics.error(pos, "front matter is not valid YAML: " + e.getProblem(),
          "front matter is 'key: value' lines between two --- lines");
      return null;
    } catch (YamlEngineException e) {
      diagnostics.error(new SourcePos(file, 1 + lineOffset, 1),
          "front matter is not valid YAML: " + e.getMessage());
      return null;
    }
  }

  /** The front matter's keys, checked as they are read. */
  private final class Fields {
    private final int lineOffset;
    private final Map<String, Node> values = new LinkedHashMap<>();

    Fields(int lineOffset) {
      this.lineOffset = lineOffset;
    }

    SourcePos pos(Node node) {
      return node.getStartMark()
          .map(m -> new SourcePos(file, m.getLine() + 1 + lineOffset, m.getColumn() + 1))
          .orElse(new SourcePos(file, 1, 1));
    }

    void read(MappingNode map) {
      for (NodeTuple tuple : map.getValue()) {
        Node keyNode = tuple.getKeyNode();
        if (!(keyNode instanceof ScalarNode scalarKey)) {
          diagnostics.error(pos(keyNode), "a front-matter key must be a plain word");
          continue;
        }
        String key = scalarKey.getValue().toLowerCase(Locale.ROOT);
        if (!KEYS.contains(key)) {
          reportUnknownKey(diagnostics, pos(keyNode), "front-matter key", scalarKey.getValue(), KEYS);
        } else if (values.containsKey(key)) {
          diagnostics.error(pos(keyNode), "front-matter key '" + key + "' is given twice",
              "first given on line " + pos(values.get(key)).line());
        } else {
          values.put(key, tuple.getValueNode());
        }
      }
    }

    String text(String key) {
      Node node = values.get(key);
      if (node == null) {
        return null;
      }
      if (node instanceof ScalarNode scalar) {
        String value = scalar.getValue().strip();
        if (value.isEmpty() || scalar.getTag().equals(Tag.NULL)) {
          diagnostics.error(pos(node), "'" + key + "' is empty", "give it a value or remove the line");
          return null;
        }
        return value;
      }
      diagnostics.error(pos(node), "'" + key + "' must be text, not a "
          + (node instanceof SequenceNode ? "list" : "map"));
      return null;
    }

    List<String> presenters() {
      Node node = values.get("presenter");
      if (node instanceof SequenceNode seq) {
        List<String> names = new ArrayList<>();
        for (Node item : seq.getValue()) {
          if (item instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
            names.add(scalar.getValue().strip());
          } else {
            diagnostics.error(pos(item), "each presenter must be a name");
          }
        }
        return names;
      }
      String single = text("presenter");
      return single == null ? List.of() : List.of(single);
    }

    Integer positiveInt(String key) {
      Node node = values.get(key);
      if (node == null) {
        return null;
      }
      if (node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.INT)) {
        try {
          int value = Integer.parseInt(scalar.getValue().strip());
          if (value > 0) {
            return value;
          }
        } catch (NumberFormatException e) {
          // Reported below, like any other value that is not a positive whole number.
        }
      }
      diagnostics.error(pos(node), "'" + key + "' must be a positive whole number of minutes",
          "for example: " + key + ": 45");
      return null;
    }

    Map<String, Object> vars() {
      Node node = values.get("vars");
      if (node == null) {
        return Map.of();
      }
      if (!(node instanceof MappingNode map)) {
        diagnostics.error(pos(node), "'vars' must be a map of names to values",
            "for example:\nvars:\n  logo: lab.png");
        return Map.of();
      }
      Object converted = YamlValues.toJava(map);
      @SuppressWarnings("unchecked")
      Map<String, Object> result = (Map<String, Object>) converted;
      return result;
    }
  }

  /**
   * Reports an unknown key the way the format doc asks: naming the closest known key, or else
   * listing the known ones.
   */
  static void reportUnknownKey(
      Diagnostics diagnostics, SourcePos pos, String what, String typed, Set<String> known) {
    Optional<String> closest = Suggestions.closest(typed, known);
    if (closest.isPresent()) {
      diagnostics.error(pos, "unknown " + what + " '" + typed + "'; did you mean '" + closest.get() + "'?");
    } else {
      diagnostics.error(pos, "unknown " + what + " '" + typed + "'",
          "known keys: " + String.join(", ", known.stream().sorted().toList()));
    }
  }
}
