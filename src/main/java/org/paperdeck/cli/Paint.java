package org.paperdeck.cli;

import java.io.PrintWriter;
import java.util.Map;

/**
 * Colour for messages on a terminal, as compilers print them: {@code error:} in bold red and
 * {@code warning:} in bold magenta. {@code --color} decides: {@code always}, {@code never}, or
 * {@code auto} (the default), which colours only a terminal, and not when {@code NO_COLOR} is
 * set to anything (no-color.org) or {@code TERM} is {@code dumb}.
 */
final class Paint {
  /** The values of {@code --color}. */
  enum When {
    NEVER, AUTO, ALWAYS
  }

  static final Paint NONE = new Paint(false);
  static final Paint ON = new Paint(true);

  // Written with TerminalText's stand-in for ESC, which it turns into a real ESC after escaping
  // every control character of the text around it: the colours are ours, the text may not be.
  private static final String RESET = TerminalText.COLOUR_ESCAPE + "[0m";
  private static final String BOLD_RED = TerminalText.COLOUR_ESCAPE + "[1;31m";
  private static final String BOLD_MAGENTA = TerminalText.COLOUR_ESCAPE + "[1;35m";

  private final boolean on;

  private Paint(boolean on) {
    this.on = on;
  }

  /** Whether to colour a stream: {@code terminal} is whether it is one. */
  static boolean wanted(When when, boolean terminal, Map<String, String> environment) {
    return switch (when) {
      case ALWAYS -> true;
      case NEVER -> false;
      case AUTO -> terminal && environment.getOrDefault("NO_COLOR", "").isEmpty()
          && !"dumb".equals(environment.get("TERM"));
    };
  }

  boolean on() {
    return on;
  }

  /**
   * A diagnostic's headline, {@code FILE:LINE:COL: error: message}, with its label coloured: the
   * first label in it, since a message may quote another ("warning: template error: ...").
   */
  String headline(String headline) {
    if (!on) {
      return headline;
    }
    int error = headline.indexOf(" error: ");
    int warning = headline.indexOf(" warning: ");
    if (error >= 0 && (warning < 0 || error < warning)) {
      return colour(headline, error + 1, "error:".length(), BOLD_RED);
    }
    return warning < 0 ? headline : colour(headline, warning + 1, "warning:".length(), BOLD_MAGENTA);
  }

  private static String colour(String text, int start, int length, String colour) {
    return text.substring(0, start) + colour + text.substring(start, start + length) + RESET
        + text.substring(start + length);
  }

  /** The paint of a writer: {@link Writer}'s own, else none. */
  static Paint of(PrintWriter writer) {
    return writer instanceof Writer painted ? painted.paint : NONE;
  }

  /** Standard error as the commands get it, carrying whether to colour what goes there. */
  static final class Writer extends PrintWriter {
    private final Paint paint;

    Writer(PrintWriter err, Paint paint) {
      super(err, true);
      this.paint = paint;
    }
  }
}
