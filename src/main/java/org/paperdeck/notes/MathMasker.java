package org.paperdeck.notes;

import java.util.ArrayList;
import java.util.List;
import org.paperdeck.diagnostics.Diagnostics;
import org.paperdeck.diagnostics.SourcePos;
import org.paperdeck.math.MathCheck;

/**
 * Hides math from the Markdown parser. CommonMark reads {@code \(} as an escaped parenthesis and
 * {@code _} inside {@code h_\gamma} as emphasis, so math must be lifted out before parsing. Each
 * math span is replaced by private-use placeholder characters of the same length (newlines kept),
 * so every line and column the parser reports is still the file's; the converter swaps the
 * placeholders back for math.
 *
 * <p>Delimiters (format doc, "Inline markup"): {@code \( … \)} and {@code $ … $} inline,
 * {@code \[ … \]} and {@code $$ … $$} display. A single {@code $} opens math only when the next
 * character is not a space, and closes it only after a non-space and before a non-digit, so
 * "$5 and $10" stays text. Nothing inside code spans or fenced code is touched.
 */
final class MathMasker {
  static final char START = '\uE000';
  static final char FILL = '\uE001';
  static final char END = '\uE002';
  private static final char FIRST_INDEX = '\uE100';
  private static final int MAX_SPANS = '\uF8FF' - FIRST_INDEX;

  /** One math span found in the source. */
  record Span(String latex, boolean display, SourcePos pos) {}

  /** The masked text and the spans, indexed as their placeholders say. */
  record Masked(String text, List<Span> spans) {
    Span span(char indexChar) {
      return spans.get(indexChar - FIRST_INDEX);
    }
  }

  private final TextOrigin origin;
  private final Diagnostics diagnostics;

  MathMasker(TextOrigin origin, Diagnostics diagnostics) {
    this.origin = origin;
    this.diagnostics = diagnostics;
  }

  Masked mask(String text) {
    char[] out = text.toCharArray();
    List<Span> spans = new ArrayList<>();
    int line = 1;
    int lineStart = 0;
    boolean inFence = false;
    String fence = null;
    int i = 0;
    while (i < text.length()) {
      if (i == lineStart) {
        String fenceHere = fenceAt(text, i);
        if (fenceHere != null && (!inFence || fenceHere.startsWith(fence))) {
          inFence = !inFence;
          fence = inFence ? fenceHere : null;
        }
      }
      char c = text.charAt(i);
      if (c == '\n') {
        line++;
        lineStart = i + 1;
        i++;
        continue;
      }
      if (inFence) {
        i++;
        continue;
      }
      if (c == '`') {
        i = skipCodeSpan(text, i);
        continue;
      }
      Delimiter open = openerAt(text, i);
      if (open == null) {
        if (c == '\\' && i + 1 < text.length()
            && (text.charAt(i + 1) == ')' || text.charAt(i + 1) == ']')) {
          diagnostics.error(origin.at(line - 1, i - lineStart),
              "'\\" + text.charAt(i + 1) + "' closes math that was never opened",
              "open inline math with \\( and display math with \\[");
          i += 2;
        } else {
          i += c == '\\' && i + 1 < text.length() ? 2 : 1;
        }
        continue;
      }
      SourcePos pos = origin.at(line - 1, i - lineStart);
      int close = findCloser(text, i + open.open.length(), open);
      if (close < 0) {
        if (open.mustClose || open == Delimiter.INLINE_DOLLAR && startsFormula(text, i + 1)) {
          diagnostics.error(pos, "math opened with '" + open.open + "' is never closed",
              "close it with '" + open.close + "' in the same paragraph"
                  + (open == Delimiter.INLINE_DOLLAR ? ", or write \\$ for a dollar sign" : ""));
        }
        i += open.open.length();
        continue;
      }
      int end = close + open.close.length();
      String latex = text.substring(i + open.open.length(), close).strip();
      if (latex.isEmpty()) {
        diagnostics.error(pos, "empty math", "write the formula between the delimiters, or remove them");
      } else if (spans.size() >= MAX_SPANS) {
        diagnostics.error(pos, "too many math formulas in one file (at most " + MAX_SPANS + ")");
      } else {
        // Format doc, "Math": a formula the typesetter cannot read is an error at its opening
        // delimiter, whether it would be shown as text or as a picture.
        MathCheck.problem(latex).ifPresent(problem ->
            diagnostics.error(pos, "malformed math: " + problem));
        placeholder(out, i, end, (char) (FIRST_INDEX + spans.size()));
        spans.add(new Span(latex, open.display, pos));
      }
      for (int k = i; k < end; k++) {
        if (text.charAt(k) == '\n') {
          line++;
          lineStart = k + 1;
        }
      }
      i = end;
    }
    return new Masked(new String(out), List.copyOf(spans));
  }

  private enum Delimiter {
    DISPLAY_BRACKET("\\[", "\\]", true, true),
    INLINE_PAREN("\\(", "\\)", false, true),
    DISPLAY_DOLLAR("$$", "$$", true, true),
    INLINE_DOLLAR("$", "$", false, false);

    final String open;
    final String close;
    final boolean display;
    /**
     * An unclosed backslash delimiter or {@code $$} is a mistake; an unclosed {@code $} is one
     * only when a formula starts after it (see {@link #startsFormula}), else it is a price.
     */
    final boolean mustClose;

    Delimiter(String open, String close, boolean display, boolean mustClose) {
      this.open = open;
      this.close = close;
      this.display = display;
      this.mustClose = mustClose;
    }
  }

  private static final Delimiter[] DELIMITERS = Delimiter.values();

  private static Delimiter openerAt(String text, int i) {
    // Every opener starts with one of these; this is asked of every character of the file.
    char c = text.charAt(i);
    if (c != '\\' && c != '$' || text.startsWith("\\\\", i)) {
      return null;
    }
    for (Delimiter d : DELIMITERS) {
      if (!text.startsWith(d.open, i)) {
        continue;
      }
      if (d == Delimiter.INLINE_DOLLAR) {
        int next = i + 1;
        if (next >= text.length() || Character.isWhitespace(text.charAt(next))) {
          return null;
        }
      }
      return d;
    }
    return null;
  }

  /**
   * Format doc, "Math": an unclosed {@code $} is an error when what follows it starts a formula
   * (a letter or a backslash), as in "$x"; before a digit or a sign ("$5", "$.") it is a dollar
   * sign, and "${" is template syntax written about, not math.
   */
  private static boolean startsFormula(String text, int at) {
    if (at >= text.length()) {
      return false;
    }
    char c = text.charAt(at);
    return Character.isLetter(c) || c == '\\';
  }

  /** The closing delimiter's index, searching no further than the end of the paragraph. */
  private static int findCloser(String text, int from, Delimiter d) {
    for (int k = from; k < text.length(); k++) {
      char c = text.charAt(k);
      if (c == '\n' && isBlankLineAt(text, k + 1)) {
        return -1;
      }
      if (c == '\\' && d != Delimiter.DISPLAY_BRACKET && d != Delimiter.INLINE_PAREN) {
        k++;
        continue;
      }
      if (d.close.equals("$") && c == '$') {
        boolean afterNonSpace = !Character.isWhitespace(text.charAt(k - 1));
        boolean beforeNonDigit = k + 1 >= text.length() || !Character.isDigit(text.charAt(k + 1));
        if (afterNonSpace && beforeNonDigit && k > from) {
          return k;
        }
        continue;
      }
      if (text.startsWith(d.close, k)) {
        return k;
      }
      if (c == '\\' && k + 1 < text.length()) {
        k++;
      }
    }
    return -1;
  }

  private static boolean isBlankLineAt(String text, int i) {
    for (int k = i; k < text.length(); k++) {
      char c = text.charAt(k);
      if (c == '\n') {
        return true;
      }
      if (!Character.isWhitespace(c)) {
        return false;
      }
    }
    return true;
  }

  private static void placeholder(char[] out, int from, int to, char index) {
    boolean startWritten = false;
    boolean indexWritten = false;
    int last = to - 1;
    for (int k = from; k < to; k++) {
      if (out[k] == '\n' || out[k] == '\r') {
        continue;
      }
      if (!startWritten) {
        out[k] = START;
        startWritten = true;
      } else if (!indexWritten) {
        out[k] = index;
        indexWritten = true;
      } else {
        out[k] = k == last ? END : FILL;
      }
    }
    if (out[last] != END) {
      // A two-character span ("$x" cannot be one; "\(\)" is empty and never masked) cannot
      // happen: every masked span has an opener and a closer of at least one character each.
      throw new IllegalStateException("math span too short to mask");
    }
  }

  /** A backtick run opens a code span; skip to its matching run, or past the run if none. */
  private static int skipCodeSpan(String text, int i) {
    int run = 0;
    while (i + run < text.length() && text.charAt(i + run) == '`') {
      run++;
    }
    String ticks = "`".repeat(run);
    int close = text.indexOf(ticks, i + run);
    while (close >= 0 && close + run < text.length() && text.charAt(close + run) == '`') {
      close = text.indexOf(ticks, close + run + 1);
    }
    return close < 0 ? i + run : close + run;
  }

  private static String fenceAt(String text, int lineStart) {
    int k = lineStart;
    int spaces = 0;
    while (k < text.length() && text.charAt(k) == ' ' && spaces < 4) {
      k++;
      spaces++;
    }
    if (spaces > 3) {
      return null;
    }
    for (String f : new String[] {"```", "~~~"}) {
      if (text.startsWith(f, k)) {
        int n = 0;
        while (k + n < text.length() && text.charAt(k + n) == f.charAt(0)) {
          n++;
        }
        return String.valueOf(f.charAt(0)).repeat(n);
      }
    }
    return null;
  }
}
