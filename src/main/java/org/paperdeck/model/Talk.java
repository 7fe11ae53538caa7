package org.paperdeck.model;

import java.util.List;
import java.util.Objects;

/**
 * A whole talk, as read from one notes file and validated: nothing downstream ever sees an
 * invalid talk.
 *
 * @param sourceName the notes file's name as the user gave it, for messages
 */
public record Talk(
    String sourceName,
    TalkInfo info,
    RichText intro,
    List<Category> categories,
    List<Reading> furtherReading) {
  public Talk {
    Objects.requireNonNull(sourceName, "sourceName");
    Objects.requireNonNull(info, "info");
    Objects.requireNonNull(intro, "intro");
    categories = List.copyOf(categories);
    furtherReading = List.copyOf(furtherReading);
  }

  public List<Paper> papers() {
    return categories.stream().flatMap(c -> c.papers().stream()).toList();
  }
}
