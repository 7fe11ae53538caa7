package org.paperdeck.plan;

import java.util.Objects;
import org.paperdeck.math.Script;

/**
 * A run of text with one style. Math has already been turned into Unicode runs by the parser.
 *
 * @param href a hyperlink target, or {@code null}
 */
public record Run(
    String text, boolean bold, boolean italic, boolean code, boolean strike, Script script,
    String href) {
  public Run {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(script, "script");
  }

  public static Run plain(String text) {
    return new Run(text, false, false, false, false, Script.NORMAL, null);
  }

  /** A hard line break inside a paragraph ({@code <br/>}): a run of one newline. */
  public boolean isBreak() {
    return text.equals("\n");
  }

  public Run withText(String newText) {
    return new Run(newText, bold, italic, code, strike, script, href);
  }
}
