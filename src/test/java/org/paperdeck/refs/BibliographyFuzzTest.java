package org.paperdeck.refs;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.paperdeck.diagnostics.Diagnostic;
import org.paperdeck.diagnostics.Diagnostics;

/**
 * Whatever a bibliography file holds, BibTeX or CSL-JSON, the readers answer with references
 * and diagnostics: never an exception, every position inside the file, every reference with a
 * key, and every reference writes out as BibTeX and CSL-JSON. In a normal test run this
 * replays the seeds and every finding kept under BibliographyFuzzTestInputs; with {@code
 * JAZZER_FUZZ=1} it fuzzes (see docs/testing.md).
 */
class BibliographyFuzzTest {
  @FuzzTest(maxDuration = "30m")
  void readersAnswerEveryBibliography(byte[] input) {
    if (input.length == 0) {
      return;
    }
    // The first byte picks the reader, so one corpus exercises both.
    boolean json = (input[0] & 1) == 1;
    String text = new String(input, 1, input.length - 1, StandardCharsets.UTF_8);
    Diagnostics diagnostics = new Diagnostics();
    Bibliography read = Bibliography.parse(text, "refs", json, diagnostics);
    long lines = text.lines().count() + 1;
    for (Diagnostic d : diagnostics.sorted()) {
      assertTrue(d.pos().line() <= lines, "position past the end: " + d);
    }
    for (Reference reference : read.references()) {
      assertNotNull(reference.key());
      assertTrue(reference.pos().line() <= lines, "entry past the end: " + reference.pos());
    }
    BibTexWriter.write(read.references());
    CslJsonWriter.write(read.references());
  }
}
