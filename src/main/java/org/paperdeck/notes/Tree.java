package org.paperdeck.notes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.paperdeck.diagnostics.SourcePos;

/**
 * YAML and JSON as one small tree of maps, lists and scalars that remember where they stand,
 * so front matter, YAML notes and JSON notes are checked by the same code with the same words.
 */
sealed interface Tree {
  SourcePos pos();

  /** A map, in the order written; each key remembers its own position. */
  record MapNode(SourcePos pos, Map<String, Entry> entries) implements Tree {
    public MapNode {
      entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }
  }

  /** A value under its key. */
  record Entry(String key, SourcePos keyPos, Tree value) {}

  record ListNode(SourcePos pos, List<Tree> items) implements Tree {
    public ListNode {
      items = List.copyOf(items);
    }
  }

  /**
   * A scalar with the type its syntax gives it.
   *
   * @param origin where the scalar's text starts, for positions inside Markdown text values
   */
  record Scalar(SourcePos pos, String text, Kind kind, TextOrigin origin) implements Tree {}

  /** What a scalar is, as YAML's core schema or JSON resolves it. */
  enum Kind {
    STRING,
    INTEGER,
    FLOAT,
    BOOLEAN,
    NULL
  }

  /** A word for messages: "text", "a list", "a map". */
  static String describe(Tree tree) {
    if (tree instanceof MapNode) {
      return "a map";
    }
    if (tree instanceof ListNode) {
      return "a list";
    }
    Scalar scalar = (Scalar) tree;
    return switch (scalar.kind()) {
      case INTEGER, FLOAT -> "a number";
      case BOOLEAN -> "true or false";
      case NULL -> "empty";
      case STRING -> "text";
    };
  }
}
