package org.paperdeck.cli;

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
    subcommands = {BuildCommand.class, CheckCommand.class, InitCommand.class, SiteCommand.class,
        WatchCommand.class, PreviewCommand.class, PlanCommand.class, ThemeCommand.class,
        TemplatesCommand.class, RefsCommand.class, AddCommand.class, CompletionCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:success",
        "1:the notes, templates or theme have errors (reported as FILE:LINE:COL)",
        "2:wrong usage",
        "3:a file could not be read or written (notes, theme, bibliography, outputs), a lookup"
            + " could not reach the web, or an internal error"})
final class PaperdeckCommand implements Runnable {
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
