package org.paperdeck.preview;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.List;

/**
 * The page's view of a {@link PreviewState} as JSON: everything but the pictures and the
 * handout, which the page fetches by address, each picture's address carrying its version so
 * the browser fetches only pictures that changed.
 */
final class StateJson {
  private static final JsonFactory JSON = new JsonFactory();

  private StateJson() {}

  static byte[] of(PreviewState state) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (JsonGenerator json = JSON.createGenerator(bytes)) {
      json.writeStartObject();
      json.writeNumberField("generation", state.generation());
      strings(json, "problems", state.problems());
      strings(json, "warnings", state.warnings());
      json.writeBooleanField("handout", state.handout() != null);
      json.writeArrayFieldStart("slides");
      for (PreviewState.SlideView slide : state.slides()) {
        json.writeStartObject();
        json.writeNumberField("number", slide.number());
        json.writeStringField("role", slide.role());
        json.writeStringField("title", slide.title());
        json.writeStringField("notes", slide.notes());
        strings(json, "warnings", slide.warnings());
        json.writeStringField("image", "slides/" + slide.number() + ".png?v=" + slide.version());
        // From the PNG's header, so the page holds each picture's place before it has loaded.
        if (slide.png() != null && slide.png().length >= 24) {
          json.writeNumberField("width", ByteBuffer.wrap(slide.png(), 16, 4).getInt());
          json.writeNumberField("height", ByteBuffer.wrap(slide.png(), 20, 4).getInt());
        }
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("JSON into memory failed", e);
    }
    return bytes.toByteArray();
  }

  private static void strings(JsonGenerator json, String name, List<String> values)
      throws IOException {
    json.writeArrayFieldStart(name);
    for (String value : values) {
      json.writeString(value);
    }
    json.writeEndArray();
  }
}
