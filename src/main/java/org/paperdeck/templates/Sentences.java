package org.paperdeck.templates;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first full sentence of a text, for templates that show one line of a summary (the
 * lightning set's key insight when a paper has no insights). A sentence ends at ".", "!" or "?"
 * followed by a space, unless the word before is an abbreviation ("e.g.", "et al.", "Fig.") or a
 * single letter (an initial); a head of fewer than three words is never a sentence on its own.
 */
final class Sentences {
  private static final Pattern END = Pattern.compile("[.!?][\"')\\]”’]*(?=\\s+|$)");
  private static final Pattern ABBREVIATION = Pattern.compile(
      "(?i)(?<![\\w.])(?:e\\.g|i\\.e|et al|etc|vs|cf|figs?|eqs?|sec|no|dr|prof|approx|resp"
          + "|[a-z])\\.$");
  private static final int MIN_WORDS = 3;

  private Sentences() {}

  /** The first sentence of {@code text}, whitespace folded; the whole text when it has none. */
  static String first(String text) {
    String folded = text == null ? "" : text.strip().replaceAll("\\s+", " ");
    Matcher m = END.matcher(folded);
    while (m.find()) {
      String head = folded.substring(0, m.end()).strip();
      if (ABBREVIATION.matcher(head.substring(0, m.start() + 1).strip()).find()
          && m.end() < folded.length()) {
        continue;
      }
      if (head.split(" ").length >= MIN_WORDS || m.end() == folded.length()) {
        return head;
      }
    }
    return folded;
  }
}
