package org.paperdeck.notes;


import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.paperdeck.diagnostics.Diagnostics;
import org.paperdeck.diagnostics.SourcePos;
import org.paperdeck.diagnostics.Suggestions;

/**
 * A paper's metadata paragraph (format doc, "Metadata"): the first paragraph under a paper
 * heading counts when every line is {@code Key: value}. A paragraph whose keys are all unknown
 * stays summary text, unless one of them is a likely typo of a known key, because "Autors: …"
 * silently shown as summary would hide the mistake.
 */
final class PaperMetadata {
  /** The keys a metadata paragraph may hold: the {@link PaperField} rows written as lines. */
  static final Set<String> KEYS = PaperField.METADATA_KEYS;

  private static final Pattern LINE = Pattern.compile("^(\\s*)([A-Za-z][A-Za-z0-9_-]*)\\s*:(\\s*)(.*?)\\s*$");

  /** The values read, by lower-case key, with where each value starts. */
  record Values(Map<String, String> text, Map<String, SourcePos> pos) {
    String get(String key) {
      return text.get(key);
    }
  }

  private final Diagnostics diagnostics;

  PaperMetadata(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /**
   * Reads the paragraph's source lines as metadata when they are metadata.
   *
   * @param lines the paragraph's raw source lines
   * @param firstLine the 1-based line number of the first of them
   */
  Optional<Values> read(List<String> lines, int firstLine, String file) {
    List<Matcher> matches = new ArrayList<>();
    for (String line : lines) {
      Matcher m = LINE.matcher(line);
      if (!m.matches() || m.group(4).isEmpty() && !isKnown(m.group(2))) {
        return Optional.empty();
      }
      matches.add(m);
    }
    // A paragraph with a known key is metadata; only one without is checked for typos of one.
    boolean metadata = matches.stream().anyMatch(m -> isKnown(m.group(2)))
        || matches.stream().anyMatch(m -> Suggestions.closest(m.group(2), KEYS).isPresent());
    if (!metadata) {
      return Optional.empty();
    }
    Map<String, String> values = new LinkedHashMap<>();
    Map<String, SourcePos> positions = new LinkedHashMap<>();
    for (int i = 0; i < matches.size(); i++) {
      Matcher m = matches.get(i);
      String key = m.group(2).toLowerCase(Locale.ROOT);
      SourcePos keyPos = new SourcePos(file, firstLine + i, m.start(2) + 1);
      SourcePos valuePos = new SourcePos(file, firstLine + i, m.start(4) + 1);
      if (!KEYS.contains(key)) {
        TreeFields.reportUnknownKey(diagnostics, keyPos, "metadata key", m.group(2), KEYS);
      } else if (values.containsKey(key)) {
        diagnostics.error(keyPos, "metadata key '" + key + "' is given twice",
            "first given on line " + positions.get(key).line());
      } else if (m.group(4).isEmpty()) {
        diagnostics.error(keyPos, "metadata '" + key + "' is empty",
            "give it a value or remove the line");
      } else {
        values.put(key, m.group(4));
        positions.put(key, valuePos);
      }
    }
    return Optional.of(new Values(values, positions));
  }

  private static boolean isKnown(String key) {
    return KEYS.contains(key.toLowerCase(Locale.ROOT));
  }

  /**
   * Authors written "A, B and C" or "A and B", as people write them; Chinese and Japanese
   * lists separate names with "、" or a full-width comma. Another language's "and" is not
   * read ("y" and "e" are parts of Spanish and Portuguese names): write commas there.
   */
  static List<String> authors(String value) {
    List<String> out = new ArrayList<>();
    for (String part : value.split("[,，、]|\\s+and\\s+|\\s+&\\s+")) {
      String name = part.strip();
      if (name.startsWith("and ")) {
        name = name.substring(4).strip();
      }
      if (!name.isEmpty()) {
        out.add(name);
      }
    }
    return out;
  }

  static List<String> tags(String value) {
    List<String> out = new ArrayList<>();
    for (String part : value.split("[,，、]")) {
      if (!part.isBlank()) {
        out.add(part.strip());
      }
    }
    return out;
  }

  /** A {@code COUNT} field's value: a positive whole number, or {@code null} after a report. */
  Integer count(PaperField field, String value, SourcePos pos) {
    try {
      int number = Integer.parseInt(value);
      if (number > 0) {
        return number;
      }
    } catch (NumberFormatException e) {
      // Reported below with the same words as any non-positive number.
    }
    String written = Character.toUpperCase(field.key().charAt(0)) + field.key().substring(1);
    diagnostics.error(pos, "'" + field.key() + "' must be a positive whole number",
        "for example: " + field.example(written));
    return null;
  }

}
