package org.paperdeck.notes;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.paperdeck.diagnostics.Diagnostics;
import org.paperdeck.diagnostics.SourcePos;
import org.paperdeck.diagnostics.Suggestions;

/**
 * The keys of one map in YAML or JSON notes (or front matter), read with their types checked:
 * an unknown key names the closest known one, a value of the wrong kind says what was expected.
 */
final class TreeFields {
  private final Tree.MapNode map;
  private final Diagnostics diagnostics;

  /**
   * @param what how messages call a key here: "front-matter key", "paper key" …
   */
  TreeFields(Tree.MapNode map, Set<String> known, String what, Diagnostics diagnostics) {
    this.map = map;
    this.diagnostics = diagnostics;
    for (Tree.Entry entry : map.entries().values()) {
      if (!known.contains(entry.key())) {
        reportUnknownKey(diagnostics, entry.keyPos(), what, entry.key(), known);
      }
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

  SourcePos pos() {
    return map.pos();
  }

  /** Where this map's problems go, for readers of keys this class has no method for. */
  Diagnostics diagnostics() {
    return diagnostics;
  }

  Tree get(String key) {
    Tree.Entry entry = map.entries().get(key);
    return entry == null ? null : entry.value();
  }

  /** A scalar's text; numbers and booleans count as their written text. */
  String text(String key) {
    Tree value = get(key);
    if (value == null) {
      return null;
    }
    if (value instanceof Tree.Scalar scalar) {
      if (scalar.kind() == Tree.Kind.NULL || scalar.text().isBlank()) {
        diagnostics.error(value.pos(), "'" + key + "' is empty", "give it a value or remove the line");
        return null;
      }
      return scalar.text().strip();
    }
    diagnostics.error(value.pos(), "'" + key + "' must be text, not " + Tree.describe(value));
    return null;
  }

  /** The scalar itself, for Markdown text values that need its position. */
  Tree.Scalar scalar(String key) {
    Tree value = get(key);
    if (value == null) {
      return null;
    }
    if (value instanceof Tree.Scalar scalar && scalar.kind() != Tree.Kind.NULL) {
      return scalar;
    }
    diagnostics.error(value.pos(), "'" + key + "' must be text, not " + Tree.describe(value));
    return null;
  }

  Integer positiveInt(String key, String unit, String example) {
    Tree value = get(key);
    if (value == null) {
      return null;
    }
    if (value instanceof Tree.Scalar scalar && scalar.kind() == Tree.Kind.INTEGER) {
      try {
        int number = Integer.parseInt(scalar.text().strip());
        if (number > 0) {
          return number;
        }
      } catch (NumberFormatException e) {
        // Reported below, like any other value that is not a positive whole number.
      }
    }
    diagnostics.error(value.pos(), "'" + key + "' must be a positive whole number" + unit,
        "for example: " + example);
    return null;
  }

  /** Names given as one text ("A, B and C", split by {@code splitter}) or as a list of texts. */
  List<String> names(String key, Function<String, List<String>> splitter) {
    Tree value = get(key);
    if (value instanceof Tree.ListNode list) {
      List<String> names = new ArrayList<>();
      for (Tree item : list.items()) {
        if (item instanceof Tree.Scalar scalar && scalar.kind() != Tree.Kind.NULL && !scalar.text().isBlank()) {
          names.add(scalar.text().strip());
        } else {
          diagnostics.error(item.pos(), "each entry of '" + key + "' must be text");
        }
      }
      return names;
    }
    String single = text(key);
    return single == null ? List.of() : splitter.apply(single);
  }

  /** A list value; anything else is reported. */
  List<Tree> list(String key) {
    Tree value = get(key);
    if (value == null) {
      return List.of();
    }
    if (value instanceof Tree.ListNode list) {
      return list.items();
    }
    diagnostics.error(value.pos(), "'" + key + "' must be a list, not " + Tree.describe(value),
        "write each entry on its own line starting with '- '");
    return List.of();
  }

  /** A map value as plain Java data (strings, numbers, booleans, lists, maps), for templates. */
  Map<String, Object> plainMap(String key, String example) {
    Tree value = get(key);
    if (value == null) {
      return Map.of();
    }
    if (!(value instanceof Tree.MapNode)) {
      diagnostics.error(value.pos(), "'" + key + "' must be a map of names to values", example);
      return Map.of();
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> plain = (Map<String, Object>) plainValue(value);
    return plain;
  }

  private static Object plainValue(Tree tree) {
    if (tree instanceof Tree.MapNode map) {
      Map<String, Object> out = new LinkedHashMap<>();
      map.entries().forEach((k, entry) -> {
        Object v = plainValue(entry.value());
        if (v != null) {
          out.put(k, v);
        }
      });
      return Collections.unmodifiableMap(out);
    }
    if (tree instanceof Tree.ListNode list) {
      List<Object> out = new ArrayList<>();
      for (Tree item : list.items()) {
        Object v = plainValue(item);
        if (v != null) {
          out.add(v);
        }
      }
      return List.copyOf(out);
    }
    Tree.Scalar scalar = (Tree.Scalar) tree;
    try {
      return switch (scalar.kind()) {
        case INTEGER -> Long.parseLong(scalar.text().strip());
        case FLOAT -> Double.parseDouble(scalar.text().strip());
        case BOOLEAN -> Boolean.parseBoolean(scalar.text().strip());
        case NULL -> null;
        case STRING -> scalar.text();
      };
    } catch (NumberFormatException e) {
      return scalar.text();
    }
  }
}
