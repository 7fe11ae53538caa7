package org.paperdeck.refs;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jbibtex.LaTeXCommand;
import org.jbibtex.LaTeXGroup;
import org.jbibtex.LaTeXObject;
import org.jbibtex.LaTeXParser;
import org.jbibtex.LaTeXPrinter;
import org.jbibtex.LaTeXString;
import org.jbibtex.ParseException;

/**
 * A BibTeX field's LaTeX as the notes would write it (format doc, "Bibliographies"): braces that
 * only protect letter case go, accents and symbols become Unicode (JBibTeX's printer knows
 * them), {@code \emph{x}} and {@code \textit{x}} become {@code *x*}, {@code \textbf{x}} {@code
 * **x**}, {@code \texttt{x}} code, and math stays math, written {@code \(…\)}. What it cannot
 * carry over (a command it does not know) keeps its argument as text and is named in the
 * problems, for the notes to warn about.
 */
final class LatexText {
  /** The converted text and what was dropped on the way. */
  record Converted(String text, List<String> problems) {}

  private static final Set<String> ITALIC = Set.of("emph", "textit", "textsl", "em", "it");
  private static final Set<String> BOLD = Set.of("textbf", "bf");
  /** Commands that only change the font in ways a slide does not keep: their text stays. */
  private static final Set<String> PLAIN = Set.of("textrm", "textsf", "textsc", "textup",
      "textnormal", "mbox", "text", "textmd", "sc", "rm", "sf", "url", "NoCaseChange", "nocase");
  /**
   * LaTeX's accent commands and the Unicode combining mark each puts on the letter after it;
   * JBibTeX's printer knows only some of them ({@code \c{c}} comes out as a bare c).
   */
  private static final Map<String, Character> ACCENTS = Map.ofEntries(
      Map.entry("'", '\u0301'), Map.entry("`", '\u0300'), Map.entry("^", '\u0302'),
      Map.entry("\"", '\u0308'), Map.entry("~", '\u0303'), Map.entry("=", '\u0304'),
      Map.entry(".", '\u0307'), Map.entry("c", '\u0327'), Map.entry("v", '\u030C'),
      Map.entry("u", '\u0306'), Map.entry("H", '\u030B'), Map.entry("k", '\u0328'),
      Map.entry("r", '\u030A'), Map.entry("d", '\u0323'), Map.entry("b", '\u0331'),
      Map.entry("t", '\u0361'));

  private final boolean markdown;
  private final List<String> problems = new ArrayList<>();

  private LatexText(boolean markdown) {
    this.markdown = markdown;
  }

  /** A title: Markdown, with inline markup and math. */
  static Converted markdown(String latex) {
    return new LatexText(true).convert(latex);
  }

  /** A name, a venue: plain text, markup dropped silently since plain text has none. */
  static String plain(String latex) {
    return new LatexText(false).convert(latex).text().strip();
  }

  private Converted convert(String latex) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < latex.length()) {
      int open = mathStart(latex, i);
      if (open < 0) {
        text(latex.substring(i), out);
        break;
      }
      text(latex.substring(i, open), out);
      int close = latex.indexOf('$', open + 1);
      while (close > 0 && latex.charAt(close - 1) == '\\') {
        close = latex.indexOf('$', close + 1);
      }
      if (close < 0) {
        problems.add("a '$' opens math that never closes; shown as written");
        text(latex.substring(open + 1), out);
        break;
      }
      String formula = latex.substring(open + 1, close).strip();
      out.append(markdown ? "\\(" + formula + "\\)" : formula);
      i = close + 1;
    }
    return new Converted(out.toString().replaceAll("\\s+", " ").strip(), problems);
  }

  private static int mathStart(String latex, int from) {
    for (int i = from; i < latex.length(); i++) {
      if (latex.charAt(i) == '\\') {
        i++;
      } else if (latex.charAt(i) == '$') {
        return i;
      }
    }
    return -1;
  }

  private void text(String latex, StringBuilder out) {
    if (latex.isEmpty()) {
      return;
    }
    // JBibTeX's LaTeX grammar has no tie; it is a space that does not break.
    String ties = latex.replaceAll("(?<!\\\\)~", "\u00a0");
    List<LaTeXObject> objects;
    try {
      objects = new LaTeXParser().parse(ties);
    } catch (ParseException | RuntimeException e) {
      problems.add("LaTeX that could not be read ('" + latex.strip()
          + "') is shown with its braces and backslashes removed");
      out.append(escape(latex.replaceAll("\\\\([A-Za-z]+|.)|[{}]", "$1")));
      return;
    }
    objects(objects, out);
  }

  private void objects(List<LaTeXObject> objects, StringBuilder out) {
    List<LaTeXObject> pending = new ArrayList<>();
    for (int i = 0; i < objects.size(); i++) {
      LaTeXObject object = objects.get(i);
      if (object instanceof LaTeXGroup group) {
        flush(pending, out);
        objects(group.getObjects(), out);
      } else if (object instanceof LaTeXCommand command) {
        String name = command.getName();
        LaTeXObject next = i + 1 < objects.size() ? objects.get(i + 1) : null;
        String mark = ITALIC.contains(name) ? "*" : BOLD.contains(name) ? "**"
            : name.equals("texttt") ? "`" : null;
        if (mark != null || PLAIN.contains(name)) {
          flush(pending, out);
          // {\em x} switches the font for the rest of its group; \emph{x} takes one argument.
          List<LaTeXObject> argument = next instanceof LaTeXGroup g ? g.getObjects()
              : objects.subList(i + 1, objects.size());
          i = next instanceof LaTeXGroup ? i + 1 : objects.size();
          StringBuilder inner = new StringBuilder();
          objects(argument, inner);
          String text = inner.toString();
          out.append(mark == null || !markdown || text.isBlank() ? text
              : wrap(text, mark));
        } else if (ACCENTS.containsKey(name)) {
          flush(pending, out);
          String rest = "";
          String argument = "";
          if (next instanceof LaTeXGroup g) {
            StringBuilder inner = new StringBuilder();
            new LatexText(false).objects(g.getObjects(), inner);
            argument = inner.toString();
            i++;
          } else if (next instanceof LaTeXString string && !string.getValue().isBlank()) {
            argument = string.getValue().substring(0, 1);
            rest = string.getValue().substring(1);
            i++;
          } else if (next instanceof LaTeXCommand letter) {
            // {\"\i}: the accent on a dotless i is on an i.
            argument = letter.getName().equals("i") ? "i" : letter.getName().equals("j") ? "j"
                : String.valueOf(LaTeXPrinter.getSymbol(letter.getName()));
            i++;
          }
          out.append(escape(accented(argument, ACCENTS.get(name))));
          if (!rest.isEmpty()) {
            pending.add(new LaTeXString(rest));
          }
        } else {
          if (LaTeXPrinter.getSymbol(name) == null) {
            problems.add("LaTeX command \\" + name + " is not known; its text is kept");
          }
          pending.add(command);
        }
      } else {
        pending.add(object);
      }
    }
    flush(pending, out);
  }

  /** The mark on the first letter, composed into one character where Unicode has one. */
  private static String accented(String argument, char mark) {
    if (argument.isEmpty()) {
      return String.valueOf(mark);
    }
    int first = argument.offsetByCodePoints(0, 1);
    return Normalizer.normalize(argument.substring(0, first) + mark, Normalizer.Form.NFC)
        + argument.substring(first);
  }

  /** {@code *x*} around the text, with its outer spaces outside, as Markdown needs. */
  private static String wrap(String text, String mark) {
    String core = text.strip();
    String lead = text.substring(0, text.indexOf(core));
    String trail = text.substring(text.indexOf(core) + core.length());
    return lead + mark + core + mark + trail;
  }

  private void flush(List<LaTeXObject> pending, StringBuilder out) {
    if (pending.isEmpty()) {
      return;
    }
    String printed = new LaTeXPrinter().print(pending);
    // The printer trims; a group boundary must not swallow the space between words.
    boolean leadingSpace = pending.get(0) instanceof LaTeXString s
        && !s.getValue().isEmpty() && Character.isWhitespace(s.getValue().charAt(0));
    boolean trailingSpace = pending.get(pending.size() - 1) instanceof LaTeXString s
        && !s.getValue().isEmpty()
        && Character.isWhitespace(s.getValue().charAt(s.getValue().length() - 1));
    out.append(leadingSpace ? " " : "").append(escape(printed)).append(trailingSpace ? " " : "");
    pending.clear();
  }

  private String escape(String text) {
    return markdown ? MarkdownEscape.escape(text) : text;
  }
}
