package org.paperdeck.math;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns LaTeX into Office Math (OMML), the form PowerPoint keeps an editable equation in. It
 * reads the subset the notes format supports with the same {@link LatexScanner} as
 * {@link MathText}: fractions and binomials, roots, sub- and superscripts, big operators with
 * limits, {@code \lim} and friends with a limit under them, Greek and symbols, operator names,
 * {@code \mathbb}/{@code \mathcal}/{@code \mathbf}/{@code \mathrm}/{@code \text}, accents, bars,
 * braces, {@code \left..\right} and matrices ({@code matrix}, {@code pmatrix}, {@code bmatrix},
 * {@code vmatrix}, {@code cases}, ...). A command it does not know is written as its name,
 * upright, never with its backslash.
 *
 * <p>The result has no namespace declarations of its own: the caller declares {@code m} (the
 * OMML namespace) and {@code a} (DrawingML, for the runs' font) around it. Each run carries
 * {@code a:rPr} with Cambria Math, as PowerPoint writes its own equations: PowerPoint draws math
 * only in a math font.
 */
public final class MathOmml {
  public static final String NAMESPACE = "http://schemas.openxmlformats.org/officeDocument/2006/math";

  /** Big operators and their characters; {@code int}-like ones put limits beside, not above. */
  private static final Map<String, String> NARY = Map.ofEntries(
      Map.entry("sum", "∑"), Map.entry("prod", "∏"), Map.entry("coprod", "∐"),
      Map.entry("int", "∫"), Map.entry("iint", "∬"), Map.entry("iiint", "∭"),
      Map.entry("oint", "∮"), Map.entry("bigcup", "⋃"), Map.entry("bigcap", "⋂"),
      Map.entry("bigoplus", "⨁"), Map.entry("bigotimes", "⨂"), Map.entry("bigvee", "⋁"),
      Map.entry("bigwedge", "⋀"), Map.entry("bigsqcup", "⨆"), Map.entry("bigodot", "⨀"));
  private static final Set<String> INTEGRALS = Set.of("int", "iint", "iiint", "oint");
  /** Operators whose limit goes under them ({@code \lim_{x \to 0}}). */
  private static final Set<String> LIMIT_OPERATORS = Set.of(
      "lim", "limsup", "liminf", "max", "min", "sup", "inf", "argmax", "argmin", "det", "Pr");
  private static final Map<String, String> WIDE_ACCENTS = Map.of(
      "widehat", "\u0302", "widetilde", "\u0303", "overrightarrow", "\u20D7");
  /** Matrix environments and the delimiters around them. */
  private static final Map<String, String[]> MATRICES = Map.of(
      "matrix", new String[] {"", ""}, "pmatrix", new String[] {"(", ")"},
      "bmatrix", new String[] {"[", "]"}, "Bmatrix", new String[] {"{", "}"},
      "vmatrix", new String[] {"|", "|"}, "Vmatrix", new String[] {"‖", "‖"},
      "cases", new String[] {"{", ""}, "array", new String[] {"", ""},
      "aligned", new String[] {"", ""}, "smallmatrix", new String[] {"", ""});

  private MathOmml() {}

  /** An inline equation: one {@code m:oMath}. */
  public static String inline(String latex) {
    return "<m:oMath>" + new Converter(latex).group(false) + "</m:oMath>";
  }

  /** A display equation: an {@code m:oMathPara} holding one centred {@code m:oMath}. */
  public static String display(String latex) {
    return "<m:oMathPara><m:oMathParaPr><m:jc m:val=\"centerGroup\"/></m:oMathParaPr>"
        + inline(latex) + "</m:oMathPara>";
  }

  /** One pass over the source; each method returns OMML for what it read. */
  private static final class Converter {
    private final LatexScanner in;

    Converter(String src) {
      this.in = new LatexScanner(src);
    }

    /** Atoms up to a closing brace (when {@code braced}) or the end, scripts attached. */
    String group(boolean braced) {
      List<String> items = new ArrayList<>();
      while (!in.atEnd()) {
        char c = in.peek();
        if (c == '}') {
          in.next();
          if (braced) {
            break;
          }
          continue;
        }
        if (c == '_' || c == '^') {
          String base = items.isEmpty() ? "" : items.remove(items.size() - 1);
          items.add(scripts(base));
          continue;
        }
        if (c == '\\' && naryAhead()) {
          items.add(nary(items));
          continue;
        }
        String atom = atom();
        if (!atom.isEmpty()) {
          items.add(atom);
        }
      }
      return String.join("", items);
    }

    /** Reads {@code _x}, {@code ^y} or both after {@code base}. */
    private String scripts(String base) {
      String sub = null;
      String sup = null;
      while (!in.atEnd() && (in.peek() == '_' || in.peek() == '^')) {
        char c = in.next();
        in.skipSpaces();
        String arg = in.atEnd() ? "" : atom();
        if (c == '_' && sub == null) {
          sub = arg;
        } else if (c == '^' && sup == null) {
          sup = arg;
        } else {
          break;
        }
        in.skipSpaces();
      }
      String e = "<m:e>" + base + "</m:e>";
      if (sub != null && sup != null) {
        return "<m:sSubSup>" + e + "<m:sub>" + sub + "</m:sub><m:sup>" + sup + "</m:sup></m:sSubSup>";
      }
      if (sub != null) {
        return "<m:sSub>" + e + "<m:sub>" + sub + "</m:sub></m:sSub>";
      }
      return "<m:sSup>" + e + "<m:sup>" + (sup == null ? "" : sup) + "</m:sup></m:sSup>";
    }

    private boolean naryAhead() {
      LatexScanner probe = in.copy();
      return NARY.containsKey(probe.commandName());
    }

    /**
     * A big operator: its limits, then the rest of the group as what it applies to (OMML
     * draws the operator at the height of its operand).
     */
    private String nary(List<String> before) {
      String name = in.commandName();
      in.skipSpaces();
      String sub = "";
      String sup = "";
      while (!in.atEnd() && (in.peek() == '_' || in.peek() == '^')) {
        char c = in.next();
        in.skipSpaces();
        String arg = in.atEnd() ? "" : atom();
        if (c == '_') {
          sub = arg;
        } else {
          sup = arg;
        }
        in.skipSpaces();
      }
      StringBuilder pr = new StringBuilder("<m:naryPr><m:chr m:val=\"" + NARY.get(name) + "\"/>");
      pr.append("<m:limLoc m:val=\"").append(INTEGRALS.contains(name) ? "subSup" : "undOvr")
          .append("\"/>");
      if (sub.isEmpty()) {
        pr.append("<m:subHide m:val=\"1\"/>");
      }
      if (sup.isEmpty()) {
        pr.append("<m:supHide m:val=\"1\"/>");
      }
      pr.append("</m:naryPr>");
      String operand = group(false);
      return "<m:nary>" + pr + "<m:sub>" + sub + "</m:sub><m:sup>" + sup + "</m:sup><m:e>"
          + operand + "</m:e></m:nary>";
    }

    /** One atom: a group, a command, or a character. */
    private String atom() {
      char c = in.peek();
      if (c == '{') {
        in.next();
        return group(true);
      }
      if (c == '\\') {
        return command();
      }
      in.next();
      if (Character.isWhitespace(c)) {
        return ""; // OMML spaces math by itself, as TeX does
      }
      if (c == '&') {
        return "";
      }
      if (c == '\'') {
        return run("′", false);
      }
      return run(String.valueOf(c), false);
    }

    private String argument() {
      return new Converter(in.argument()).group(false);
    }

    private String command() {
      String name = in.commandName();
      switch (name) {
        case "frac", "dfrac", "tfrac", "cfrac" -> {
          String num = argument();
          return "<m:f><m:num>" + num + "</m:num><m:den>" + argument() + "</m:den></m:f>";
        }
        case "binom", "dbinom", "tbinom" -> {
          String n = argument();
          return "<m:d><m:e><m:f><m:fPr><m:type m:val=\"noBar\"/></m:fPr><m:num>" + n
              + "</m:num><m:den>" + argument() + "</m:den></m:f></m:e></m:d>";
        }
        case "sqrt" -> {
          String index = in.optionalArgument();
          String e = argument();
          if (index == null || index.isBlank()) {
            return "<m:rad><m:radPr><m:degHide m:val=\"1\"/></m:radPr><m:deg/><m:e>" + e
                + "</m:e></m:rad>";
          }
          return "<m:rad><m:deg>" + new Converter(index).group(false) + "</m:deg><m:e>" + e
              + "</m:e></m:rad>";
        }
        case "mathbb" -> {
          return styled(in.argument(), "<m:scr m:val=\"double-struck\"/><m:sty m:val=\"p\"/>");
        }
        case "mathcal", "mathscr" -> {
          return styled(in.argument(), "<m:scr m:val=\"script\"/><m:sty m:val=\"p\"/>");
        }
        case "mathfrak" -> {
          return styled(in.argument(), "<m:scr m:val=\"fraktur\"/><m:sty m:val=\"p\"/>");
        }
        case "mathbf", "boldsymbol" -> {
          return styled(in.argument(), "<m:sty m:val=\"b\"/>");
        }
        case "mathrm", "operatorname", "mathsf", "mathtt" -> {
          return styled(in.argument(), "<m:sty m:val=\"p\"/>");
        }
        case "mathit" -> {
          return argument();
        }
        case "text", "textrm", "mbox" -> {
          return "<m:r><m:rPr><m:nor/></m:rPr>" + font(false) + text(in.argument()) + "</m:r>";
        }
        case "overline" -> {
          return "<m:bar><m:barPr><m:pos m:val=\"top\"/></m:barPr><m:e>" + argument()
              + "</m:e></m:bar>";
        }
        case "underline" -> {
          return "<m:bar><m:barPr><m:pos m:val=\"bot\"/></m:barPr><m:e>" + argument()
              + "</m:e></m:bar>";
        }
        case "overbrace", "underbrace" -> {
          boolean over = name.equals("overbrace");
          return "<m:groupChr><m:groupChrPr><m:chr m:val=\"" + (over ? "⏞" : "⏟")
              + "\"/><m:pos m:val=\"" + (over ? "top" : "bot") + "\"/></m:groupChrPr><m:e>"
              + argument() + "</m:e></m:groupChr>";
        }
        case "overset", "stackrel" -> {
          String top = argument();
          return "<m:limUpp><m:e>" + argument() + "</m:e><m:lim>" + top + "</m:lim></m:limUpp>";
        }
        case "underset" -> {
          String bottom = argument();
          return "<m:limLow><m:e>" + argument() + "</m:e><m:lim>" + bottom
              + "</m:lim></m:limLow>";
        }
        case "xrightarrow", "xleftarrow" -> {
          String label = argument();
          return "<m:limUpp><m:e>" + run(name.equals("xrightarrow") ? "⟶" : "⟵", false)
              + "</m:e><m:lim>" + label + "</m:lim></m:limUpp>";
        }
        case "not" -> {
          in.skipSpaces();
          String next = "";
          if (!in.atEnd() && in.peek() == '\\') {
            String negated = in.commandName();
            next = MathText.symbol(negated) == null ? negated : MathText.symbol(negated);
          } else if (!in.atEnd()) {
            next = String.valueOf(in.next());
          }
          return run(next + "\u0338", false);
        }
        case "left" -> {
          return fenced();
        }
        case "begin" -> {
          return environment(in.argument().strip());
        }
        case "\\" -> {
          return "";
        }
        default -> {
          return other(name);
        }
      }
    }

    private String other(String name) {
      String accent = MathText.accent(name);
      if (accent == null) {
        accent = WIDE_ACCENTS.get(name);
      }
      if (accent != null) {
        return "<m:acc><m:accPr><m:chr m:val=\"" + accent + "\"/></m:accPr><m:e>" + argument()
            + "</m:e></m:acc>";
      }
      if (MathText.sizesDelimiter(name) || MathText.isStyle(name)) {
        in.skipSpaces();
        if (!in.atEnd() && in.peek() == '.') {
          in.next();
        }
        return "";
      }
      if (LIMIT_OPERATORS.contains(name) || MathText.isOperator(name)) {
        String op = run(MathText.toPlain("\\" + name), true);
        in.skipSpaces();
        if (LIMIT_OPERATORS.contains(name) && !in.atEnd() && in.peek() == '_') {
          in.next();
          in.skipSpaces();
          String lim = in.atEnd() ? "" : atom();
          return "<m:limLow><m:e>" + op + "</m:e><m:lim>" + lim + "</m:lim></m:limLow>";
        }
        return op;
      }
      String symbol = MathText.symbol(name);
      if (symbol != null) {
        return symbol.isEmpty() ? "" : run(symbol, false);
      }
      // Unknown here (the typesetter accepted it): its name, upright, never its backslash.
      return run(name, true);
    }

    /** {@code \left( ... \right)}: a delimiter pair around its content. */
    private String fenced() {
      String open = delimiter();
      StringBuilder inner = new StringBuilder();
      List<String> items = new ArrayList<>();
      String close = "";
      while (!in.atEnd()) {
        if (in.peek() == '\\' && "right".equals(in.copy().commandName())) {
          in.commandName();
          close = delimiter();
          break;
        }
        if (in.peek() == '}') {
          in.next();
          continue;
        }
        if (in.peek() == '_' || in.peek() == '^') {
          String base = items.isEmpty() ? "" : items.remove(items.size() - 1);
          items.add(scripts(base));
          continue;
        }
        String atom = atom();
        if (!atom.isEmpty()) {
          items.add(atom);
        }
      }
      items.forEach(inner::append);
      return "<m:d><m:dPr><m:begChr m:val=\"" + xml(open) + "\"/><m:endChr m:val=\"" + xml(close)
          + "\"/></m:dPr><m:e>" + inner + "</m:e></m:d>";
    }

    /** The delimiter after {@code \left} or {@code \right}; "." is none. */
    private String delimiter() {
      in.skipSpaces();
      if (in.atEnd()) {
        return "";
      }
      if (in.peek() == '\\') {
        String name = in.commandName();
        String symbol = MathText.symbol(name);
        return symbol == null ? "" : symbol;
      }
      char c = in.next();
      return c == '.' ? "" : String.valueOf(c);
    }

    /** A matrix-like environment: rows split at {@code \\}, cells at {@code &}. */
    private String environment(String name) {
      String body = in.environmentBody(name);
      if (name.equals("array")) {
        body = body.replaceFirst("^\\s*\\{[^}]*\\}", ""); // the column spec
      }
      StringBuilder m = new StringBuilder("<m:m>");
      for (String row : split(body, true)) {
        if (row.isBlank()) {
          continue;
        }
        m.append("<m:mr>");
        for (String cell : split(row, false)) {
          m.append("<m:e>").append(new Converter(cell).group(false)).append("</m:e>");
        }
        m.append("</m:mr>");
      }
      m.append("</m:m>");
      String[] fences = MATRICES.getOrDefault(name, new String[] {"", ""});
      if (fences[0].isEmpty() && fences[1].isEmpty()) {
        return m.toString();
      }
      return "<m:d><m:dPr><m:begChr m:val=\"" + xml(fences[0]) + "\"/><m:endChr m:val=\""
          + xml(fences[1]) + "\"/></m:dPr><m:e>" + m + "</m:e></m:d>";
    }

    /** Splits at {@code \\} (rows) or {@code &} (cells) outside braces. */
    private static List<String> split(String src, boolean rows) {
      List<String> parts = new ArrayList<>();
      int depth = 0;
      int start = 0;
      for (int i = 0; i < src.length(); i++) {
        char c = src.charAt(i);
        if (c == '\\' && i + 1 < src.length()) {
          if (rows && depth == 0 && src.charAt(i + 1) == '\\') {
            parts.add(src.substring(start, i));
            start = i + 2;
          }
          i++;
        } else if (c == '{') {
          depth++;
        } else if (c == '}') {
          depth--;
        } else if (!rows && c == '&' && depth == 0) {
          parts.add(src.substring(start, i));
          start = i + 1;
        }
      }
      parts.add(src.substring(start));
      return parts;
    }

    /** Letters in an alphabet or style: one run, its text converted, with {@code props}. */
    private String styled(String arg, String props) {
      String text = MathText.toPlain(arg).strip();
      return "<m:r><m:rPr>" + props + "</m:rPr>" + font(false) + text(text) + "</m:r>";
    }

    private static String run(String text, boolean upright) {
      return "<m:r>" + (upright ? "<m:rPr><m:sty m:val=\"p\"/></m:rPr>" : "") + font(!upright)
          + text(text) + "</m:r>";
    }

    private static String font(boolean italic) {
      return "<a:rPr lang=\"en-US\"" + (italic ? " i=\"1\"" : "")
          + "><a:latin typeface=\"Cambria Math\"/></a:rPr>";
    }

    private static String text(String text) {
      return "<m:t xml:space=\"preserve\">" + xml(text) + "</m:t>";
    }
  }

  /** Escapes text for an XML element or attribute. */
  static String xml(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
