package org.paperdeck.refs;

/** Text from a bibliography, written so that Markdown shows it as it is. */
public final class MarkdownEscape {
  /** The characters that could start Markdown markup or math inside a line of text. */
  private static final String SPECIAL = "\\*_[]<>`#$&!|~";

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
