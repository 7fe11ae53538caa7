package org.paperdeck.notes;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.paperdeck.diagnostics.Diagnostic;

/** Reads notes given as a text block, the way the reader tests state their cases. */
final class NotesFixture {
  static final String MINIMAL_PAPER = "# Category\n\n## A paper\n\nSummary.\n";

  private NotesFixture() {}

  static ReadResult read(String text) {
    return read(text, Path.of("").toAbsolutePath());
  }

  static ReadResult read(String text, Path folder) {
    return new NotesReader().read(text.getBytes(StandardCharsets.UTF_8), "talk.md", folder, "talk");
  }

  /** Reads notes under a file name whose extension picks the form (.md, .yaml, .json). */
  static ReadResult readAs(String name, String text) {
    return new NotesReader().read(text.getBytes(StandardCharsets.UTF_8), name,
        Path.of("").toAbsolutePath(), "talk");
  }

  /** The headlines, one per line, as the CLI would print them. */
  static String headlines(ReadResult result) {
    return result.diagnostics().stream().map(Diagnostic::headline).collect(Collectors.joining("\n"));
  }

  static List<String> errors(ReadResult result) {
    return result.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::headline).toList();
  }
}
