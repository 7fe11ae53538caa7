package org.paperdeck.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.paperdeck.diagnostics.SourcePos;

/**
 * One paper: a level-2 heading of the notes with its metadata, summary and sections. Optional
 * scalar fields are {@code null} when the notes leave them out.
 *
 * @param venue the paper's own venue, or else the talk's default venue
 * @param image a PNG or JPEG beside the notes, checked to exist
 * @param notes speaker notes only: never on a slide face or in the handout
 */
public record Paper(
    RichText title,
    SourcePos pos,
    List<String> authors,
    String affiliation,
    String venue,
    String year,
    String link,
    String code,
    Path image,
    String presenter,
    Integer minutes,
    List<String> tags,
    RichText summary,
    List<Insight> insights,
    List<RichText> questions,
    List<Section> sections,
    RichText notes) {
  public Paper {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(pos, "pos");
    authors = List.copyOf(authors);
    tags = List.copyOf(tags);
    Objects.requireNonNull(summary, "summary");
    insights = List.copyOf(insights);
    questions = List.copyOf(questions);
    sections = List.copyOf(sections);
    Objects.requireNonNull(notes, "notes");
  }
}
