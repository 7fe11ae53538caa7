package org.paperdeck.math;

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
  private static final Set<String> TEXTUAL = Set.of("text", "mathrm", "mathit", "operatorname");

  private MathForm() {}

  /** True when {@link MathText#convert} shows {@code latex} as a reader of LaTeX would expect. */
  public static boolean unicodeShows(String latex) {
    // A letter outside the Basic Multilingual Plane (𝔼, 𝒜, bold letters) is missing from the
    // fonts slides are measured and handouts set in, where it would print as "?".
    return new Check(latex).group(0, false)
        && MathText.toPlain(latex).codePoints().allMatch(Character::isBmpCodePoint);
  }

  /** One pass over the source, like the converter's, answering no at the first obstacle. */
  private static final class Check {
    private final LatexScanner in;

    Check(String src) {
      this.in = new LatexScanner(src);
    }

    /** Reads atoms up to a closing brace (when {@code braced}) or the end. */
    boolean group(int scriptDepth, boolean braced) {
      while (!in.atEnd()) {
        if (in.peek() == '}') {
          in.next();
          return braced;
        }
        if (!atom(scriptDepth)) {
          return false;
        }
      }
      return true;
    }

    private boolean atom(int scriptDepth) {
      char c = in.peek();
      if (c == '{') {
        in.next();
        return group(scriptDepth, true);
      }
      if (c == '_' || c == '^') {
        in.next();
        in.skipSpaces();
        // A script inside a script has no Unicode form: runs are raised or lowered once.
        return scriptDepth == 0 && (in.atEnd() || atom(scriptDepth + 1));
      }
      if (c == '&') {
        return false;
      }
      if (c == '\\') {
        return command(scriptDepth);
      }
      in.next();
      return true;
    }

    private boolean command(int scriptDepth) {
      String name = in.commandName();
      if (TWO_DIMENSIONAL.contains(name)) {
        return false;
      }
      if (LIMITS.contains(name)) {
        in.skipSpaces();
        return in.atEnd() || in.peek() != '_' && in.peek() != '^';
      }
      if (name.equals("sqrt")) {
        in.skipSpaces();
        return !in.atEnd() && in.peek() != '[' && isOneSymbol(in.argument());
      }
      if (MathText.isAccent(name)) {
        // A combining accent sits on one character; over "xy" it would mark only the y.
        return isOneSymbol(in.argument());
      }
      if (name.equals("mathbb")) {
        String letters = in.argument().strip();
        return !letters.isEmpty() && letters.chars().allMatch(ch -> MathText.hasBlackboard((char) ch));
      }
      if (TEXTUAL.contains(name)) {
        // The converter drops the font and reads the argument as the next atom, so it must pass
        // as one: "\text{a \} b}" does, "x^\mathrm{a^b}" (a script in a script) does not.
        in.skipSpaces();
        return in.atEnd() || atom(scriptDepth);
      }
      if (MathText.sizesDelimiter(name)) {
        in.skipSpaces();
        return !in.atEnd() && in.peek() != '.'; // "\left." or "\bigl." would show a dot
      }
      return MathText.isStyle(name) || MathText.knows(name);
    }

    private boolean isOneSymbol(String arg) {
      String s = arg.strip();
      if (s.length() == 1) {
        return "{}_^\\&".indexOf(s.charAt(0)) < 0;
      }
      return s.startsWith("\\") && s.substring(1).chars().allMatch(Character::isLetter)
          && MathText.knows(s.substring(1));
    }
  }
}
