package org.paperdeck.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The top-level command: only subcommands, help, version and the colour of messages. */
@Command(
    name = "paperdeck",
    description = "Turns reading-group notes into an editable PowerPoint deck and a printable PDF handout.",
    mixinStandardHelpOptions = true,
    versionProvider = PaperdeckCommand.Version.class,
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:success",
        "1:the notes, templates or theme have errors (reported as FILE:LINE:COL)",
        "2:wrong usage",
        "3:a file could not be read or written (notes, theme, bibliography, outputs), a lookup"
            + " could not reach the web, or an internal error"})
final class PaperdeckCommand implements Runnable {
  /**
   * The subcommands, in the order the help lists them. They are added by {@link #model}, not
   * declared in the annotation, so that a run can build only the one it runs: picocli's model
   * of every command took a third of a cold {@code paperdeck plan} (its classes are Java 5 class
   * files, which the JVM verifies the slow way and the class-data archive cannot hold).
   */
  static final List<Class<?>> SUBCOMMANDS = List.of(BuildCommand.class, CheckCommand.class,
      InitCommand.class, SiteCommand.class, WatchCommand.class, PreviewCommand.class,
      PlanCommand.class, ThemeCommand.class, TemplatesCommand.class, RefsCommand.class,
      AddCommand.class, CompletionCommand.class);

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  /** Read by {@link Cli} from the parsed command line; here to declare it once, for every command. */
  @Option(names = "--color", paramLabel = "WHEN", scope = ScopeType.INHERIT,
      description = "Colour error: and warning: (and the help): never, always, or auto (the"
          + " default: on a terminal, unless NO_COLOR is set).")
  Paint.When color = Paint.When.AUTO;

  private final StandardStreams streams;
  private final java.io.PrintWriter terminal;

  PaperdeckCommand(StandardStreams streams) {
    this(streams, null);
  }

  /**
   * @param terminal standard error as it is, without the escaping of every message, for the
   *     progress line ({@link ProgressLine}); {@code null} for none
   */
  PaperdeckCommand(StandardStreams streams, java.io.PrintWriter terminal) {
    this.streams = streams;
    this.terminal = terminal;
  }

  /** picocli's model of {@code command} with every subcommand. */
  static CommandLine model(PaperdeckCommand command) {
    return model(command, SUBCOMMANDS);
  }

  /** picocli's model of {@code command} with the given subcommands only. */
  static CommandLine model(PaperdeckCommand command, List<Class<?>> subcommands) {
    CommandLine cli = new CommandLine(command);
    for (Class<?> subcommand : subcommands) {
      cli.addSubcommand(subcommand);
    }
    return cli;
  }

  /**
   * The subcommands a run of {@code args} needs: only the one it names, when the command line
   * is that name after nothing but {@code --color}; else all of them, so that the top-level
   * help, its errors ("unknown command", "did you mean") and {@code completion}, which lists
   * every command, see them all. Any other command line parses as it would with all of them:
   * picocli takes the first subcommand name as the subcommand, never as an option's value.
   */
  static List<Class<?>> subcommandsFor(String[] args) {
    int at = 0;
    while (at < args.length && (args[at].equals("--color") || args[at].startsWith("--color="))) {
      at += args[at].equals("--color") ? 2 : 1;
    }
    if (at < args.length) {
      for (Class<?> subcommand : SUBCOMMANDS) {
        if (subcommand != CompletionCommand.class
            && subcommand.getAnnotation(Command.class).name().equals(args[at])) {
          return List.of(subcommand);
        }
      }
    }
    return SUBCOMMANDS;
  }

  /** The progress line of a long run: drawn only when standard error is a terminal. */
  ProgressLine progressLine(boolean quiet) {
    return new ProgressLine(!quiet && streams.errIsTerminal() ? terminal : null);
  }

  /** The streams of this run, for the commands that read standard input or write bytes. */
  StandardStreams streams() {
    return streams;
  }

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(spec.commandLine(),
        "a command is needed: build, check, init, site, watch, preview, plan, theme, templates,"
            + " refs or add");
  }

  /** The version Maven wrote into the jar. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {ToolVersion.line()};
    }
  }
}
