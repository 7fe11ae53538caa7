package org.paperdeck.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The talk's front matter. Optional text fields are {@code null} when the notes leave them out.
 *
 * @param duration minutes for the whole talk, or {@code null}
 * @param vars a template's own variables, handed over as written (strings, numbers, booleans,
 *     lists and maps)
 */
public record TalkInfo(
    String title,
    String subtitle,
    List<String> presenters,
    String date,
    String event,
    String venue,
    Integer duration,
    String lang,
    Map<String, Object> vars) {
  public TalkInfo {
    Objects.requireNonNull(title, "title");
    presenters = List.copyOf(presenters);
    lang = lang == null ? "en" : lang;
    vars = Map.copyOf(vars);
  }
}
