package org.paperdeck.model;

import java.util.function.IntPredicate;

/**
 * A position in LaTeX source and the reading that {@link MathText} and {@link MathForm} share:
 * characters one at a time, a command's name, and a command's argument (a braced group, nested
 * groups and all, or a single character). Both make one pass over a formula with one scanner.
 *
 * <p>There are two readings because the converter and the check have always differed in two
 * details, and the converter's output is what decks and handouts show: {@link #tex} (the check's)
 * skips any white space and lets a backslash protect the next character, so an escaped brace
 * opens or closes no group; {@link #plain} (the converter's) skips only the space character and
 * counts every brace. Making them one would change how some formulas read, so that is left as a
 * decision of its own.
 */
final class LatexScanner {
  private final String src;
  private final IntPredicate isSpace;
  private final boolean backslashEscapes;
  private int at;

  private LatexScanner(String src, IntPredicate isSpace, boolean backslashEscapes) {
    this.src = src;
    this.isSpace = isSpace;
    this.backslashEscapes = backslashEscapes;
  }

  /** Reads as TeX does: any white space separates, and a brace after a backslash is no brace. */
  static LatexScanner tex(String src) {
    return new LatexScanner(src, Character::isWhitespace, true);
  }

  /** Only the space character separates, and every brace counts, even after a backslash. */
  static LatexScanner plain(String src) {
    return new LatexScanner(src, c -> c == ' ', false);
  }

  boolean atEnd() {
    return at >= src.length();
  }

  /** The character at the position; only when not {@link #atEnd}. */
  char peek() {
    return src.charAt(at);
  }

  /** The character at the position, moving past it; only when not {@link #atEnd}. */
  char next() {
    return src.charAt(at++);
  }

  void skipSpaces() {
    while (at < src.length() && isSpace.test(src.charAt(at))) {
      at++;
    }
  }

  /**
   * The name of the command whose backslash is at the position: a run of letters ("\alpha"), or
   * else the one character after the backslash ("\\", "\{", "\,"). The same in both readings.
   */
  String commandName() {
    int start = ++at;
    if (at < src.length() && !Character.isLetter(src.charAt(at))) {
      at++;
    } else {
      while (at < src.length() && Character.isLetter(src.charAt(at))) {
        at++;
      }
    }
    return src.substring(start, at);
  }

  /**
   * The source of the next argument: the inside of a braced group, or else one character. An
   * unclosed group runs to the end of the source; at the end the argument is empty. An optional
   * argument is not read as one: its {@code [} is the one character.
   */
  String argument() {
    skipSpaces();
    if (atEnd()) {
      return "";
    }
    if (peek() != '{') {
      // One character, not one token as TeX takes: in "\hat\theta" the argument is the
      // backslash, for the converter and the check alike, so the check sends it to a picture.
      return String.valueOf(next());
    }
    int start = at + 1;
    int depth = 0;
    for (; at < src.length(); at++) {
      char c = src.charAt(at);
      if (c == '\\' && backslashEscapes) {
        at++;
      } else if (c == '{') {
        depth++;
      } else if (c == '}' && --depth == 0) {
        return src.substring(start, at++);
      }
    }
    // Unclosed: the argument runs to the end (a trailing backslash may have stepped past it).
    at = src.length();
    return src.substring(start);
  }
}
