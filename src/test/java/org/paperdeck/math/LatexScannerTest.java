package org.paperdeck.math;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class LatexScannerTest {
  private static final Function<LatexScanner, String> ARGUMENT = LatexScanner::argument;
  private static final Function<LatexScanner, String> NAME = LatexScanner::commandName;
  private static final Function<LatexScanner, String> OPTIONAL =
      LatexScanner::optionalArgument;

  /** What one read from the start of {@code source} gives, and the source left after it. */
  record Case(String behaviour, Function<LatexScanner, String> read, String source,
      String expected, String rest) {
    @Override
    public String toString() {
      return behaviour;
    }
  }

  static Stream<Case> cases() {
    return Stream.of(
        new Case("a braced group keeps its nested groups whole", ARGUMENT, "{a{b{c}}d}e",
            "a{b{c}}d", "e"),
        new Case("without braces an argument is one character", ARGUMENT, "xy", "x", "y"),
        // After "\hat": the accent's argument is the backslash of "\theta", not the command.
        new Case("a command is not one argument", ARGUMENT, "\\theta", "\\", "theta"),
        // After "\sqrt": a root's index is read before, with optionalArgument.
        new Case("an optional argument is not read as one", ARGUMENT, "[3]{x}", "[",
            "3]{x}"),
        new Case("an unclosed group runs to the end", ARGUMENT, "{a{b}c", "a{b}c", ""),
        new Case("at the end an argument is empty", ARGUMENT, "  ", "", ""),
        new Case("escaped braces are text", ARGUMENT, "{\\{a\\}}b", "\\{a\\}", "b"),
        new Case("an escaped closing brace closes no group", ARGUMENT, "{a \\} b}c",
            "a \\} b", "c"),
        new Case("a trailing backslash ends the source", ARGUMENT, "{a\\", "a\\", ""),
        new Case("any white space is skipped", ARGUMENT, " \t\n{x}y", "x", "y"),
        new Case("a tab before a one-character argument is skipped", ARGUMENT, "\ty", "y", ""),
        new Case("an optional argument runs to its bracket", OPTIONAL, " [3]{x}", "3", "{x}"),
        new Case("a bracket inside braces does not end it", OPTIONAL, "[{a]}b]x", "{a]}b",
            "x"),
        new Case("without a bracket there is no optional argument", OPTIONAL, "{x}", null,
            "{x}"),
        new Case("an unclosed optional argument runs to the end", OPTIONAL, "[n{x}", "n{x}",
            ""),
        new Case("a command's name is a run of letters", NAME, "\\alpha2", "alpha", "2"),
        new Case("a symbol's name is one character", NAME, "\\\\x", "\\", "x"),
        new Case("an escaped brace is a command", NAME, "\\{a", "{", "a"),
        new Case("a thin space is a command", NAME, "\\, a", ",", " a"),
        new Case("a lone backslash has an empty name", NAME, "\\", "", ""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void readsArgumentsAndCommandNames(Case c) {
    LatexScanner in = new LatexScanner(c.source());
    assertEquals(c.expected(), c.read().apply(in));
    StringBuilder rest = new StringBuilder();
    while (!in.atEnd()) {
      rest.append(in.next());
    }
    assertEquals(c.rest(), rest.toString());
  }
}
