package org.paperdeck.model;

import java.util.Set;

/**
 * Decides, per formula, whether Unicode text with sub- and superscript runs shows it faithfully
 * ({@link MathText}) or whether it must be typeset as a picture. Text is preferred: it stays
 * editable on a slide and searchable in a PDF. But a fraction written "a/b", a sum whose limits
 * sit beside it, a root over a whole expression or a script inside a script would change how the
 * formula reads, so those, and any command the converter does not know, become pictures.
 */
public final class MathForm {
  /** Constructs that have no linear Unicode form. */
  private static final Set<String> TWO_DIMENSIONAL = Set.of(
      "frac", "dfrac", "tfrac", "cfrac", "binom", "dbinom", "tbinom", "over", "choose", "atop",
      "begin", "end", "matrix", "pmatrix", "bmatrix", "cases", "substack", "stackrel",
      "overset", "underset", "overbrace", "underbrace", "overline", "underline", "widehat",
      "widetilde", "xrightarrow", "xleftarrow", "mathbf", "boldsymbol", "mathcal", "mathfrak",
      "mathscr", "not", "\\");
  /** Big operators: with limits they are two-dimensional, alone they are one character. */
  private static final Set<String> LIMITS = Set.of(
      "sum", "prod", "int", "oint", "iint", "lim", "bigcup", "bigcap", "coprod", "limsup",
      "liminf");
  private static final Set<String> ACCENTS = Set.of("hat", "bar", "tilde", "vec", "dot");
  private static final Set<String> TEXTUAL = Set.of("text", "mathrm", "mathit", "operatorname");
  private static final Set<String> SIZING = Set.of(
      "big", "Big", "bigg", "Bigg", "displaystyle", "textstyle");

  private MathForm() {}

  /** True when {@link MathText#convert} shows {@code latex} as a reader of LaTeX would expect. */
  public static boolean unicodeShows(String latex) {
    return new Check(latex).group(0, false);
  }

  /** One pass over the source, like the converter's, answering no at the first obstacle. */
  private static final class Check {
    private final String src;
    private int at;

    Check(String src) {
      this.src = src;
    }

    /** Reads atoms up to a closing brace (when {@code braced}) or the end. */
    boolean group(int scriptDepth, boolean braced) {
      while (at < src.length()) {
        if (src.charAt(at) == '}') {
          at++;
          return braced;
        }
        if (!atom(scriptDepth)) {
          return false;
        }
      }
      return true;
    }

    private boolean atom(int scriptDepth) {
      char c = src.charAt(at);
      if (c == '{') {
        at++;
        return group(scriptDepth, true);
      }
      if (c == '_' || c == '^') {
        at++;
        skipSpaces();
        // A script inside a script has no Unicode form: runs are raised or lowered once.
        return scriptDepth == 0 && (at >= src.length() || atom(scriptDepth + 1));
      }
      if (c == '&') {
        return false;
      }
      if (c == '\\') {
        return command(scriptDepth);
      }
      at++;
      return true;
    }

    private boolean command(int scriptDepth) {
      String name = commandName();
      if (TWO_DIMENSIONAL.contains(name)) {
        return false;
      }
      if (LIMITS.contains(name)) {
        skipSpaces();
        return at >= src.length() || src.charAt(at) != '_' && src.charAt(at) != '^';
      }
      if (name.equals("sqrt")) {
        skipSpaces();
        return at < src.length() && src.charAt(at) != '[' && isOneSymbol(argument());
      }
      if (ACCENTS.contains(name)) {
        // A combining accent sits on one character; over "xy" it would mark only the y.
        return isOneSymbol(argument());
      }
      if (name.equals("mathbb")) {
        String letters = argument().strip();
        return !letters.isEmpty() && letters.chars().allMatch(ch -> MathText.hasBlackboard((char) ch));
      }
      if (TEXTUAL.contains(name)) {
        argument();
        return true;
      }
      if (name.equals("left") || name.equals("right")) {
        skipSpaces();
        return at < src.length() && src.charAt(at) != '.'; // "\left." would show a dot
      }
      return SIZING.contains(name) || MathText.knows(name);
    }

    private boolean isOneSymbol(String arg) {
      String s = arg.strip();
      if (s.length() == 1) {
        return "{}_^\\&".indexOf(s.charAt(0)) < 0;
      }
      return s.startsWith("\\") && s.substring(1).chars().allMatch(Character::isLetter)
          && MathText.knows(s.substring(1));
    }

    private String commandName() {
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

    /** The source of the next argument: a braced group or a single character. */
    private String argument() {
      skipSpaces();
      if (at >= src.length()) {
        return "";
      }
      if (src.charAt(at) != '{') {
        // One character, as the converter reads it: "\\hat\\theta" is not one symbol to it.
        return src.substring(at, ++at);
      }
      int depth = 0;
      int start = at + 1;
      for (; at < src.length(); at++) {
        char c = src.charAt(at);
        if (c == '\\') {
          at++;
        } else if (c == '{') {
          depth++;
        } else if (c == '}' && --depth == 0) {
          return src.substring(start, at++);
        }
      }
      return src.substring(start);
    }

    private void skipSpaces() {
      while (at < src.length() && Character.isWhitespace(src.charAt(at))) {
        at++;
      }
    }
  }
}
