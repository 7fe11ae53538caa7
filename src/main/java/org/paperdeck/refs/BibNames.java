package org.paperdeck.refs;

import java.util.ArrayList;
import java.util.List;

/**
 * A BibTeX {@code author} field into names, by BibTeX's own rules: names are separated by
 * {@code and} outside braces; a name is "First von Last", "von Last, First" or "von Last, Jr,
 * First"; a name wholly in braces ({@code {Google Research}}) is one literal name; a last name
 * {@code others} means the list goes on ("et al.").
 */
final class BibNames {
  /** The names, and whether {@code and others} ended the list. */
  record Read(List<Name> names, boolean more) {}

  private BibNames() {}

  static Read read(String field) {
    if (field == null) {
      return new Read(List.of(), false);
    }
    List<Name> names = new ArrayList<>();
    boolean more = false;
    for (String part : splitOutsideBraces(field, "and")) {
      String written = part.strip();
      if (written.isEmpty()) {
        continue;
      }
      if (written.equals("others")) {
        more = true;
        continue;
      }
      names.add(name(written));
    }
    return new Read(names, more);
  }

  private static Name name(String written) {
    if (written.startsWith("{") && written.endsWith("}") && depthZeroOnlyAtEnds(written)) {
      return new Name(LatexText.plain(written), null);
    }
    List<String> commaParts = splitOutsideBraces(written, ",");
    if (commaParts.size() >= 2) {
      String family = commaParts.get(0).strip();
      String given = commaParts.get(commaParts.size() - 1).strip();
      if (commaParts.size() >= 3) {
        family = family + ", " + commaParts.get(1).strip();
      }
      return new Name(LatexText.plain(family), given.isEmpty() ? null : LatexText.plain(given));
    }
    List<String> words = splitOutsideBraces(written, null);
    if (words.size() == 1) {
      return new Name(LatexText.plain(written), null);
    }
    // "First von Last": the family name starts at the first lower-case word after the first
    // word, or else is the last word.
    int family = words.size() - 1;
    for (int i = 1; i < words.size() - 1; i++) {
      if (Name.isParticle(words.get(i))) {
        family = i;
        break;
      }
    }
    return new Name(LatexText.plain(String.join(" ", words.subList(family, words.size()))),
        LatexText.plain(String.join(" ", words.subList(0, family))));
  }

  private static boolean depthZeroOnlyAtEnds(String text) {
    int depth = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      depth += c == '{' ? 1 : c == '}' ? -1 : 0;
      if (depth == 0 && i < text.length() - 1) {
        return false;
      }
    }
    return true;
  }

  /**
   * Splits at a word ({@code and}), at a comma, or at whitespace ({@code separator} null), only
   * outside braces.
   */
  private static List<String> splitOutsideBraces(String text, String separator) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}') {
        depth = Math.max(0, depth - 1);
      } else if (depth == 0) {
        if (separator == null && Character.isWhitespace(c)) {
          parts.add(text.substring(start, i));
          start = i + 1;
        } else if (",".equals(separator) && c == ',') {
          parts.add(text.substring(start, i));
          start = i + 1;
        } else if ("and".equals(separator) && Character.isWhitespace(c)
            && text.regionMatches(true, i + 1, "and", 0, 3) && i + 4 < text.length()
            && Character.isWhitespace(text.charAt(i + 4))) {
          parts.add(text.substring(start, i));
          start = i + 5;
          i += 4;
        }
      }
    }
    parts.add(text.substring(start));
    if (separator == null) {
      parts.removeIf(String::isBlank);
    }
    return parts;
  }
}
