package org.paperdeck.cli;

import java.util.List;
import org.paperdeck.diagnostics.Diagnostic;
import org.paperdeck.refs.Bibliography;

/**
 * The exit codes, as {@code --help} lists them. A class of their own, so that the commands
 * name them without naming {@link Cli}, which names the commands.
 */
final class ExitCode {
  /** Success. */
  public static final int OK = 0;
  /** The notes, the templates or the theme have errors; they were reported. */
  public static final int BAD_INPUT = 1;
  /** The command line itself was wrong. */
  public static final int USAGE = 2;
  /** Reading or writing files failed, or paperdeck itself failed. */
  public static final int FAILURE = 3;

  private ExitCode() {}

  /**
   * The exit code of notes that were read with errors: {@link #FAILURE} when a file they name
   * (a bibliography) cannot be read at all, as for a missing notes file, else {@link
   * #BAD_INPUT}.
   */
  static int ofInputErrors(List<Diagnostic> diagnostics) {
    return diagnostics.stream().anyMatch(Bibliography::isUnreadableFile) ? FAILURE : BAD_INPUT;
  }
}
