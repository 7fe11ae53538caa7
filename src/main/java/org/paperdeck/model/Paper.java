package org.paperdeck.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.paperdeck.diagnostics.SourcePos;

/**
 * One paper: a level-2 heading of the notes with its metadata, summary and sections. Optional
 * scalar fields are {@code null} when the notes leave them out. Readers make one with
 * {@link #builder(SourcePos)}, naming each value they read.
 *
 * @param venue the paper's own venue, or else the talk's default venue
 * @param image a PNG or JPEG beside the notes, checked to exist
 * @param notes speaker notes only: never on a slide face or in the handout
 * @param cite the key of the bibliography entry the paper cites, or {@code null}; the fields the
 *     notes leave out were filled from that entry
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
    RichText notes,
    String cite) {
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

  /** A paper written at {@code pos}, with every field empty until set. */
  public static Builder builder(SourcePos pos) {
    return new Builder(pos);
  }

  /**
   * The values of a paper by name, as a reader finds them: lists and texts start empty,
   * optional fields {@code null}.
   */
  public static final class Builder {
    private final SourcePos pos;
    private RichText title = RichText.EMPTY;
    private List<String> authors = List.of();
    private String affiliation;
    private String venue;
    private String year;
    private String link;
    private String code;
    private Path image;
    private String presenter;
    private Integer minutes;
    private List<String> tags = List.of();
    private RichText summary = RichText.EMPTY;
    private List<Insight> insights = List.of();
    private List<RichText> questions = List.of();
    private List<Section> sections = List.of();
    private RichText notes = RichText.EMPTY;
    private String cite;

    private Builder(SourcePos pos) {
      this.pos = Objects.requireNonNull(pos, "pos");
    }

    public Builder title(RichText value) {
      title = value;
      return this;
    }

    public Builder authors(List<String> value) {
      authors = value;
      return this;
    }

    public Builder affiliation(String value) {
      affiliation = value;
      return this;
    }

    public Builder venue(String value) {
      venue = value;
      return this;
    }

    public Builder year(String value) {
      year = value;
      return this;
    }

    public Builder link(String value) {
      link = value;
      return this;
    }

    public Builder code(String value) {
      code = value;
      return this;
    }

    public Builder image(Path value) {
      image = value;
      return this;
    }

    public Builder presenter(String value) {
      presenter = value;
      return this;
    }

    public Builder minutes(Integer value) {
      minutes = value;
      return this;
    }

    public Builder tags(List<String> value) {
      tags = value;
      return this;
    }

    public Builder summary(RichText value) {
      summary = value;
      return this;
    }

    public Builder insights(List<Insight> value) {
      insights = value;
      return this;
    }

    public Builder questions(List<RichText> value) {
      questions = value;
      return this;
    }

    public Builder sections(List<Section> value) {
      sections = value;
      return this;
    }

    public Builder notes(RichText value) {
      notes = value;
      return this;
    }

    public Builder cite(String value) {
      cite = value;
      return this;
    }

    public Paper build() {
      return new Paper(title, pos, authors, affiliation, venue, year, link, code, image,
          presenter, minutes, tags, summary, insights, questions, sections, notes, cite);
    }
  }
}
