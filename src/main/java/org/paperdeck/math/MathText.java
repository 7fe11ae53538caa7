package org.paperdeck.math;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the inline-math subset of LaTeX into Unicode text with subscript and superscript runs,
 * so math stays editable text on a slide and searchable text in a PDF: {@code \geq 2} becomes
 * "≥ 2", {@code h_\gamma} becomes "h" with a subscript "γ". Commands it does not know are kept
 * as their source, so nothing silently disappears.
 */
public final class MathText {
  /** A run of converted math text. */
  public record Piece(String text, Script script) {}

  private static final Map<String, String> SYMBOLS = Map.ofEntries(
      Map.entry("alpha", "α"), Map.entry("beta", "β"), Map.entry("gamma", "γ"),
      Map.entry("delta", "δ"), Map.entry("epsilon", "ε"), Map.entry("varepsilon", "ε"),
      Map.entry("zeta", "ζ"), Map.entry("eta", "η"), Map.entry("theta", "θ"),
      Map.entry("vartheta", "ϑ"), Map.entry("iota", "ι"), Map.entry("kappa", "κ"),
      Map.entry("lambda", "λ"), Map.entry("mu", "μ"), Map.entry("nu", "ν"), Map.entry("xi", "ξ"),
      Map.entry("pi", "π"), Map.entry("rho", "ρ"), Map.entry("sigma", "σ"), Map.entry("tau", "τ"),
      Map.entry("upsilon", "υ"), Map.entry("phi", "φ"), Map.entry("varphi", "φ"),
      Map.entry("chi", "χ"), Map.entry("psi", "ψ"), Map.entry("omega", "ω"),
      Map.entry("Gamma", "Γ"), Map.entry("Delta", "Δ"), Map.entry("Theta", "Θ"),
      Map.entry("Lambda", "Λ"), Map.entry("Xi", "Ξ"), Map.entry("Pi", "Π"),
      Map.entry("Sigma", "Σ"), Map.entry("Phi", "Φ"), Map.entry("Psi", "Ψ"),
      Map.entry("Omega", "Ω"),
      Map.entry("geq", "≥"), Map.entry("ge", "≥"), Map.entry("leq", "≤"), Map.entry("le", "≤"),
      Map.entry("neq", "≠"), Map.entry("ne", "≠"), Map.entry("approx", "≈"),
      Map.entry("sim", "∼"), Map.entry("equiv", "≡"), Map.entry("times", "×"),
      Map.entry("cdot", "·"), Map.entry("pm", "±"), Map.entry("mp", "∓"), Map.entry("div", "÷"),
      Map.entry("infty", "∞"), Map.entry("partial", "∂"), Map.entry("nabla", "∇"),
      Map.entry("in", "∈"), Map.entry("notin", "∉"), Map.entry("subset", "⊂"),
      Map.entry("subseteq", "⊆"), Map.entry("cup", "∪"), Map.entry("cap", "∩"),
      Map.entry("forall", "∀"), Map.entry("exists", "∃"), Map.entry("neg", "¬"),
      Map.entry("land", "∧"), Map.entry("lor", "∨"), Map.entry("to", "→"),
      Map.entry("rightarrow", "→"), Map.entry("leftarrow", "←"), Map.entry("Rightarrow", "⇒"),
      Map.entry("leftrightarrow", "↔"), Map.entry("mapsto", "↦"), Map.entry("sum", "∑"),
      Map.entry("prod", "∏"), Map.entry("int", "∫"), Map.entry("sqrt", "√"),
      Map.entry("oint", "∮"), Map.entry("iint", "∬"), Map.entry("coprod", "∐"),
      Map.entry("bigcup", "⋃"), Map.entry("bigcap", "⋂"),
      Map.entry("limsup", "lim\u2009sup"), Map.entry("liminf", "lim\u2009inf"),
      Map.entry("ldots", "…"), Map.entry("cdots", "⋯"), Map.entry("dots", "…"),
      Map.entry("emptyset", "∅"), Map.entry("propto", "∝"), Map.entry("ell", "ℓ"),
      Map.entry("langle", "⟨"), Map.entry("rangle", "⟩"), Map.entry("|", "‖"),
      Map.entry("{", "{"), Map.entry("}", "}"), Map.entry("%", "%"), Map.entry("_", "_"),
      Map.entry("&", "&"), Map.entry("#", "#"), Map.entry("$", "$"),
      Map.entry(",", "\u2009"), Map.entry(";", "\u2005"), Map.entry("quad", "\u2003"),
      Map.entry("qquad", "\u2003\u2003"), Map.entry(" ", " "), Map.entry(":", "\u2005"),
      Map.entry(">", "\u2005"), Map.entry("!", ""),
      // Delimiters and bars
      Map.entry("vert", "|"), Map.entry("lvert", "|"), Map.entry("rvert", "|"),
      Map.entry("Vert", "‖"), Map.entry("lVert", "‖"), Map.entry("rVert", "‖"),
      Map.entry("mid", "∣"), Map.entry("lbrace", "{"), Map.entry("rbrace", "}"),
      Map.entry("lfloor", "⌊"), Map.entry("rfloor", "⌋"), Map.entry("lceil", "⌈"),
      Map.entry("rceil", "⌉"), Map.entry("backslash", "∖"),
      // Letters and symbols
      Map.entry("omicron", "ο"), Map.entry("varpi", "ϖ"), Map.entry("varrho", "ϱ"),
      Map.entry("varsigma", "ς"), Map.entry("varkappa", "ϰ"), Map.entry("Upsilon", "Υ"),
      Map.entry("hbar", "ℏ"), Map.entry("aleph", "ℵ"), Map.entry("Re", "ℜ"), Map.entry("Im", "ℑ"),
      Map.entry("wp", "℘"), Map.entry("imath", "ı"), Map.entry("jmath", "ȷ"),
      Map.entry("top", "⊤"), Map.entry("bot", "⊥"), Map.entry("perp", "⊥"),
      Map.entry("angle", "∠"), Map.entry("triangle", "△"), Map.entry("prime", "′"),
      Map.entry("varnothing", "∅"), Map.entry("complement", "∁"), Map.entry("nexists", "∄"),
      Map.entry("lnot", "¬"), Map.entry("dagger", "†"), Map.entry("ddagger", "‡"),
      Map.entry("vdots", "⋮"), Map.entry("ddots", "⋱"), Map.entry("colon", ":"),
      Map.entry("sharp", "♯"), Map.entry("flat", "♭"), Map.entry("natural", "♮"),
      Map.entry("S", "§"), Map.entry("P", "¶"), Map.entry("checkmark", "✓"),
      // Binary operators
      Map.entry("ast", "∗"), Map.entry("star", "⋆"), Map.entry("circ", "∘"),
      Map.entry("bullet", "∙"), Map.entry("oplus", "⊕"), Map.entry("ominus", "⊖"),
      Map.entry("otimes", "⊗"), Map.entry("odot", "⊙"), Map.entry("oslash", "⊘"),
      Map.entry("wedge", "∧"), Map.entry("vee", "∨"), Map.entry("setminus", "∖"),
      Map.entry("sqcup", "⊔"), Map.entry("sqcap", "⊓"), Map.entry("uplus", "⊎"),
      Map.entry("amalg", "⨿"), Map.entry("wr", "≀"), Map.entry("diamond", "⋄"),
      Map.entry("bigoplus", "⨁"), Map.entry("bigotimes", "⨂"), Map.entry("bigodot", "⨀"),
      Map.entry("bigvee", "⋁"), Map.entry("bigwedge", "⋀"), Map.entry("bigsqcup", "⨆"),
      Map.entry("iiint", "∭"), Map.entry("uparrow", "↑"), Map.entry("downarrow", "↓"),
      // Relations
      Map.entry("supset", "⊃"), Map.entry("supseteq", "⊇"), Map.entry("subsetneq", "⊊"),
      Map.entry("supsetneq", "⊋"), Map.entry("ni", "∋"), Map.entry("ll", "≪"),
      Map.entry("gg", "≫"), Map.entry("lesssim", "≲"), Map.entry("gtrsim", "≳"),
      Map.entry("simeq", "≃"), Map.entry("cong", "≅"), Map.entry("prec", "≺"),
      Map.entry("succ", "≻"), Map.entry("preceq", "⪯"), Map.entry("succeq", "⪰"),
      Map.entry("doteq", "≐"), Map.entry("triangleq", "≜"), Map.entry("leqslant", "⩽"),
      Map.entry("geqslant", "⩾"), Map.entry("asymp", "≍"), Map.entry("parallel", "∥"),
      Map.entry("models", "⊨"), Map.entry("vdash", "⊢"), Map.entry("dashv", "⊣"),
      Map.entry("Leftarrow", "⇐"), Map.entry("Leftrightarrow", "⇔"), Map.entry("iff", "⟺"),
      Map.entry("implies", "⟹"), Map.entry("impliedby", "⟸"), Map.entry("gets", "←"),
      Map.entry("longrightarrow", "⟶"), Map.entry("longleftarrow", "⟵"),
      Map.entry("Longrightarrow", "⟹"), Map.entry("longmapsto", "⟼"),
      Map.entry("hookrightarrow", "↪"), Map.entry("rightleftharpoons", "⇌"),
      Map.entry("nearrow", "↗"), Map.entry("searrow", "↘"), Map.entry("Uparrow", "⇑"),
      Map.entry("Downarrow", "⇓"), Map.entry("updownarrow", "↕"));

  /** Operator names printed upright, as LaTeX prints them. */
  private static final List<String> OPERATORS = List.of(
      "min", "max", "log", "exp", "sin", "cos", "tan", "arg", "lim", "sup", "inf", "det",
      "dim", "ker", "Pr", "argmin", "argmax", "softmax", "ln", "lg", "sinh", "cosh", "tanh",
      "cot", "sec", "csc", "arcsin", "arccos", "arctan", "deg", "gcd", "hom", "sgn");

  /** Combining accents, each put after the one character it sits on. */
  private static final Map<String, String> ACCENTS = Map.of(
      "hat", "\u0302", "bar", "\u0304", "tilde", "\u0303", "vec", "\u20D7", "dot", "\u0307",
      "ddot", "\u0308", "check", "\u030C", "breve", "\u0306", "acute", "\u0301",
      "grave", "\u0300");

  /** Marks put on every character of their argument. */
  private static final Map<String, String> WIDE_MARKS = Map.of(
      "overline", "\u0305", "underline", "\u0332", "widehat", "\u0302",
      "widetilde", "\u0303", "overrightarrow", "\u20D7");

  /** Commands that size the delimiter after them: in running text only the delimiter shows. */
  private static final Set<String> DELIMITER_SIZES = Set.of(
      "left", "middle", "right", "big", "Big", "bigg", "Bigg", "bigl", "bigr", "Bigl", "Bigr",
      "biggl", "biggr", "Biggl", "Biggr");
  /** Math styles change the size of what follows, which running text does not show. */
  private static final Set<String> STYLES = Set.of(
      "displaystyle", "textstyle", "scriptstyle", "scriptscriptstyle");

  /** Double-struck letters with a Basic Multilingual Plane form; the rest are astral. */
  private static final Map<Character, Character> BLACKBOARD = Map.of(
      'R', 'ℝ', 'N', 'ℕ', 'Z', 'ℤ', 'Q', 'ℚ', 'C', 'ℂ', 'P', 'ℙ', 'H', 'ℍ');
  /** Script capitals with a Basic Multilingual Plane form. */
  private static final Map<Character, Character> SCRIPT = Map.of(
      'B', 'ℬ', 'E', 'ℰ', 'F', 'ℱ', 'H', 'ℋ', 'I', 'ℐ', 'L', 'ℒ', 'M', 'ℳ', 'R', 'ℛ');

  private MathText() {}

  /** Whether a command is a symbol or operator this converter shows as Unicode text. */
  static boolean knows(String name) {
    return SYMBOLS.containsKey(name) || OPERATORS.contains(name);
  }

  /** The Unicode text of a symbol command ({@code alpha} is "α"), or null. */
  static String symbol(String name) {
    return SYMBOLS.get(name);
  }

  /** Whether a command is an operator name printed upright ({@code log}, {@code max}). */
  static boolean isOperator(String name) {
    return OPERATORS.contains(name);
  }

  /** The combining character of an accent command ({@code hat}), or null. */
  static String accent(String name) {
    return ACCENTS.get(name);
  }

  /** Whether a command is a combining accent over one character ({@code \hat}, {@code \vec}). */
  static boolean isAccent(String name) {
    return ACCENTS.containsKey(name);
  }

  /** Whether a command sizes the delimiter after it ({@code \left}, {@code \bigg}, ...). */
  static boolean sizesDelimiter(String name) {
    return DELIMITER_SIZES.contains(name);
  }

  /** Whether a command sets the math style ({@code \displaystyle}, ...). */
  static boolean isStyle(String name) {
    return STYLES.contains(name);
  }

  /** Whether a letter has a double-struck Unicode form (blackboard bold). */
  static boolean hasBlackboard(char letter) {
    return BLACKBOARD.containsKey(letter);
  }

  /**
   * Letters in a math alphabet: {@code mathbb} double-struck, {@code mathcal} script,
   * {@code mathbf} bold. Letters with no such form (and spaces, digits in script) stay as they
   * are.
   */
  static String letters(String alphabet, String text) {
    StringBuilder sb = new StringBuilder();
    for (char ch : text.toCharArray()) {
      sb.appendCodePoint(letter(alphabet, ch));
    }
    return sb.toString();
  }

  private static int letter(String alphabet, char ch) {
    boolean upper = ch >= 'A' && ch <= 'Z';
    boolean lower = ch >= 'a' && ch <= 'z';
    boolean digit = ch >= '0' && ch <= '9';
    switch (alphabet) {
      case "mathbb":
        if (BLACKBOARD.containsKey(ch)) {
          return BLACKBOARD.get(ch);
        }
        return upper ? 0x1D538 + ch - 'A' : lower ? 0x1D552 + ch - 'a'
            : digit ? 0x1D7D8 + ch - '0' : ch;
      case "mathcal":
        if (SCRIPT.containsKey(ch)) {
          return SCRIPT.get(ch);
        }
        return upper ? 0x1D49C + ch - 'A' : ch;
      case "mathbf":
        return upper ? 0x1D400 + ch - 'A' : lower ? 0x1D41A + ch - 'a'
            : digit ? 0x1D7CE + ch - '0' : ch;
      default:
        return ch;
    }
  }

  /** Converts LaTeX source into pieces; adjacent pieces of the same script are merged. */
  public static List<Piece> convert(String latex) {
    List<Piece> out = new ArrayList<>();
    new Converter(latex, out).run(Script.NORMAL);
    return merge(out);
  }

  /** The converted text without script information, for plain-text outputs. */
  public static String toPlain(String latex) {
    StringBuilder sb = new StringBuilder();
    for (Piece piece : convert(latex)) {
      sb.append(piece.text());
    }
    return sb.toString();
  }

  private static List<Piece> merge(List<Piece> pieces) {
    List<Piece> merged = new ArrayList<>();
    for (Piece piece : pieces) {
      if (piece.text().isEmpty()) {
        continue;
      }
      int last = merged.size() - 1;
      if (last >= 0 && merged.get(last).script() == piece.script()) {
        merged.set(last, new Piece(merged.get(last).text() + piece.text(), piece.script()));
      } else {
        merged.add(piece);
      }
    }
    return merged;
  }

  /** A one-pass reader over the source; groups recurse. */
  private static final class Converter {
    private final LatexScanner in;
    private final List<Piece> out;

    Converter(String src, List<Piece> out) {
      this.in = new LatexScanner(src);
      this.out = out;
    }

    void run(Script script) {
      while (!in.atEnd()) {
        if (in.peek() == '}') {
          in.next();
          return;
        }
        readAtom(script);
      }
    }

    /** Reads one atom (a character, a command, a group or a script) at the given level. */
    private void readAtom(Script script) {
      char c = in.peek();
      if (c == '{') {
        in.next();
        run(script);
      } else if (c == '_' || c == '^') {
        in.next();
        Script inner = script != Script.NORMAL ? script
            : c == '_' ? Script.SUBSCRIPT : Script.SUPERSCRIPT;
        in.skipSpaces();
        if (!in.atEnd()) {
          readAtom(inner);
        }
      } else if (c == '\\') {
        readCommand(script);
      } else if (Character.isWhitespace(c)) {
        // Spaces are kept for legibility ("a + b"); a tab or a line break is one more space.
        in.next();
        out.add(new Piece(" ", script));
      } else {
        out.add(new Piece(String.valueOf(in.next()), script));
      }
    }

    private void readCommand(Script script) {
      String name = in.commandName();
      if (name.equals("sqrt")) {
        root(script);
      } else if (SYMBOLS.containsKey(name)) {
        out.add(new Piece(SYMBOLS.get(name), script));
      } else if (OPERATORS.contains(name)) {
        out.add(new Piece(name, script));
      } else if (name.equals("mathbb") || name.equals("mathcal") || name.equals("mathbf")) {
        out.add(new Piece(letters(name, toPlain(in.argument()).strip()), script));
      } else if (ACCENTS.containsKey(name)) {
        out.add(new Piece(argumentText() + ACCENTS.get(name), script));
      } else if (name.equals("text") || name.equals("mathrm") || name.equals("mathit")
          || name.equals("operatorname") || name.equals("boldsymbol")
          || name.equals("mathfrak") || name.equals("mathscr") || name.equals("mathsf")
          || name.equals("mathtt")) {
        // A change of font, which text runs do not carry: what remains is the argument, read
        // like any other atom, so "\}" in it is a brace and "x^\mathrm{T}" raises the T.
        in.skipSpaces();
        if (!in.atEnd()) {
          readAtom(script);
        }
      } else if (name.equals("frac") || name.equals("dfrac") || name.equals("tfrac")
          || name.equals("cfrac")) {
        String numerator = argumentText();
        String denominator = argumentText();
        out.add(new Piece(wrap(numerator) + "/" + wrap(denominator), script));
      } else if (name.equals("binom") || name.equals("dbinom") || name.equals("tbinom")) {
        String n = argumentText();
        out.add(new Piece("C(" + n + ", " + argumentText() + ")", script));
      } else if (WIDE_MARKS.containsKey(name)) {
        String mark = WIDE_MARKS.get(name);
        StringBuilder sb = new StringBuilder();
        argumentText().codePoints().forEach(cp -> sb.appendCodePoint(cp).append(mark));
        out.add(new Piece(sb.toString(), script));
      } else if (name.equals("overset") || name.equals("stackrel") || name.equals("underset")
          || name.equals("xrightarrow") || name.equals("xleftarrow")) {
        // A symbol with a label over or under it: the symbol, then its label as a script.
        String label = argumentText();
        String base = name.startsWith("x") ? (name.equals("xrightarrow") ? "→" : "←")
            : argumentText();
        out.add(new Piece(base, script));
        out.add(new Piece(label, script != Script.NORMAL ? script
            : name.equals("underset") ? Script.SUBSCRIPT : Script.SUPERSCRIPT));
      } else if (name.equals("overbrace") || name.equals("underbrace")) {
        out.add(new Piece(argumentText(), script));
      } else if (name.equals("not")) {
        in.skipSpaces();
        String negated = in.atEnd() ? "" : in.peek() == '\\' ? toPlain("\\" + in.commandName())
            : String.valueOf(in.next());
        out.add(new Piece(negated + "\u0338", script));
      } else if (name.equals("begin")) {
        out.add(new Piece(matrix(in.argument().strip()), script));
      } else if (name.equals("end")) {
        in.argument();
      } else if (DELIMITER_SIZES.contains(name) || STYLES.contains(name)) {
        // Sizes and styles change nothing in running text: the delimiter after one stays. The
        // space after the name separates it in TeX; kept, it would double "a \scriptstyle b".
        in.skipSpaces();
        if (DELIMITER_SIZES.contains(name) && !in.atEnd() && in.peek() == '.') {
          in.next(); // "\left." is no delimiter at all
          in.skipSpaces();
        }
      } else if (name.length() == 1 && !Character.isLetter(name.charAt(0))) {
        // An escaped character the tables do not name ("\|" is, "\\" is a line break): the
        // character itself, never its backslash.
        out.add(new Piece(name.equals("\\") ? " " : name, script));
      } else {
        // A command this table does not know (the typesetter does: malformed math never gets
        // here). Text cannot show it exactly, so MathForm sends the formula to the equation or
        // the picture; where only text can go (speaker notes, alternative text) its name is
        // shown upright, like an operator, and never with its backslash.
        out.add(new Piece(name, script));
      }
    }

    /**
     * A root: "√x", and "√(x+1)" since "√x+1" would read as (√x)+1. A cube or fourth root has a
     * sign of its own ("∛x", "∜x"); any other index is raised before the sign as a superscript
     * run, as "x^n" raises its n, so {@code \sqrt[n]{x}} shows as a raised n then "√x".
     */
    private void root(Script script) {
      String index = in.optionalArgument();
      index = index == null ? "" : toPlain(index).strip();
      String sign = switch (index) {
        case "3" -> "∛";
        case "4" -> "∜";
        default -> "√";
      };
      if (sign.equals("√")) {
        // Inside a script there is no higher level: the index stays in line, like "x^{a^b}".
        out.add(new Piece(index, script == Script.NORMAL ? Script.SUPERSCRIPT : script));
      }
      out.add(new Piece(sign + wrap(argumentText()), script));
    }

    /**
     * A matrix or cases in one line: cells separated by commas, rows by semicolons, inside the
     * environment's delimiters: {@code pmatrix} "(a, b; c, d)".
     */
    private String matrix(String env) {
      String body = in.environmentBody(env);
      if (env.equals("array")) {
        body = body.replaceFirst("^\\s*\\{[^}]*\\}", "");
      }
      List<String> rows = new ArrayList<>();
      for (String row : body.split("\\\\\\\\")) {
        if (row.isBlank()) {
          continue;
        }
        List<String> cells = new ArrayList<>();
        for (String cell : row.split("(?<!\\\\)&")) {
          cells.add(toPlain(cell).strip());
        }
        rows.add(String.join(", ", cells));
      }
      String[] fences = switch (env) {
        case "pmatrix" -> new String[] {"(", ")"};
        case "bmatrix" -> new String[] {"[", "]"};
        case "Bmatrix", "cases" -> new String[] {"{", env.equals("cases") ? "" : "}"};
        case "vmatrix" -> new String[] {"|", "|"};
        case "Vmatrix" -> new String[] {"‖", "‖"};
        default -> new String[] {"(", ")"};
      };
      return fences[0] + String.join("; ", rows) + fences[1];
    }

    /**
     * The next argument as one line of text; white space around it is TeX's, not the formula's.
     * Its scripts cannot be runs of their own inside "√(..)" or "a/b", so they become Unicode's
     * superscript and subscript characters where every character has one ("√(a² + b²)"), and
     * stay in line otherwise.
     */
    private String argumentText() {
      StringBuilder sb = new StringBuilder();
      for (Piece piece : convert(in.argument())) {
        sb.append(scriptCharacters(piece));
      }
      return sb.toString().strip();
    }

    private static String scriptCharacters(Piece piece) {
      String from = "0123456789+-=()";
      String to = piece.script() == Script.SUPERSCRIPT ? "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾"
          : piece.script() == Script.SUBSCRIPT ? "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎" : null;
      if (to == null) {
        return piece.text();
      }
      String letters = piece.script() == Script.SUPERSCRIPT ? "ni" : "aeoxijklmnpst";
      String letterForms = piece.script() == Script.SUPERSCRIPT ? "ⁿⁱ" : "ₐₑₒₓᵢⱼₖₗₘₙₚₛₜ";
      StringBuilder sb = new StringBuilder();
      for (char c : piece.text().toCharArray()) {
        int at = from.indexOf(c);
        int letter = letters.indexOf(c);
        if (at >= 0) {
          sb.append(to.charAt(at));
        } else if (letter >= 0) {
          sb.append(letterForms.charAt(letter));
        } else {
          return piece.text();
        }
      }
      return sb.toString();
    }

    private static String wrap(String part) {
      return part.length() > 1 ? "(" + part + ")" : part;
    }
  }
}
