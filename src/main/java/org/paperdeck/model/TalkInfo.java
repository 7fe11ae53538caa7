package org.paperdeck.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The talk's front matter. Optional text fields are {@code null} when the notes leave them out.
 *
 * @param duration minutes for the whole talk, or {@code null}
 * @param lang the notes' language, a BCP 47 tag ({@code en} when the notes do not say)
 * @param vars a template's own variables, handed over as written (strings, numbers, booleans,
 *     lists and maps)
 * @param fonts fonts the handout should try first for characters its own fonts lack
 * @param warnMissingGlyphs whether a character no font has is a warning rather than an error
 * @param labels the notes' own words for the templates' fixed labels, by label key
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
    Map<String, Object> vars,
    List<FontRequest> fonts,
    boolean warnMissingGlyphs,
    Map<String, String> labels) {
  public TalkInfo {
    Objects.requireNonNull(title, "title");
    presenters = List.copyOf(presenters);
    lang = lang == null ? "en" : lang;
    vars = Map.copyOf(vars);
    fonts = List.copyOf(fonts);
    labels = Map.copyOf(labels);
  }

  /** Front matter without fonts or labels. */
  public TalkInfo(String title, String subtitle, List<String> presenters, String date,
      String event, String venue, Integer duration, String lang, Map<String, Object> vars) {
    this(title, subtitle, presenters, date, event, venue, duration, lang, vars, List.of(), false,
        Map.of());
  }
}
