package org.paperdeck.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/** The top-level command: only subcommands, help and version. */
@Command(
    name = "paperdeck",
    description = "Turns reading-group notes into an editable PowerPoint deck and a printable PDF handout.",
    mixinStandardHelpOptions = true,
    versionProvider = PaperdeckCommand.Version.class,
    subcommands = {BuildCommand.class, WatchCommand.class, PlanCommand.class, ThemeCommand.class,
        TemplatesCommand.class, CompletionCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:success",
        "1:the notes or templates have errors (reported as FILE:LINE:COL)",
        "2:wrong usage",
        "3:a file could not be read or written, or an internal error"})
final class PaperdeckCommand implements Runnable {
  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a command is needed: build, watch, plan, theme or templates");
  }

  /** The version Maven wrote into the jar. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties properties = new Properties();
      try (InputStream in = PaperdeckCommand.class.getResourceAsStream("/org/paperdeck/version.properties")) {
        if (in != null) {
          properties.load(in);
        }
      }
      return new String[] {"paperdeck " + properties.getProperty("version", "(development)")};
    }
  }
}
