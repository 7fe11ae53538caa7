package org.paperdeck.math;

/**
 * A position in LaTeX source and the reading that {@link MathText} and {@link MathForm} share:
 * characters one at a time, a command's name, and a command's arguments (a braced group, nested
 * groups and all, or a single character; and a root's optional {@code [..]} index). Both make one
 * pass over a formula with one scanner, so what the check reads is what the converter shows.
 *
 * <p>It reads as TeX does in the two details where a simpler reading would differ: any white
 * space separates (a tab or a line break as well as a space), and a backslash protects the next
 * character, so an escaped brace opens or closes no group.
 */
final class LatexScanner {
  private final String src;
  private int at;

  LatexScanner(String src) {
    this.src = src;
  }

  /** A scanner at the same position, to look ahead without moving this one. */
  LatexScanner copy() {
    LatexScanner copy = new LatexScanner(src);
    copy.at = at;
    return copy;
  }

  /**
   * The source up to the {@code \end{name}} that closes an environment just opened, moving past
   * it; an environment of the same name inside nests. Unclosed, it runs to the end.
   */
  String environmentBody(String name) {
    int start = at;
    int depth = 0;
    while (at < src.length()) {
      if (src.charAt(at) != '\\') {
        at++;
        continue;
      }
      int here = at;
      String command = commandName();
      if (command.equals("begin") || command.equals("end")) {
        String env = argument().strip();
        if (!env.equals(name)) {
          continue;
        }
        if (command.equals("begin")) {
          depth++;
        } else if (depth-- == 0) {
          return src.substring(start, here);
        }
      }
    }
    return src.substring(start);
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
    while (at < src.length() && Character.isWhitespace(src.charAt(at))) {
      at++;
    }
  }

  /**
   * The name of the command whose backslash is at the position: a run of letters ("\alpha"), or
   * else the one character after the backslash ("\\", "\{", "\,").
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
    at++;
    return upTo('}');
  }

  /**
   * The source inside an optional argument {@code [..]} when one comes next (after white space),
   * else null. It ends at the first {@code ]} outside braces; unclosed, it runs to the end.
   */
  String optionalArgument() {
    skipSpaces();
    if (atEnd() || peek() != '[') {
      return null;
    }
    at++;
    return upTo(']');
  }

  /** The source up to {@code close} at brace depth zero, moving past the close. */
  private String upTo(char close) {
    int start = at;
    int depth = 0;
    for (; at < src.length(); at++) {
      char c = src.charAt(at);
      if (c == close && depth == 0) {
        return src.substring(start, at++);
      }
      if (c == '\\') {
        at++;
      } else if (c == '{') {
        depth++;
      } else if (c == '}') {
        depth--;
      }
    }
    // Unclosed: the argument runs to the end (a trailing backslash may have stepped past it).
    at = src.length();
    return src.substring(start);
  }
}
