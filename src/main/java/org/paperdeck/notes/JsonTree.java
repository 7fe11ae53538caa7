package org.paperdeck.notes;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.paperdeck.diagnostics.Diagnostics;
import org.paperdeck.diagnostics.SourcePos;

/**
 * Reads JSON strictly (format doc: "JSON is read strictly": no comments, no trailing commas, no
 * single quotes) into a {@link Tree}. YAML would accept all of those, so JSON gets its own parser.
 */
final class JsonTree {
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(YamlTree.MAX_DEPTH).build())
      .build();

  private final String file;
  private final Diagnostics diagnostics;

  JsonTree(String file, Diagnostics diagnostics) {
    this.file = file;
    this.diagnostics = diagnostics;
  }

  Optional<Tree> read(String json) {
    try (JsonParser parser = FACTORY.createParser(json)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        diagnostics.error(new SourcePos(file, 1, 1), "the file is empty");
        return Optional.empty();
      }
      Tree tree = value(parser);
      if (parser.nextToken() != null) {
        diagnostics.error(pos(parser.currentTokenLocation()), "unexpected content after the JSON value");
        return Optional.empty();
      }
      return Optional.of(tree);
    } catch (JsonParseException e) {
      diagnostics.error(pos(e.getLocation()), "not valid JSON: " + plain(e.getOriginalMessage()),
          "JSON is read strictly: double quotes only, no comments, no trailing commas");
    } catch (IOException e) {
      diagnostics.error(new SourcePos(file, 1, 1), "not valid JSON: " + e.getMessage());
    } catch (RuntimeException e) {
      diagnostics.error(new SourcePos(file, 1, 1), "not valid JSON: " + e.getMessage());
    }
    return Optional.empty();
  }

  /** Jackson's message without its character codes and parser-feature advice. */
  private static String plain(String message) {
    String first = message.split("\n")[0];
    first = first.replaceAll(" \\(code \\d+\\)", "").replaceAll(" \\([^()]*Feature[^()]*\\)", "");
    return Character.toLowerCase(first.charAt(0)) + first.substring(1);
  }

  private SourcePos pos(JsonLocation location) {
    if (location == null || location.getLineNr() < 1) {
      return new SourcePos(file, 1, 1);
    }
    return new SourcePos(file, location.getLineNr(), Math.max(1, location.getColumnNr()));
  }

  private Tree value(JsonParser parser) throws IOException {
    SourcePos at = pos(parser.currentTokenLocation());
    JsonToken token = parser.currentToken();
    if (token == JsonToken.START_OBJECT) {
      Map<String, Tree.Entry> entries = new LinkedHashMap<>();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        SourcePos keyPos = pos(parser.currentTokenLocation());
        parser.nextToken();
        Tree value = value(parser);
        if (entries.containsKey(name)) {
          diagnostics.error(keyPos, "key '" + name + "' is given twice",
              "first given on line " + entries.get(name).keyPos().line());
        } else {
          entries.put(name, new Tree.Entry(name, keyPos, value));
        }
      }
      return new Tree.MapNode(at, entries);
    }
    if (token == JsonToken.START_ARRAY) {
      List<Tree> items = new ArrayList<>();
      while (parser.nextToken() != JsonToken.END_ARRAY) {
        items.add(value(parser));
      }
      return new Tree.ListNode(at, items);
    }
    Tree.Kind kind = switch (token) {
      case VALUE_NUMBER_INT -> Tree.Kind.INTEGER;
      case VALUE_NUMBER_FLOAT -> Tree.Kind.FLOAT;
      case VALUE_TRUE, VALUE_FALSE -> Tree.Kind.BOOLEAN;
      case VALUE_NULL -> Tree.Kind.NULL;
      default -> Tree.Kind.STRING;
    };
    String text = kind == Tree.Kind.NULL ? "" : parser.getText();
    // A JSON string's text starts after its opening quote.
    int quote = kind == Tree.Kind.STRING ? 1 : 0;
    return new Tree.Scalar(at, text, kind, new TextOrigin(file, at.line(), at.column() + quote, 0));
  }
}
