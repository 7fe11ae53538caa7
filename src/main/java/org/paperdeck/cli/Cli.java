package org.paperdeck.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

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

  /** The commands that build nothing (see {@link #reachesBuildLibraries}). */
  private static final Set<String> TEXT_ONLY =
      Set.of("plan", "templates", "init", "completion");

  private Cli() {}

  /**
   * Runs the command with text streams only: standard input is empty, and neither stream is a
   * terminal (see {@link StandardStreams#of}).
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    return run(args, StandardStreams.of(out, err));
  }

  /** Runs the command on the given streams, and returns its exit code. */
  public static int run(String[] args, StandardStreams streams) {
    OptionalInt quick = QuickAnswers.answer(args, streams);
    return quick.isPresent() ? quick.getAsInt() : runParsed(args, streams);
  }

  /** Runs the command through picocli, whatever it is: {@link #run} less the quick answers. */
  static int runParsed(String[] args, StandardStreams streams) {
    Quiet.libraries();
    PrintWriter out = streams.out();
    PrintWriter err = TerminalText.of(streams.err());
    CommandLine cli = commandLine(streams, PaperdeckCommand.subcommandsFor(args));
    try {
      return cli.execute(args);
    } catch (RuntimeException | Error e) {
      // Whatever escapes picocli's handler is still ours to report in one line, not a trace.
      if (JvmErrors.known(e)) {
        return JvmErrors.report(e, err);
      }
      err.println("paperdeck: internal error: " + e);
      return FAILURE;
    } finally {
      out.flush();
      err.flush();
    }
  }

  /** The commands, configured: messages, exit codes and colours as paperdeck has them. */
  static CommandLine commandLine(StandardStreams given) {
    return commandLine(given, PaperdeckCommand.SUBCOMMANDS);
  }

  /** The same with the given subcommands only ({@link PaperdeckCommand#subcommandsFor}). */
  static CommandLine commandLine(StandardStreams given, List<Class<?>> subcommands) {
    // Every message and every printed result passes through TerminalText: whatever the input
    // holds, no control character reaches the terminal raw.
    StandardStreams streams = new StandardStreams(given.in(), given.stdout(),
        TerminalText.of(given.out()), TerminalText.of(given.err()), given.outIsTerminal(),
        given.errIsTerminal(), given.environment());
    PrintWriter err = streams.err();
    CommandLine cli = PaperdeckCommand.model(new PaperdeckCommand(streams, given.err()),
        subcommands);
    cli.setOut(streams.out());
    cli.setErr(err);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setParameterExceptionHandler(Cli::usageError);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      if (e instanceof CommandFailure failure) {
        err.println("paperdeck: " + failure.getMessage());
        if (failure.hint() != null) {
          err.println("  hint: " + failure.hint());
        }
        err.flush();
        return failure.exitCode();
      }
      if (JvmErrors.known(e)) {
        return JvmErrors.report(e, err);
      }
      err.println("paperdeck: internal error: " + e);
      err.flush();
      return FAILURE;
    });
    cli.setExecutionStrategy(parseResult -> {
      Paint.When when = colourWhen(parseResult);
      boolean helpColour = Paint.wanted(when, streams.outIsTerminal(), streams.environment());
      cli.setColorScheme(Help.defaultColorScheme(helpColour ? Help.Ansi.ON : Help.Ansi.OFF));
      if (helpColour && helpRequested(parseResult)) {
        // The help is paperdeck's own text, its colours picocli's: it goes out as it is.
        cli.setOut(given.out());
      }
      if (reachesBuildLibraries(parseResult)) {
        Quiet.javaLogging();
        // ImageIO passes every image it reads from or writes to a stream through a temporary
        // file (imageio….tmp) unless told otherwise; a killed build would leave those behind.
        // Ours are all in memory already. Only for commands that may touch a picture: ImageIO's
        // registry starts java.awt's toolkit, a tenth of a second of `plan`.
        javax.imageio.ImageIO.setUseCache(false);
      }
      boolean errColour = Paint.wanted(when, streams.errIsTerminal(), streams.environment());
      cli.setErr(new Paint.Writer(err, errColour ? Paint.ON : Paint.NONE));
      try (LibraryOutput held = LibraryOutput.hold(verbose(parseResult) ? err : null)) {
        return new CommandLine.RunLast().execute(parseResult);
      }
    });
    return cli;
  }

  /** {@code --color} wherever on the command line it was given; auto when nowhere. */
  private static Paint.When colourWhen(ParseResult parsed) {
    Paint.When when = Paint.When.AUTO;
    for (ParseResult level = parsed; level != null; level = level.subcommand()) {
      if (level.hasMatchedOption("--color")) {
        when = level.matchedOptionValue("--color", when);
      }
    }
    return when;
  }

  /**
   * A usage error in one line, and where to read more: the whole help would bury the line that
   * says what was wrong.
   */
  private static int usageError(ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    PrintWriter err = command.getErr();
    err.println("paperdeck: " + usageMessage(e));
    List<String> suggestions = e instanceof UnmatchedArgumentException unmatched
        ? unmatched.getSuggestions() : List.of();
    err.println("  hint: " + (suggestions.isEmpty() ? "" : "did you mean "
        + String.join(" or ", suggestions) + "? ") + "see '"
        + command.getCommandSpec().qualifiedName() + " --help'");
    err.flush();
    return command.getCommandSpec().exitCodeOnInvalidInput();
  }

  /** picocli's message, in the words of paperdeck's other messages. */
  private static String usageMessage(ParameterException e) {
    if (e instanceof UnmatchedArgumentException unmatched
        && !unmatched.getUnmatched().isEmpty()) {
      String first = unmatched.getUnmatched().get(0);
      if (unmatched.isUnknownOption()) {
        return "unknown option '" + first + "'";
      }
      if (!e.getCommandLine().getSubcommands().isEmpty()) {
        return "unknown command '" + first + "'; the commands are "
            + String.join(", ", e.getCommandLine().getSubcommands().keySet());
      }
      return "unexpected argument '" + first + "'";
    }
    String message = e.getMessage();
    return message.isEmpty() ? message
        : Character.toLowerCase(message.charAt(0)) + message.substring(1);
  }

  /**
   * Whether the command that runs may reach the libraries of a build that log or draw (POI,
   * Flying Saucer, ImageIO): any but those that only read notes, print text or write text files.
   */
  private static boolean reachesBuildLibraries(ParseResult parsed) {
    ParseResult command = parsed.subcommand();
    return command == null || !TEXT_ONLY.contains(command.commandSpec().name());
  }

  /** Whether the command line asks for the help of any command. */
  private static boolean helpRequested(ParseResult parsed) {
    for (ParseResult level = parsed; level != null; level = level.subcommand()) {
      if (level.isUsageHelpRequested()) {
        return true;
      }
    }
    return false;
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
