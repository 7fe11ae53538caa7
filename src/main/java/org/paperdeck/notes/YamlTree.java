package org.paperdeck.notes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.paperdeck.diagnostics.Diagnostics;
import org.paperdeck.diagnostics.SourcePos;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.ScalarStyle;
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

/** Reads YAML text into a {@link Tree}, reporting syntax errors and repeated keys. */
final class YamlTree {
  /** Aliases let a tiny file expand without bound; notes never need many. */
  private static final int MAX_ALIASES = 20;
  /** Deeper nesting than this is no notes file, and would only exhaust the stack. */
  static final int MAX_DEPTH = 64;

  private final String file;
  private final String[] lines;
  private final int lineOffset;
  private final Diagnostics diagnostics;

  /**
   * @param lineOffset how many file lines come before the YAML text (front matter starts on line 2)
   */
  YamlTree(String file, String yaml, int lineOffset, Diagnostics diagnostics) {
    this.file = file;
    this.lines = yaml.split("\r?\n", -1);
    this.lineOffset = lineOffset;
    this.diagnostics = diagnostics;
  }

  Optional<Tree> read(String yaml, String what) {
    LoadSettings settings = LoadSettings.builder().setLabel(file).setAllowDuplicateKeys(true)
        .setMaxAliasesForCollections(MAX_ALIASES).setCodePointLimit(Integer.MAX_VALUE).build();
    try {
      Composer composer = new Composer(settings, new ParserImpl(settings, new StreamReader(settings, yaml)));
      Optional<Node> root = composer.getSingleNode();
      return root.map(node -> convert(node, 0));
    } catch (MarkedYamlEngineException e) {
      Mark mark = e.getProblemMark().or(e::getContextMark).orElse(null);
      SourcePos pos = mark == null ? new SourcePos(file, 1 + lineOffset, 1) : pos(mark);
      diagnostics.error(pos, what + " is not valid YAML: " + e.getProblem(),
          "YAML is 'key: value' lines; indent nested values with spaces");
    } catch (YamlEngineException e) {
      diagnostics.error(new SourcePos(file, 1 + lineOffset, 1), what + " is not valid YAML: " + e.getMessage());
    } catch (StackOverflowError e) {
      diagnostics.error(new SourcePos(file, 1 + lineOffset, 1), what + " is nested too deeply");
    }
    return Optional.empty();
  }

  private SourcePos pos(Mark mark) {
    return new SourcePos(file, mark.getLine() + 1 + lineOffset, mark.getColumn() + 1);
  }

  private SourcePos pos(Node node) {
    return node.getStartMark().map(this::pos).orElse(new SourcePos(file, 1 + lineOffset, 1));
  }

  private Tree convert(Node node, int depth) {
    if (depth > MAX_DEPTH) {
      diagnostics.error(pos(node), "nested more than " + MAX_DEPTH + " levels deep");
      return new Tree.Scalar(pos(node), "", Tree.Kind.NULL, TextOrigin.wholeFile(file));
    }
    if (node instanceof MappingNode map) {
      Map<String, Tree.Entry> entries = new LinkedHashMap<>();
      for (NodeTuple tuple : map.getValue()) {
        Node key = tuple.getKeyNode();
        if (!(key instanceof ScalarNode scalarKey)) {
          diagnostics.error(pos(key), "a key must be a plain word");
          continue;
        }
        String name = scalarKey.getValue();
        if (entries.containsKey(name)) {
          diagnostics.error(pos(key), "key '" + name + "' is given twice",
              "first given on line " + entries.get(name).keyPos().line());
          continue;
        }
        entries.put(name, new Tree.Entry(name, pos(key), convert(tuple.getValueNode(), depth + 1)));
      }
      return new Tree.MapNode(pos(node), entries);
    }
    if (node instanceof SequenceNode seq) {
      List<Tree> items = new ArrayList<>();
      for (Node item : seq.getValue()) {
        items.add(convert(item, depth + 1));
      }
      return new Tree.ListNode(pos(node), items);
    }
    ScalarNode scalar = (ScalarNode) node;
    return new Tree.Scalar(pos(node), unfolded(scalar), kind(scalar), origin(scalar));
  }

  /**
   * The scalar's value, with the spaces YAML's line folding put between two Chinese or Japanese
   * characters taken out again (format doc, "Line breaks in Chinese and Japanese"). A literal
   * block ({@code |}) keeps its newlines, which the Markdown reader then handles.
   */
  private String unfolded(ScalarNode scalar) {
    String value = scalar.getValue();
    if (scalar.getScalarStyle() == ScalarStyle.LITERAL || scalar.getStartMark().isEmpty()
        || scalar.getEndMark().isEmpty()) {
      return value;
    }
    int first = scalar.getStartMark().get().getLine();
    int last = Math.min(scalar.getEndMark().get().getLine(), lines.length - 1);
    if (last <= first) {
      return value;
    }
    return EastAsianBreaks.unfold(value, String.join("\n", java.util.Arrays.asList(lines).subList(first, last + 1)));
  }

  private static Tree.Kind kind(ScalarNode scalar) {
    if (scalar.getScalarStyle() != ScalarStyle.PLAIN) {
      return Tree.Kind.STRING;
    }
    Tag tag = scalar.getTag();
    if (tag.equals(Tag.INT)) {
      return Tree.Kind.INTEGER;
    }
    if (tag.equals(Tag.FLOAT)) {
      return Tree.Kind.FLOAT;
    }
    if (tag.equals(Tag.BOOL)) {
      return Tree.Kind.BOOLEAN;
    }
    if (tag.equals(Tag.NULL)) {
      return Tree.Kind.NULL;
    }
    return Tree.Kind.STRING;
  }

  /** Where the scalar's text starts: after its quote, or on the line after a block indicator. */
  private TextOrigin origin(ScalarNode scalar) {
    SourcePos start = pos(scalar);
    ScalarStyle style = scalar.getScalarStyle();
    if (style == ScalarStyle.LITERAL || style == ScalarStyle.FOLDED) {
      int lineIndex = start.line() - lineOffset; // 0-based index of the line after the indicator
      int indent = lineIndex < lines.length ? leadingSpaces(lines[lineIndex]) : 0;
      return new TextOrigin(file, start.line() + 1, indent + 1, indent);
    }
    int quote = style == ScalarStyle.PLAIN ? 0 : 1;
    return new TextOrigin(file, start.line(), start.column() + quote, start.column() - 1);
  }

  private static int leadingSpaces(String line) {
    int n = 0;
    while (n < line.length() && line.charAt(n) == ' ') {
      n++;
    }
    return n;
  }
}
