package org.paperdeck.notes;

import java.util.Locale;
import java.util.Optional;

/** The three ways to write notes (docs/format.md): Markdown with front matter, YAML, JSON. */
public enum NotesFormat {
  MARKDOWN, YAML, JSON;

  /** The names {@code --from} takes, as pandoc's {@code -f} takes them. */
  public static final String NAMES = "md, yaml or json";

  /** By a file's name: {@code .yaml}/{@code .yml} YAML, {@code .json} JSON, anything else Markdown. */
  public static NotesFormat ofFileName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
      return YAML;
    }
    return lower.endsWith(".json") ? JSON : MARKDOWN;
  }

  /** A format by the name a user types: md (or markdown), yaml (or yml), json. */
  public static Optional<NotesFormat> named(String name) {
    return switch (name.strip().toLowerCase(Locale.ROOT)) {
      case "md", "markdown" -> Optional.of(MARKDOWN);
      case "yaml", "yml" -> Optional.of(YAML);
      case "json" -> Optional.of(JSON);
      default -> Optional.empty();
    };
  }
}
