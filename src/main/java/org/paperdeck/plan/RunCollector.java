package org.paperdeck.plan;

import org.paperdeck.math.Script;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Gathers the runs of one paragraph, list item or cell, treating whitespace as HTML does:
 * every stretch of XML whitespace is one space, and none at the start, the end or around a
 * line break (templates are indented, and that indentation is not text). Adjacent runs of one
 * style are merged; a line break is always its own run {@code "\n"}.
 */
final class RunCollector {
  private static final Pattern XML_SPACE = Pattern.compile("[ \\t\\r\\n]+");

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
    String text = XML_SPACE.matcher(raw).replaceAll(" ");
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
}
