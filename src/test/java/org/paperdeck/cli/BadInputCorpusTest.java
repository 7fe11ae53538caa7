package org.paperdeck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.paperdeck.notes.NotesDiagnosticsTest;
import org.paperdeck.notes.StructuredNotesTest;

/**
 * The whole bad-input corpus through the real command: exit 1, the expected diagnostic, one
 * headline per problem, no stack trace, nothing written.
 */
class BadInputCorpusTest {
  @TempDir
  Path dir;

  static Stream<Arguments> corpus() {
    Stream<Arguments> markdown = NotesDiagnosticsTest.badNotes()
        .map(a -> Arguments.of("talk.md", a.get()[1], a.get()[2]));
    Stream<Arguments> structured = StructuredNotesTest.badStructuredNotes()
        .map(a -> Arguments.of(a.get()[0], a.get()[1], a.get()[2]));
    return Stream.concat(markdown, structured);
  }

  @ParameterizedTest(name = "{0}: {2}")
  @MethodSource("corpus")
  void everyBadInputExitsOneWithItsDiagnosticAndWritesNothing(String name, String notes, String expected)
      throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, notes);
    CliTest.Outcome run = CliTest.paperdeck("build", file.toString());
    assertEquals(1, run.code(), run.err());
    String expectedLine = expected.replaceFirst("^talk\\.(md|yaml|json)", file.toString().replace("\\", "\\\\"));
    assertTrue(run.err().lines().anyMatch(line -> line.startsWith(expectedLine)),
        "expected a line starting with\n  " + expectedLine + "\nin\n" + run.err());
    assertFalse(run.err().contains("Exception"), run.err());
    assertFalse(run.err().contains("\tat "), run.err());
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(1, files.count(), "nothing written");
    }
  }
}
