package org.paperdeck.notes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Plain Java values (strings, numbers, booleans, lists, maps) from a YAML node, for the
 * front matter's {@code vars}: templates get data, never objects with behaviour.
 */
final class YamlValues {
  private YamlValues() {}

  static Object toJava(Node node) {
    if (node instanceof MappingNode map) {
      Map<String, Object> out = new LinkedHashMap<>();
      for (NodeTuple tuple : map.getValue()) {
        Object value = toJava(tuple.getValueNode());
        if (tuple.getKeyNode() instanceof ScalarNode key && value != null) {
          out.put(key.getValue(), value);
        }
      }
      return java.util.Collections.unmodifiableMap(out);
    }
    if (node instanceof SequenceNode seq) {
      List<Object> out = new ArrayList<>();
      for (Node item : seq.getValue()) {
        Object value = toJava(item);
        if (value != null) {
          out.add(value);
        }
      }
      return List.copyOf(out);
    }
    ScalarNode scalar = (ScalarNode) node;
    String text = scalar.getValue();
    Tag tag = scalar.getTag();
    try {
      if (tag.equals(Tag.INT)) {
        return Long.parseLong(text);
      }
      if (tag.equals(Tag.FLOAT)) {
        return Double.parseDouble(text);
      }
    } catch (NumberFormatException e) {
      return text;
    }
    if (tag.equals(Tag.BOOL)) {
      return Boolean.parseBoolean(text);
    }
    if (tag.equals(Tag.NULL)) {
      return null;
    }
    return text;
  }
}
