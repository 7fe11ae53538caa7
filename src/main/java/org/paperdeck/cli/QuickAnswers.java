package org.paperdeck.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalInt;

/**
 * Answers what needs no build — {@code --help}, {@code --version}, {@code templates list} —
 * without the command-line parser. Building picocli's model of every command costs a cold JVM
 * more than the JVM's own start (docs/performance.md, "Answers without a build"), and loads no
 * class these answers need. The help is picocli's own text, rendered when the jar is built
 * ({@link UsageText}); where that text is missing (classes compiled by an IDE), picocli answers
 * as it does for everything else. Only these exact command lines are answered here: anything
 * more, such as {@code --color=never --help}, goes to picocli.
 */
final class QuickAnswers {
  /** The top-level help as picocli renders it without colour, beside this class. */
  static final String USAGE = "usage.txt";
  /** The same with picocli's colours, for a terminal. */
  static final String USAGE_COLOURED = "usage-ansi.txt";

  private QuickAnswers() {}

  /** The exit code of the answer, or empty when picocli must answer. */
  static OptionalInt answer(String[] args, StandardStreams streams) {
    List<String> line = List.of(args);
    if (line.equals(List.of("--version")) || line.equals(List.of("-V"))) {
      streams.out().println(ToolVersion.line());
      return answered(streams);
    }
    if (line.equals(List.of("--help")) || line.equals(List.of("-h"))) {
      boolean colour = Paint.wanted(Paint.When.AUTO, streams.outIsTerminal(), streams.environment());
      String usage = resource(colour ? USAGE_COLOURED : USAGE);
      if (usage == null) {
        return OptionalInt.empty();
      }
      streams.out().print(usage);
      return answered(streams);
    }
    if (line.equals(List.of("templates", "list"))) {
      BuiltInSets.print(streams.out());
      return answered(streams);
    }
    return OptionalInt.empty();
  }

  private static OptionalInt answered(StandardStreams streams) {
    streams.out().flush();
    return OptionalInt.of(ExitCode.OK);
  }

  private static String resource(String name) {
    try (InputStream in = QuickAnswers.class.getResourceAsStream(name)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name + " from paperdeck's jar", e);
    }
  }
}
