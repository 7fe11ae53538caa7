package org.paperdeck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;

/**
 * A run builds picocli's model of the one subcommand it names, and what it prints — help, usage
 * errors, exit codes — is what the model of every command prints for the same command line.
 */
class SubcommandModelTest {
  @Test
  void aNamedSubcommandIsTheOnlyOneBuilt() {
    assertEquals(List.of(PlanCommand.class),
        PaperdeckCommand.subcommandsFor(new String[] {"plan", "talk.md"}));
    assertEquals(List.of(BuildCommand.class),
        PaperdeckCommand.subcommandsFor(new String[] {"--color=never", "build", "talk.md"}));
    assertEquals(List.of(ThemeCommand.class),
        PaperdeckCommand.subcommandsFor(new String[] {"--color", "always", "theme", "inspect"}));
  }

  @Test
  void everyCommandIsBuiltForTheTopLevelHelpErrorsAndCompletion() {
    for (String[] args : List.of(new String[] {}, new String[] {"--help", "plan"},
        new String[] {"plna", "talk.md"}, new String[] {"completion"},
        new String[] {"-V", "build"}, new String[] {"@args.txt"}, new String[] {"--color"})) {
      assertEquals(PaperdeckCommand.SUBCOMMANDS, PaperdeckCommand.subcommandsFor(args),
          List.of(args).toString());
    }
  }

  @Test
  void eachCommandSaysTheSameBuiltAloneAsAmongAll() {
    List<List<String>> lines = new ArrayList<>();
    for (Class<?> subcommand : PaperdeckCommand.SUBCOMMANDS) {
      String name = subcommand.getAnnotation(Command.class).name();
      lines.add(List.of(name, "--help"));
      lines.add(List.of(name, "--no-such-option"));
      lines.add(List.of("--color=always", name, "--help"));
    }
    lines.add(List.of("plan"));
    lines.add(List.of("plan", "a.md", "b.md"));
    lines.add(List.of("theme", "inspect", "--help"));
    lines.add(List.of("theme", "--help"));
    lines.add(List.of("theme"));
    lines.add(List.of("templates", "export", "--help"));
    lines.add(List.of("templates", "--help"));
    lines.add(List.of("build", "--formats", "nonsense", "talk.md"));
    for (List<String> line : lines) {
      String[] args = line.toArray(String[]::new);
      assertEquals(run(args, PaperdeckCommand.SUBCOMMANDS),
          run(args, PaperdeckCommand.subcommandsFor(args)), line.toString());
    }
  }

  /** The exit code and everything printed, for the command line on a model of the given subcommands. */
  private static String run(String[] args, List<Class<?>> subcommands) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    StandardStreams streams = new StandardStreams(InputStream.nullInputStream(),
        OutputStream.nullOutputStream(), new PrintWriter(out), new PrintWriter(err), false, false,
        Map.of());
    int code = Cli.commandLine(streams, subcommands).execute(args);
    return code + "\n" + out + "\n---\n" + err;
  }
}
