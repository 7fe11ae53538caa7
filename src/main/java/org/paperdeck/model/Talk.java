package org.paperdeck.model;

import java.util.List;
import java.util.Objects;

/**
 * A whole talk, as read from one notes file and validated: nothing downstream ever sees an
 * invalid talk.
 *
 * @param sourceName the notes file's name as the user gave it, for messages
 * @param references every paper and further-reading entry formatted in the notes' citation
 *     style ({@code csl:}), in the style's order; empty without one
 */
public record Talk(
    String sourceName,
    TalkInfo info,
    RichText intro,
    List<Category> categories,
    List<Reading> furtherReading,
    List<RichText> references) {
  public Talk {
    Objects.requireNonNull(sourceName, "sourceName");
    Objects.requireNonNull(info, "info");
    Objects.requireNonNull(intro, "intro");
    categories = List.copyOf(categories);
    furtherReading = List.copyOf(furtherReading);
    references = List.copyOf(references);
  }

  /** A talk without a citation style. */
  public Talk(String sourceName, TalkInfo info, RichText intro, List<Category> categories,
      List<Reading> furtherReading) {
    this(sourceName, info, intro, categories, furtherReading, List.of());
  }

  public List<Paper> papers() {
    return categories.stream().flatMap(c -> c.papers().stream()).toList();
  }
}
