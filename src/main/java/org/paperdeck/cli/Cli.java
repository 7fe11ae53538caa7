package org.paperdeck.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** Wires the picocli commands to the given streams; never calls {@code System.exit}. */
public final class Cli {
  /** Success; kept here too for callers of {@link #run}. */
  public static final int OK = ExitCode.OK;
  /** The notes or the templates have errors. */
  public static final int BAD_INPUT = ExitCode.BAD_INPUT;
  /** The command line itself was wrong. */
  public static final int USAGE = ExitCode.USAGE;
  /** Reading or writing files failed, or paperdeck itself failed. */
  public static final int FAILURE = ExitCode.FAILURE;

  static {
    Quiet.libraries();
    // ImageIO passes every image it reads from or writes to a stream through a temporary file
    // (imageio….tmp) unless told otherwise; a killed build would leave those behind. Ours are
    // all in memory already.
    javax.imageio.ImageIO.setUseCache(false);
  }

  private Cli() {}

  public static int run(String[] args, PrintWriter to, PrintWriter errorsTo) {
    // Every message and every printed result passes through TerminalText: whatever the input
    // holds, no control character reaches the terminal raw.
    PrintWriter out = TerminalText.of(to);
    PrintWriter err = TerminalText.of(errorsTo);
    CommandLine cli = new CommandLine(new PaperdeckCommand());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionStrategy(parsed -> {
      try (LibraryOutput held = LibraryOutput.hold(verbose(parsed) ? err : null)) {
        return new CommandLine.RunLast().execute(parsed);
      }
    });
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      err.println("paperdeck: internal error: " + e);
      err.flush();
      return FAILURE;
    });
    try {
      return cli.execute(args);
    } catch (RuntimeException | Error e) {
      // Whatever escapes picocli's handler is still ours to report in one line, not a trace.
      err.println("paperdeck: internal error: " + e);
      return FAILURE;
    } finally {
      out.flush();
      err.flush();
    }
  }

  /** Whether the command line asks for {@code --verbose}, on the command that runs. */
  private static boolean verbose(CommandLine.ParseResult parsed) {
    for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption("--verbose")) {
        return true;
      }
    }
    return false;
  }
}
