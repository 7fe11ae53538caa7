package org.paperdeck.refs;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.paperdeck.diagnostics.Diagnostics;
import org.paperdeck.diagnostics.SourcePos;

/**
 * A CSL-JSON file (a list of items, as Zotero and doi.org write it) into references (format
 * doc, "Bibliographies"). Jackson's streaming parser gives each item's position; a malformed
 * file is an error where the parser stopped.
 */
final class CslJsonReader {
  /** Deeper nesting than CSL-JSON ever has is a wrong file, not a bibliography. */
  private static final int MAX_DEPTH = 16;
  private static final JsonFactory JSON = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
      .build();

  private final String file;
  private final Diagnostics diagnostics;

  CslJsonReader(String file, Diagnostics diagnostics) {
    this.file = file;
    this.diagnostics = diagnostics;
  }

  List<Reference> read(String text) {
    List<Reference> references = new ArrayList<>();
    try (JsonParser parser = JSON.createParser(text)) {
      JsonToken first = parser.nextToken();
      if (first != JsonToken.START_ARRAY) {
        diagnostics.error(at(parser.currentTokenLocation()),
            "a CSL-JSON bibliography must be a list of items: [ {\"id\": …}, … ]");
        return List.of();
      }
      while (parser.nextToken() == JsonToken.START_OBJECT) {
        SourcePos pos = at(parser.currentTokenLocation());
        @SuppressWarnings("unchecked")
        Map<String, Object> item = (Map<String, Object>) value(parser);
        Reference reference = CslItems.reference(item, pos, diagnostics);
        if (reference != null) {
          references.add(reference);
        }
      }
      if (parser.currentToken() != JsonToken.END_ARRAY) {
        diagnostics.error(at(parser.currentTokenLocation()),
            "each item of a CSL-JSON bibliography must be an object: {\"id\": …}");
      } else if (parser.nextToken() != null) {
        diagnostics.error(at(parser.currentTokenLocation()),
            "text after the end of the CSL-JSON list");
      }
    } catch (JsonProcessingException e) {
      String message = e.getOriginalMessage();
      diagnostics.error(at(e.getLocation()), "malformed JSON: "
          + message.replaceAll("\\s*\\(.*$", "").replaceAll("\\s+", " ").strip());
    } catch (IOException e) {
      diagnostics.error(SourcePos.startOf(file), "cannot read the bibliography: " + e.getMessage());
    }
    return references;
  }

  private SourcePos at(JsonLocation location) {
    if (location == null) {
      return SourcePos.startOf(file);
    }
    return new SourcePos(file, Math.max(1, location.getLineNr()),
        Math.max(1, location.getColumnNr()));
  }

  /** The value the parser is at, as maps, lists, strings, numbers, booleans and nulls. */
  private static Object value(JsonParser parser) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.START_OBJECT) {
      Map<String, Object> map = new LinkedHashMap<>();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        parser.nextToken();
        map.put(name, value(parser));
      }
      return map;
    }
    if (token == JsonToken.START_ARRAY) {
      List<Object> list = new ArrayList<>();
      for (JsonToken next = parser.nextToken(); next != JsonToken.END_ARRAY && next != null;
          next = parser.nextToken()) {
        list.add(value(parser));
      }
      return list;
    }
    if (token == JsonToken.VALUE_NULL) {
      return null;
    }
    return parser.getText();
  }
}
