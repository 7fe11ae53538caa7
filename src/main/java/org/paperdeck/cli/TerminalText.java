package org.paperdeck.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * Text on its way to the terminal, with every control character shown as an escape
 * ({@code \x1b}) instead of being sent as it is. Messages quote the user's input (a notes line, a
 * theme's layout name, a template's text, a file name), and input may carry an ESC that would
 * recolour or retitle the terminal, a BEL, or a carriage return that hides the start of a line.
 * Line feeds and tabs pass, and a carriage return just before a line feed (a Windows line end);
 * the C0 controls, DEL and the C1 controls (U+0080 to U+009F, which some terminals obey as well)
 * are escaped. paperdeck's own colours ({@link Paint}) are written with {@link #COLOUR_ESCAPE}
 * in place of ESC, and only a colour change so written ({@code [1;31m}: digits and semicolons)
 * becomes a real ESC here.
 */
final class TerminalText extends FilterWriter {
  /** A private-use character that stands for ESC in the colour changes paperdeck writes. */
  static final char COLOUR_ESCAPE = '\ue01b';

  private TerminalText(Writer out) {
    super(out);
  }

  /** {@code writer}, escaping as the class says, flushing at each line. */
  static PrintWriter of(Writer writer) {
    return new PrintWriter(new TerminalText(writer), true);
  }

  /** {@code text} as it is shown: each control character as {@code \xHH}. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      int colourEnd = colourChangeEnd(text, i);
      if (colourEnd > i) {
        out.append('\u001b').append(text, i + 1, colourEnd);
        i = colourEnd - 1;
      } else {
        appendShown(out, text, i);
      }
    }
    return out.toString();
  }

  @Override
  public void write(int c) throws IOException {
    write(String.valueOf((char) c), 0, 1);
  }

  @Override
  public void write(char[] chars, int off, int len) throws IOException {
    write(new String(chars, off, len), 0, len);
  }

  @Override
  public void write(String text, int off, int len) throws IOException {
    String chunk = text.substring(off, off + len);
    for (int i = 0; i < chunk.length(); i++) {
      if (isControl(chunk.charAt(i)) || chunk.charAt(i) == COLOUR_ESCAPE) {
        out.write(escape(chunk));
        return;
      }
    }
    out.write(chunk);
  }

  private static void appendShown(StringBuilder out, String text, int i) {
    char c = text.charAt(i);
    boolean lineEnd = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
    if (isControl(c) && !lineEnd) {
      out.append(String.format("\\x%02x", (int) c));
    } else {
      out.append(c);
    }
  }

  /** Where a colour change of paperdeck's starting at {@code i} ends, or {@code i} if none does. */
  private static int colourChangeEnd(String text, int i) {
    if (text.charAt(i) != COLOUR_ESCAPE || i + 1 >= text.length() || text.charAt(i + 1) != '[') {
      return i;
    }
    for (int j = i + 2; j < text.length(); j++) {
      char c = text.charAt(j);
      if (c == 'm') {
        return j + 1;
      }
      if (c != ';' && (c < '0' || c > '9')) {
        return i;
      }
    }
    return i;
  }

  private static boolean isControl(char c) {
    return c != '\n' && c != '\t' && (c < 0x20 || c >= 0x7f && c <= 0x9f);
  }
}
