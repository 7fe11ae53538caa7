package org.paperdeck.refs;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * A reference's title (the small part of Markdown titles use: {@code *emphasis*}, {@code
 * **strong**}, {@code `code`}, {@code \(math\)} and backslash escapes) in the markup of the
 * format it is written out in: LaTeX for BibTeX, CSL's HTML-like tags for CSL-JSON.
 */
final class TitleMarkup {
  /** The markup of one output format: text, a mark's opening and closing, math. */
  private record Target(UnaryOperator<String> text, UnaryOperator<String> open,
      UnaryOperator<String> close, UnaryOperator<String> math) {}

  private static final Target LATEX = new Target(TitleMarkup::protectedLatex,
      mark -> mark.equals("*") ? "\\emph{" : mark.equals("**") ? "\\textbf{" : "\\texttt{",
      mark -> "}", latex -> "$" + latex + "$");
  private static final Target CSL = new Target(
      text -> text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"),
      mark -> mark.equals("*") ? "<i>" : mark.equals("**") ? "<b>" : "",
      mark -> mark.equals("*") ? "</i>" : mark.equals("**") ? "</b>" : "",
      latex -> "$" + latex + "$");

  private TitleMarkup() {}

  /**
   * LaTeX: special characters escaped, words with capitals after their first letter braced so
   * that a style's sentence case keeps them ({@code {BERT}}).
   */
  static String latex(String markdown) {
    return convert(markdown, LATEX);
  }

  /** CSL rich text: {@code <i>}, {@code <b>}; math and code as their text. */
  static String csl(String markdown) {
    return convert(markdown, CSL);
  }

  /** The title's text alone, its math as {@code math} writes it. */
  static String plain(String markdown, UnaryOperator<String> math) {
    return convert(markdown, new Target(text -> text, mark -> "", mark -> "", math));
  }

  private static String protectedLatex(String text) {
    StringBuilder out = new StringBuilder();
    for (String word : text.split("(?<=[\\s/-])|(?=[\\s/-])")) {
      String escaped = escapeLatex(word);
      boolean inner = word.length() > 1 && !word.substring(1).equals(
          word.substring(1).toLowerCase(Locale.ROOT));
      out.append(inner ? "{" + escaped + "}" : escaped);
    }
    return out.toString();
  }

  private static String convert(String markdown, Target target) {
    StringBuilder out = new StringBuilder();
    StringBuilder text = new StringBuilder();
    Deque<String> open = new ArrayDeque<>();
    int i = 0;
    while (i < markdown.length()) {
      char c = markdown.charAt(i);
      if (c == '\\' && markdown.startsWith("\\(", i)) {
        int end = markdown.indexOf("\\)", i + 2);
        if (end > 0) {
          out.append(target.text().apply(text.toString()));
          text.setLength(0);
          out.append(target.math().apply(markdown.substring(i + 2, end)));
          i = end + 2;
          continue;
        }
      }
      if (c == '\\' && i + 1 < markdown.length()) {
        text.append(markdown.charAt(i + 1));
        i += 2;
        continue;
      }
      String mark = markdown.startsWith("**", i) ? "**" : c == '*' ? "*" : c == '`' ? "`" : null;
      if (mark == null) {
        text.append(c);
        i++;
        continue;
      }
      out.append(target.text().apply(text.toString()));
      text.setLength(0);
      if (mark.equals(open.peek())) {
        open.pop();
        out.append(target.close().apply(mark));
      } else {
        open.push(mark);
        out.append(target.open().apply(mark));
      }
      i += mark.length();
    }
    out.append(target.text().apply(text.toString()));
    while (!open.isEmpty()) {
      out.append(target.close().apply(open.pop()));
    }
    return out.toString();
  }

  static String escapeLatex(String text) {
    StringBuilder out = new StringBuilder();
    for (char c : text.toCharArray()) {
      switch (c) {
        case '&', '%', '$', '#', '_', '{', '}' -> out.append('\\').append(c);
        case '~' -> out.append("\\textasciitilde{}");
        case '^' -> out.append("\\textasciicircum{}");
        case '\\' -> out.append("\\textbackslash{}");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
