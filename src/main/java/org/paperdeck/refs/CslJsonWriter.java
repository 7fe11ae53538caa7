package org.paperdeck.refs;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * References as CSL-JSON, the format Zotero imports and citation processors read: {@code id},
 * {@code type}, {@code title}, {@code author}, {@code container-title}, {@code issued}, {@code
 * DOI}, {@code URL}, and an arXiv ID as Zotero writes it ({@code number: "arXiv:…"}).
 */
public final class CslJsonWriter {
  private static final JsonFactory JSON = new JsonFactory();

  private CslJsonWriter() {}

  public static String write(List<Reference> references) {
    StringWriter text = new StringWriter();
    try (JsonGenerator json = JSON.createGenerator(text).useDefaultPrettyPrinter()) {
      json.writeStartArray();
      for (Reference reference : references) {
        item(json, reference);
      }
      json.writeEndArray();
    } catch (IOException e) {
      throw new UncheckedIOException("writing to a string failed", e);
    }
    return text + "\n";
  }

  private static void item(JsonGenerator json, Reference reference) throws IOException {
    json.writeStartObject();
    json.writeStringField("id", reference.key());
    json.writeStringField("type", reference.type());
    if (reference.title() != null) {
      json.writeStringField("title", TitleMarkup.csl(reference.title()));
    }
    if (!reference.authors().isEmpty()) {
      json.writeArrayFieldStart("author");
      for (Name name : reference.authors()) {
        json.writeStartObject();
        if (name.given() == null) {
          json.writeStringField("literal", name.family());
        } else {
          json.writeStringField("family", name.family());
          json.writeStringField("given", name.given());
        }
        json.writeEndObject();
      }
      json.writeEndArray();
    }
    if (reference.venue() != null) {
      json.writeStringField("container-title", reference.venue());
    }
    if (reference.year() != null) {
      json.writeObjectFieldStart("issued");
      if (reference.year().matches("-?\\d{1,4}")) {
        json.writeArrayFieldStart("date-parts");
        json.writeStartArray();
        json.writeNumber(Integer.parseInt(reference.year()));
        json.writeEndArray();
        json.writeEndArray();
      } else {
        json.writeStringField("literal", reference.year());
      }
      json.writeEndObject();
    }
    if (reference.doi() != null) {
      json.writeStringField("DOI", reference.doi());
    }
    if (reference.arxiv() != null) {
      json.writeStringField("number", "arXiv:" + reference.arxiv());
    }
    if (reference.url() != null || reference.link() != null) {
      json.writeStringField("URL", reference.url() != null ? reference.url() : reference.link());
    }
    json.writeEndObject();
  }
}
