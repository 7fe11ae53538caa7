package org.paperdeck.cli;

import java.io.PrintWriter;

/**
 * One line at the bottom of a terminal that a long run keeps rewriting ("[######----] 7/12
 * building talk.md"), cleared before any message is printed and drawn again after it. Only on a
 * terminal: elsewhere (a pipe, a CI log) it draws nothing, and the run prints a plain line per
 * talk instead. It writes to the terminal directly, the one place paperdeck sends a carriage
 * return and an erase-line of its own; what it shows of the user's input (file names) is escaped
 * as every message is ({@link TerminalText#escape}).
 */
final class ProgressLine {
  private static final int BAR = 24;

  private final PrintWriter terminal;
  private boolean shown;

  /** @param terminal standard error as it is, or {@code null} when it is not a terminal */
  ProgressLine(PrintWriter terminal) {
    this.terminal = terminal;
  }

  boolean onTerminal() {
    return terminal != null;
  }

  /** Draws the bar for {@code done} of {@code total}, and what is going on. */
  synchronized void show(int done, int total, String doing) {
    if (terminal == null) {
      return;
    }
    int filled = total == 0 ? BAR : done * BAR / total;
    String text = "[" + "#".repeat(filled) + "-".repeat(BAR - filled) + "] " + done + "/"
        + total + (doing.isEmpty() ? "" : "  " + TerminalText.escape(doing));
    terminal.print("\r\u001b[K" + (text.length() > 200 ? text.substring(0, 200) : text));
    terminal.flush();
    shown = true;
  }

  /** Removes the line, so that a message can take its place. */
  synchronized void clear() {
    if (terminal != null && shown) {
      terminal.print("\r\u001b[K");
      terminal.flush();
      shown = false;
    }
  }
}
