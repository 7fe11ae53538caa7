package org.paperdeck.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.paperdeck.diagnostics.Diagnostic;
import org.paperdeck.diagnostics.SourcePos;
import org.paperdeck.pipeline.BuildReport;

/**
 * The JSON document {@code check --format json} prints and {@code build --report FILE.json}
 * writes: every talk's diagnostics and build report, in the schema docs/check.md documents.
 * Fields are only ever added to it; {@code "schema"} changes when one changes its meaning.
 */
final class ReportJson {
  /** The schema's version. */
  static final int SCHEMA = 1;

  /** One talk's part: its notes, how it ended, its diagnostics, its report or null. */
  record TalkPart(String notes, boolean ok, List<Diagnostic> diagnostics, BuildReport report) {}

  private ReportJson() {}

  static String of(List<TalkPart> talks, List<Diagnostic> general) {
    StringWriter text = new StringWriter();
    try (JsonGenerator json = new JsonFactory().createGenerator(text)) {
      json.useDefaultPrettyPrinter();
      json.writeStartObject();
      json.writeNumberField("schema", SCHEMA);
      json.writeArrayFieldStart("diagnostics");
      for (Diagnostic d : general) {
        diagnostic(json, d);
      }
      json.writeEndArray();
      json.writeArrayFieldStart("talks");
      for (TalkPart talk : talks) {
        json.writeStartObject();
        json.writeStringField("notes", talk.notes());
        json.writeStringField("status", talk.ok() ? "ok" : "errors");
        json.writeNumberField("errors",
            talk.diagnostics().stream().filter(Diagnostic::isError).count());
        json.writeNumberField("warnings",
            talk.diagnostics().stream().filter(d -> !d.isError()).count());
        json.writeArrayFieldStart("diagnostics");
        for (Diagnostic d : talk.diagnostics()) {
          diagnostic(json, d);
        }
        json.writeEndArray();
        json.writeFieldName("report");
        report(json, talk.report());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeObjectFieldStart("summary");
      json.writeNumberField("talks", talks.size());
      json.writeNumberField("ok", talks.stream().filter(TalkPart::ok).count());
      json.writeNumberField("withErrors", talks.stream().filter(t -> !t.ok()).count());
      json.writeEndObject();
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("a JSON document in memory cannot fail", e);
    }
    return text + "\n";
  }

  private static void diagnostic(JsonGenerator json, Diagnostic d) throws IOException {
    json.writeStartObject();
    json.writeStringField("severity", d.severity().label());
    position(json, d.pos());
    json.writeStringField("message", d.message());
    json.writeStringField("hint", d.hint());
    json.writeEndObject();
  }

  private static void position(JsonGenerator json, SourcePos pos) throws IOException {
    json.writeStringField("file", pos.file());
    json.writeNumberField("line", pos.line());
    json.writeNumberField("column", pos.column());
  }

  private static void report(JsonGenerator json, BuildReport report) throws IOException {
    if (report == null) {
      json.writeNull();
      return;
    }
    json.writeStartObject();
    json.writeStringField("title", report.title());
    integer(json, "duration", report.duration());
    integer(json, "plannedMinutes", report.plannedMinutes());
    json.writeArrayFieldStart("slides");
    for (BuildReport.SlideEntry slide : report.slides()) {
      json.writeStartObject();
      json.writeNumberField("number", slide.number());
      json.writeStringField("role", slide.role());
      json.writeStringField("layout", slide.layout());
      json.writeStringField("title", slide.title());
      json.writeBooleanField("continuation", slide.continuation());
      json.writeNumberField("titleSize", slide.titleSize());
      json.writeNumberField("bodySize", slide.bodySize());
      json.writeNumberField("scale", slide.scale());
      json.writeBooleanField("movedToNotes", slide.movedToNotes());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("papers");
    for (BuildReport.PaperEntry paper : report.papers()) {
      json.writeStartObject();
      json.writeStringField("title", paper.title());
      json.writeStringField("category", paper.category());
      position(json, paper.at());
      integer(json, "minutes", paper.minutes());
      json.writeStringField("link", paper.link());
      json.writeNumberField("insights", paper.insights());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("malformedLinks");
    for (BuildReport.LinkEntry link : report.malformedLinks()) {
      json.writeStartObject();
      position(json, link.at());
      json.writeStringField("field", link.field());
      json.writeStringField("link", link.link());
      json.writeEndObject();
    }
    json.writeEndArray();
    titles(json, "papersWithoutInsights", report.withoutInsights());
    titles(json, "papersWithoutLink", report.withoutLink());
    json.writeArrayFieldStart("missingCharacters");
    for (BuildReport.GlyphEntry glyph : report.missingCharacters()) {
      json.writeStartObject();
      json.writeStringField("character", glyph.code());
      json.writeStringField("text", glyph.text());
      json.writeStringField("name", glyph.name());
      position(json, glyph.at());
      json.writeArrayFieldStart("outputs");
      for (String output : glyph.outputs()) {
        json.writeString(output);
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void titles(JsonGenerator json, String field,
      List<BuildReport.PaperEntry> papers) throws IOException {
    json.writeArrayFieldStart(field);
    for (BuildReport.PaperEntry paper : papers) {
      json.writeString(paper.title());
    }
    json.writeEndArray();
  }

  private static void integer(JsonGenerator json, String field, Integer value)
      throws IOException {
    if (value == null) {
      json.writeNullField(field);
    } else {
      json.writeNumberField(field, value);
    }
  }
}
