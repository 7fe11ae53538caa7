package org.paperdeck.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class LatexScannerTest {
  private static final Function<String, LatexScanner> TEX = LatexScanner::tex;
  private static final Function<String, LatexScanner> PLAIN = LatexScanner::plain;
  private static final Function<LatexScanner, String> ARGUMENT = LatexScanner::argument;
  private static final Function<LatexScanner, String> NAME = LatexScanner::commandName;

  /** What one read from the start of {@code source} gives, and the source left after it. */
  record Case(String behaviour, Function<String, LatexScanner> reading,
      Function<LatexScanner, String> read, String source, String expected, String rest) {
    @Override
    public String toString() {
      return behaviour;
    }
  }

  static Stream<Case> cases() {
    return Stream.of(
        new Case("a braced group keeps its nested groups whole", TEX, ARGUMENT, "{a{b{c}}d}e",
            "a{b{c}}d", "e"),
        new Case("without braces an argument is one character", TEX, ARGUMENT, "xy", "x", "y"),
        // After "\hat": the accent's argument is the backslash of "\theta", not the command.
        new Case("a command is not one argument", TEX, ARGUMENT, "\\theta", "\\", "theta"),
        // After "\sqrt": the check sends roots with an index to a picture before reading this.
        new Case("an optional argument is not read as one", TEX, ARGUMENT, "[3]{x}", "[",
            "3]{x}"),
        new Case("an unclosed group runs to the end", TEX, ARGUMENT, "{a{b}c", "a{b}c", ""),
        new Case("at the end an argument is empty", TEX, ARGUMENT, "  ", "", ""),
        new Case("TeX's reading takes escaped braces as text", TEX, ARGUMENT, "{\\{a\\}}b",
            "\\{a\\}", "b"),
        new Case("TeX's reading ends at a trailing backslash", TEX, ARGUMENT, "{a\\", "a\\", ""),
        new Case("TeX's reading skips any white space", TEX, ARGUMENT, " \t\n{x}y", "x", "y"),
        // The converter's reading, kept as it was: "\}" closes the group.
        new Case("the plain reading counts escaped braces", PLAIN, ARGUMENT, "{a\\}b}", "a\\",
            "b}"),
        new Case("the plain reading skips only spaces", PLAIN, ARGUMENT, " \t{x}", "\t", "{x}"),
        new Case("a command's name is a run of letters", PLAIN, NAME, "\\alpha2", "alpha", "2"),
        new Case("a symbol's name is one character", PLAIN, NAME, "\\\\x", "\\", "x"),
        new Case("an escaped brace is a command", TEX, NAME, "\\{a", "{", "a"),
        new Case("a thin space is a command", TEX, NAME, "\\, a", ",", " a"),
        new Case("a lone backslash has an empty name", PLAIN, NAME, "\\", "", ""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void readsArgumentsAndCommandNames(Case c) {
    LatexScanner in = c.reading().apply(c.source());
    assertEquals(c.expected(), c.read().apply(in));
    StringBuilder rest = new StringBuilder();
    while (!in.atEnd()) {
      rest.append(in.next());
    }
    assertEquals(c.rest(), rest.toString());
  }
}
