package org.paperdeck.plan;

import java.util.Objects;
import org.paperdeck.math.Script;

/**
 * A run of text with one style. Math has already been turned into Unicode runs by the parser,
 * except a formula that Unicode can only approximate: that is one run of its own, its text the
 * approximation (what is measured, and what a reader without equations shows), its
 * {@code latex} the formula, for the pptx stage to write as an equation.
 *
 * @param href a hyperlink target, or {@code null}
 * @param latex the formula this run shows, or {@code null} for text
 */
public record Run(
    String text, boolean bold, boolean italic, boolean code, boolean strike, Script script,
    String href, String latex) {
  public Run {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(script, "script");
  }

  public Run(String text, boolean bold, boolean italic, boolean code, boolean strike,
      Script script, String href) {
    this(text, bold, italic, code, strike, script, href, null);
  }

  /** A formula that only an equation shows exactly, with its Unicode approximation. */
  public static Run formula(String approximation, String latex) {
    return new Run(approximation, false, false, false, false, Script.NORMAL, null, latex);
  }

  public static Run plain(String text) {
    return new Run(text, false, false, false, false, Script.NORMAL, null);
  }

  /** A hard line break inside a paragraph ({@code <br/>}): a run of one newline. */
  public boolean isBreak() {
    return text.equals("\n");
  }

  /**
   * The run with other text. A formula stays one when only white space around it changes; cut
   * inside, what is left is text.
   */
  public Run withText(String newText) {
    String keep = latex != null && newText.strip().equals(text.strip()) ? latex : null;
    return new Run(newText, bold, italic, code, strike, script, href, keep);
  }
}
