package org.paperdeck.plan;

import org.paperdeck.math.Script;
import java.util.ArrayList;
import java.util.List;

/**
 * Gathers the runs of one paragraph, list item or cell, treating whitespace as HTML does:
 * every stretch of XML whitespace is one space, and none at the start, the end or around a
 * line break (templates are indented, and that indentation is not text). Adjacent runs of one
 * style are merged; a line break is always its own run {@code "\n"}.
 */
final class RunCollector {

  private final List<Run> runs = new ArrayList<>();
  /** A collapsed space seen but not yet written: written only if visible text follows. */
  private boolean pendingSpace;

  /** The style of the inline elements around a piece of text. */
  record Style(
      boolean bold, boolean italic, boolean code, boolean strike, Script script,
      String href) {
    static final Style PLAIN = new Style(false, false, false, false, Script.NORMAL, null);

    Run run(String text) {
      return new Run(text, bold, italic, code, strike, script, href);
    }

    /** The style inside an inline element; {@code href} is only used for {@code a}. */
    Style inside(String element, String link) {
      return switch (element) {
        case "b" -> new Style(true, italic, code, strike, script, href);
        case "i" -> new Style(bold, true, code, strike, script, href);
        case "code" -> new Style(bold, italic, true, strike, script, href);
        case "s" -> new Style(bold, italic, code, true, script, href);
        case "sub" -> withScript(Script.SUBSCRIPT);
        case "sup" -> withScript(Script.SUPERSCRIPT);
        case "a" -> new Style(bold, italic, code, strike, script, link);
        default -> this;
      };
    }

    Style withScript(Script newScript) {
      return new Style(bold, italic, code, strike, newScript, href);
    }

    boolean sameAs(Run run) {
      return run(run.text()).equals(run);
    }
  }

  void text(String raw, Style style) {
    String text = collapseSpace(raw);
    if (text.startsWith(" ")) {
      pendingSpace = !runs.isEmpty() && !isBreak(last());
      text = text.substring(1);
    }
    if (text.isEmpty()) {
      return;
    }
    boolean trailing = text.endsWith(" ");
    if (trailing) {
      text = text.substring(0, text.length() - 1);
    }
    if (pendingSpace) {
      // Give the space to the plainer neighbour, so no link underline, code font or raised
      // baseline reaches into the gap between words.
      Run previous = last();
      if (previous.href() == null && !previous.code() && previous.script() == Script.NORMAL
          && previous.latex() == null) {
        replaceLast(previous.withText(previous.text() + " "));
      } else {
        text = " " + text;
      }
    }
    append(style.run(text));
    pendingSpace = trailing;
  }

  /** A formula as one run of its own, never merged with the text around it. */
  void formula(Run formula) {
    String text = formula.text();
    if (pendingSpace) {
      Run previous = last();
      if (previous.href() == null && !previous.code() && previous.script() == Script.NORMAL
          && previous.latex() == null) {
        replaceLast(previous.withText(previous.text() + " "));
      } else {
        text = " " + text;
      }
    }
    runs.add(formula.withText(text));
    pendingSpace = false;
  }

  void lineBreak() {
    pendingSpace = false;
    if (!runs.isEmpty()) {
      runs.add(Run.plain("\n"));
    }
  }

  /** Adds a whole paragraph's finished runs, on a new line if there is text already. */
  void appendParagraph(List<Run> paragraph) {
    if (paragraph.isEmpty()) {
      return;
    }
    lineBreak();
    paragraph.forEach(this::append);
    pendingSpace = false;
  }

  List<Run> finish() {
    while (!runs.isEmpty() && isBreak(last())) {
      runs.remove(runs.size() - 1);
    }
    return List.copyOf(runs);
  }

  static boolean isBreak(Run run) {
    return run.isBreak();
  }

  private void append(Run run) {
    if (!runs.isEmpty() && !isBreak(last()) && !isBreak(run) && run.latex() == null
        && new Style(run.bold(), run.italic(), run.code(), run.strike(), run.script(), run.href())
            .sameAs(last())) {
      replaceLast(last().withText(last().text() + run.text()));
    } else {
      runs.add(run);
    }
  }

  private Run last() {
    return runs.get(runs.size() - 1);
  }

  private void replaceLast(Run run) {
    runs.set(runs.size() - 1, run);
  }

  /**
   * {@code text} with every stretch of XML white space (space, tab, CR, LF) made one space, as
   * XML's normalisation of it reads; the same string when there is nothing to fold, which is
   * most text of a plan.
   */
  static String collapseSpace(String text) {
    int i = 0;
    while (i < text.length() && !foldsAt(text, i)) {
      i++;
    }
    if (i == text.length()) {
      return text;
    }
    StringBuilder folded = new StringBuilder(text.length()).append(text, 0, i);
    boolean inSpace = false;
    for (; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isXmlSpace(c)) {
        if (!inSpace) {
          folded.append(' ');
        }
        inSpace = true;
      } else {
        folded.append(c);
        inSpace = false;
      }
    }
    return folded.toString();
  }

  /** Whether folding changes {@code text} at {@code i}: a tab, CR or LF, or a second space. */
  private static boolean foldsAt(String text, int i) {
    char c = text.charAt(i);
    return c == '\t' || c == '\r' || c == '\n'
        || c == ' ' && i + 1 < text.length() && isXmlSpace(text.charAt(i + 1));
  }

  private static boolean isXmlSpace(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
  }
}
