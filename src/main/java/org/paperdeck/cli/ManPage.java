package org.paperdeck.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Writes paperdeck's manual page, {@code paperdeck.1} (troff, man macros), from the picocli
 * model of the commands, so that it says what {@code --help} says: every command with its
 * synopsis, description, parameters and options, and the exit codes. The build runs it into the
 * release (pom.xml); it is not a command. Written directly rather than through picocli-codegen,
 * whose generator writes AsciiDoc and would need Asciidoctor (JRuby) in the build to become a
 * man page.
 */
public final class ManPage {
  /**
   * What the launcher and the build read from the environment; the model has no place for it.
   */
  private static final Map<String, String> ENVIRONMENT = Map.of(
      "PAPERDECK_JAVA", "The java program to run paperdeck with; else $JAVA_HOME/bin/java, else"
          + " the java on the PATH. Java 17 or later.",
      "SOURCE_DATE_EPOCH", "Seconds since 1970: the date stamped into the outputs when the notes"
          + " give none, for reproducible builds.");

  private ManPage() {}

  /** Writes the page to the file {@code args[0]}. */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: ManPage FILE");
    }
    Path file = Path.of(args[0]);
    if (file.toAbsolutePath().getParent() != null) {
      Files.createDirectories(file.toAbsolutePath().getParent());
    }
    CommandSpec root =
        PaperdeckCommand.model(new PaperdeckCommand(StandardStreams.ofProcess())).getCommandSpec();
    Files.writeString(file, page(root), StandardCharsets.UTF_8);
  }

  /** The page of the command {@code root} and all its subcommands. */
  static String page(CommandSpec root) {
    StringBuilder page = new StringBuilder();
    page.append(".\\\" Generated from paperdeck's command-line model by the build; edit the"
        + " commands' help, not this file.\n");
    page.append(".TH ").append(root.name().toUpperCase(java.util.Locale.ROOT))
        .append(" 1 \"\" \"").append(escape(version(root))).append("\" \"User Commands\"\n");
    page.append(".SH NAME\n").append(root.name()).append(" \\- ")
        .append(escape(lowerFirst(text(root.usageMessage().description())))).append('\n');
    List<CommandSpec> commands = leaves(root);
    // Left-adjusted, unhyphenated: justified, a long synopsis would gape between its options.
    page.append(".SH SYNOPSIS\n.ad l\n.nh\n");
    for (CommandSpec command : commands) {
      // A hanging paragraph: a long synopsis wraps, indented under the command's name.
      page.append(".HP\n\\fB").append(escape(command.qualifiedName())).append("\\fR ")
          .append(escape(synopsis(command).substring(command.qualifiedName().length()).strip()))
          .append('\n');
    }
    page.append(".HP\n\\fB").append(root.name()).append("\\fR ")
        .append(escape("--help | --version")).append("\n.ad\n.hy\n");
    page.append(".SH DESCRIPTION\n").append(escape(text(root.usageMessage().description())))
        .append('\n');
    page.append(".PP\nEach command also takes \\fB\\-h\\fR, \\fB\\-\\-help\\fR (its help) and")
        .append(" \\fB\\-V\\fR, \\fB\\-\\-version\\fR.\n");
    page.append(".SH COMMANDS\n");
    for (CommandSpec command : commands) {
      command(page, command);
    }
    page.append(".SH EXIT STATUS\n");
    for (Map.Entry<String, String> code : root.usageMessage().exitCodeList().entrySet()) {
      page.append(".TP\n.B ").append(escape(code.getKey().strip())).append('\n')
          .append(escape(code.getValue())).append('\n');
    }
    page.append(".SH ENVIRONMENT\n");
    for (String name : List.of("PAPERDECK_JAVA", "SOURCE_DATE_EPOCH")) {
      page.append(".TP\n.B ").append(name).append('\n').append(escape(ENVIRONMENT.get(name)))
          .append('\n');
    }
    return page.toString();
  }

  /** One command: its synopsis as a heading, what it does, its parameters and options. */
  private static void command(StringBuilder page, CommandSpec command) {
    page.append(".SS \"").append(escape(command.qualifiedName())).append("\"\n")
        .append(escape(text(command.usageMessage().description()))).append('\n');
    for (PositionalParamSpec parameter : command.positionalParameters()) {
      if (parameter.hidden()) {
        continue;
      }
      page.append(".TP\n\\fI").append(escape(parameter.paramLabel())).append("\\fR\n")
          .append(escape(text(parameter.description()))).append('\n');
    }
    for (OptionSpec option : command.options()) {
      if (option.hidden() || option.usageHelp() || option.versionHelp()) {
        continue;
      }
      List<String> names = new ArrayList<>();
      for (String name : option.names()) {
        names.add("\\fB" + escape(name) + "\\fR");
      }
      String label = option.typeInfo().isBoolean() ? ""
          : " \\fI" + escape(option.paramLabel()) + "\\fR";
      page.append(".TP\n").append(String.join(", ", names)).append(label).append('\n')
          .append(escape(text(option.description()))).append('\n');
    }
  }

  /** The commands that do something, in the order of the help: those without subcommands. */
  private static List<CommandSpec> leaves(CommandSpec command) {
    List<CommandSpec> leaves = new ArrayList<>();
    for (CommandLine sub : command.subcommands().values()) {
      if (sub.getCommandSpec().usageMessage().hidden() || leaves.contains(sub.getCommandSpec())) {
        continue;
      }
      if (sub.getSubcommands().isEmpty()) {
        leaves.add(sub.getCommandSpec());
      } else {
        leaves.addAll(leaves(sub.getCommandSpec()));
      }
    }
    return leaves;
  }

  /** picocli's synopsis, as {@code --help} prints it, on one line for groff to fill. */
  private static String synopsis(CommandSpec command) {
    Help help = new Help(command, Help.defaultColorScheme(Help.Ansi.OFF));
    return help.synopsis(0).strip().replaceAll("\\s+", " ");
  }

  private static String version(CommandSpec root) {
    try {
      return String.join(" ", root.versionProvider().getVersion());
    } catch (Exception e) {
      return root.name();
    }
  }

  private static String text(String[] lines) {
    return String.join(" ", lines).strip();
  }

  private static String lowerFirst(String text) {
    String sentence = text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    return sentence.isEmpty() ? sentence
        : Character.toLowerCase(sentence.charAt(0)) + sentence.substring(1);
  }

  /**
   * Text as troff reads it literally: backslashes escaped, hyphens as \- so that options stay
   * typeable when copied from the page, and no line starting with a control character.
   */
  static String escape(String text) {
    String escaped = text.replace("\\", "\\e").replace("-", "\\-");
    StringBuilder out = new StringBuilder();
    for (String line : escaped.split("\n", -1)) {
      if (out.length() > 0) {
        out.append('\n');
      }
      out.append(line.startsWith(".") || line.startsWith("'") ? "\\&" + line : line);
    }
    // groff reads its input as Latin-1 bytes: a character beyond ASCII ("…", "—") is written as
    // its Unicode escape, which groff and man print as the character.
    StringBuilder ascii = new StringBuilder(out.length());
    out.toString().codePoints().forEach(c -> {
      if (c < 128) {
        ascii.appendCodePoint(c);
      } else {
        ascii.append(String.format(java.util.Locale.ROOT, "\\[u%04X]", c));
      }
    });
    return ascii.toString();
  }
}
