package org.paperdeck.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A command cannot go on, for a reason that is not in the notes or templates: a file it needs
 * cannot be read, say. Thrown from a command, printed by {@link Cli} as one line
 * ({@code paperdeck: MESSAGE}) and a hint, and exits with its code; never a stack trace.
 */
final class CommandFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int exitCode;
  private final String hint;

  /**
   * @param exitCode one of {@link ExitCode}
   * @param hint what the user can do, or {@code null}
   */
  CommandFailure(int exitCode, String message, String hint) {
    super(message, null, false, false);
    this.exitCode = exitCode;
    this.hint = hint;
  }

  /** A file that cannot be read: exit code {@link ExitCode#FAILURE}. */
  static CommandFailure unreadable(Object file, String reason) {
    return new CommandFailure(ExitCode.FAILURE, "cannot read " + file + ": " + reason, null);
  }

  /**
   * Stops the command (exit code 3) unless {@code file} is a file it can read.
   *
   * @param named how the message names the file
   * @param kind what the file should be, for the message about a folder: "a notes file"
   */
  static void requireReadable(Path file, String named, String kind) {
    if (Files.isDirectory(file)) {
      throw unreadable(named, "it is a folder, not " + kind);
    }
    if (!Files.exists(file)) {
      throw unreadable(named, "no such file");
    }
    if (!Files.isReadable(file)) {
      throw unreadable(named, "permission denied");
    }
  }

  int exitCode() {
    return exitCode;
  }

  String hint() {
    return hint;
  }
}
