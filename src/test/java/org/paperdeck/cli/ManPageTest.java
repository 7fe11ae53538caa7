package org.paperdeck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperdeck.Tools;
import org.paperdeck.UsesExternalPrograms;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

class ManPageTest {
  private static final CommandSpec ROOT =
      PaperdeckCommand.model(new PaperdeckCommand(StandardStreams.ofProcess())).getCommandSpec();

  @TempDir
  Path dir;

  @Test
  void everyCommandAndEveryOptionOfTheHelpIsOnThePage() {
    String page = ManPage.page(ROOT);
    for (String command : List.of("build", "check", "init", "site", "watch", "preview", "plan",
        "theme inspect", "templates export", "refs", "add",
        "completion")) {
      assertTrue(page.contains(".SS \"paperdeck " + command + "\""), command + " in\n" + page);
    }
    for (CommandLine command : ROOT.subcommands().values()) {
      for (OptionSpec option : command.getCommandSpec().options()) {
        if (!option.usageHelp() && !option.versionHelp()) {
          assertTrue(page.contains("\\fB" + ManPage.escape(option.longestName()) + "\\fR"),
              command.getCommandName() + " " + option.longestName());
        }
      }
    }
  }

  @Test
  void aLineOfHelpThatStartsWithADotIsPrintedNotObeyed() {
    assertEquals("\\&.pptx or \\e\\-\\-theme", ManPage.escape(".pptx or \\--theme"));
  }

  @Test
  @UsesExternalPrograms
  void groffRendersThePageWithoutAWarning() throws Exception {
    Path file = write();
    assertEquals("", Tools.run(dir, List.of("groff", "-man", "-Tutf8", "-ww", "-z",
        file.toString())));
  }

  @Test
  @UsesExternalPrograms
  void manShowsTheSynopsisTheCommandsAndTheExitCodes() throws Exception {
    Path file = write();
    String shown = Tools.run(dir, List.of("man", "-l", "-Tutf8", "-P", "cat", file.toString()))
        // Without the overstrikes that make bold and underline, and as one line of words.
        .replaceAll(".\b", "").replaceAll("\\s+", " ");
    assertTrue(shown.contains("paperdeck - turns reading-group notes into an editable"
        + " PowerPoint deck"), shown);
    assertTrue(shown.contains("paperdeck build [-hqvV] [--force] [--color=WHEN] [--dpi=N]"
        + " [--from=FORMAT]"), shown);
    assertTrue(shown.contains("--formats LIST"), shown);
    assertTrue(shown.contains("EXIT STATUS"), shown);
    assertTrue(shown.contains("wrong usage"), shown);
  }

  private Path write() throws Exception {
    Path file = dir.resolve("paperdeck.1");
    ManPage.main(new String[] {file.toString()});
    assertTrue(Files.size(file) > 0);
    return file;
  }
}
