package org.paperdeck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Help;

/**
 * Renders the top-level {@code --help} with picocli when the jar is built (Maven runs
 * {@link #main} after compiling), so that {@link QuickAnswers} prints it without building
 * picocli's model at every {@code paperdeck --help}.
 */
public final class UsageText {
  private UsageText() {}

  /** Writes both texts into the classes folder {@code args[0]}. */
  public static void main(String[] args) throws IOException {
    Path folder = Files.createDirectories(
        Path.of(args[0]).resolve(UsageText.class.getPackageName().replace('.', '/')));
    Files.writeString(folder.resolve(QuickAnswers.USAGE), render(false), StandardCharsets.UTF_8);
    Files.writeString(folder.resolve(QuickAnswers.USAGE_COLOURED), render(true),
        StandardCharsets.UTF_8);
  }

  /** The top-level help exactly as {@code paperdeck --help} prints it through picocli. */
  static String render(boolean colour) {
    StringWriter text = new StringWriter();
    PrintWriter writer = new PrintWriter(text);
    CommandLine cli = Cli.commandLine(StandardStreams.of(writer, writer));
    cli.usage(writer, Help.defaultColorScheme(colour ? Help.Ansi.ON : Help.Ansi.OFF));
    writer.flush();
    return text.toString();
  }
}
