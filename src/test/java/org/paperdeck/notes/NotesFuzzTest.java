package org.paperdeck.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;

/**
 * Whatever bytes a user saves, the reader answers with a talk or with errors: never an
 * exception, never a talk with errors, never errors without a talk missing. In a normal test
 * run this replays the seeds and every finding kept under NotesFuzzTestInputs; with
 * {@code JAZZER_FUZZ=1} it fuzzes (see docs/testing.md).
 */
class NotesFuzzTest {
  private static final Path FOLDER = Path.of("target", "fuzz-notes").toAbsolutePath();
  private static final String[] NAMES = {"notes.md", "notes.yaml", "notes.json"};
  private static final NotesReader READER = new NotesReader();

  @FuzzTest(maxDuration = "30m")
  void readerAnswersEveryInputWithATalkOrDiagnostics(byte[] input) {
    if (input.length == 0) {
      return;
    }
    // The first byte picks the form, so one corpus exercises all three readers.
    String name = NAMES[Math.floorMod(input[0], NAMES.length)];
    byte[] notes = java.util.Arrays.copyOfRange(input, 1, input.length);
    ReadResult result = READER.read(notes, name, FOLDER, "notes");
    assertEquals(result.talk() == null, result.hasErrors(),
        "a talk exactly when there are no errors: " + result.diagnostics());
    result.diagnostics().forEach(d -> {
      if (d.pos().line() < 1 || d.pos().column() < 1) {
        throw new AssertionError("position out of range: " + d);
      }
    });
  }
}
