package org.paperdeck.refs;

/** Text from a bibliography, written so that Markdown shows it as it is. */
public final class MarkdownEscape {
  /**
   * The characters that could start Markdown markup or math inside a line of text. Brackets are
   * left as they are: {@code \[} opens display math in notes, and a bracket makes a link only
   * before a parenthesis, which bibliographies do not write.
   */
  private static final String SPECIAL = "\\*_<>`#$&!|~";

  private MarkdownEscape() {}

  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      if (SPECIAL.indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }
}
