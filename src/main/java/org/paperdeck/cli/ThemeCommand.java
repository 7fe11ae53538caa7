package org.paperdeck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.paperdeck.plan.SlideRole;
import org.paperdeck.pptx.ThemeLimits;
import org.paperdeck.pptx.ThemeReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code paperdeck theme inspect FILE}: what a theme offers and which layout each role gets. */
@Command(name = "theme", mixinStandardHelpOptions = true,
    description = "Look at a PowerPoint theme (.pptx or .potx) before building with it.",
    subcommands = ThemeCommand.Inspect.class)
final class ThemeCommand implements Runnable {
  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(spec.commandLine(),
        "a theme command is needed: inspect");
  }

  @Command(name = "inspect", mixinStandardHelpOptions = true,
      description = "List the theme's layouts (type, placeholders) and the layout each slide"
          + " role of the deck plan would use.")
  static final class Inspect implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The theme: a .pptx or .potx file.")
    Path file;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      byte[] bytes;
      try {
        if (Files.isDirectory(file)) {
          err.println(file + ":1:1: error: cannot use theme: a folder, not a .pptx or .potx file");
          return ExitCode.BAD_INPUT;
        }
        if (Files.size(file) > ThemeLimits.MAX_FILE_BYTES) {
          err.println(file + ":1:1: error: cannot use theme: the file is larger than "
              + ThemeLimits.mib(ThemeLimits.MAX_FILE_BYTES) + ": is it the right file?");
          return ExitCode.BAD_INPUT;
        }
        bytes = Files.readAllBytes(file);
      } catch (NoSuchFileException e) {
        throw CommandFailure.unreadable(file, "no such file");
      } catch (IOException e) {
        throw CommandFailure.unreadable(file, IoReasons.of(e));
      }
      ThemeReport report;
      try {
        report = ThemeReport.inspect(bytes);
      } catch (IOException e) {
        err.println(file + ":1:1: error: cannot use theme: " + e.getMessage());
        return ExitCode.BAD_INPUT;
      }
      print(report, out);
      return ExitCode.OK;
    }

    private void print(ThemeReport report, PrintWriter out) {
      out.printf("%s: %.0f × %.0f pt, %d slide master%s, %d sample slide%s (left out of decks)%n",
          file, report.width(), report.height(), report.masters(), report.masters() == 1 ? "" : "s",
          report.sampleSlides(), report.sampleSlides() == 1 ? "" : "s");
      out.println("fonts: headings " + report.fonts().get(0) + ", body " + report.fonts().get(1));
      out.println();
      out.println("layouts (name, type, placeholders):");
      for (ThemeReport.Layout layout : report.layouts()) {
        out.printf("  %-32s %-12s %s%s%n", layout.name(), layout.type(),
            String.join(", ", layout.placeholders()),
            layout.copies() > 1 ? "  [in " + layout.copies() + " masters; see roles for the one used]" : "");
      }
      out.println();
      out.println("roles (role, layout, found by):");
      for (Map.Entry<SlideRole, ThemeReport.Role> entry : report.roles().entrySet()) {
        SlideRole role = entry.getKey();
        ThemeReport.Role choice = entry.getValue();
        out.printf("  %-18s %s%n", role.planName(), choice.layout() == null
            ? "(none: name one with <layouts " + role.planName() + "=\"…\"/> in the deck plan)"
            : choice.layout() + "  (" + choice.how() + ")");
      }
    }
  }
}
