package org.paperdeck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A character no font has stops the build at its line and column in the notes. */
class MissingGlyphsTest {
  // U+0378 is unassigned: no font on any machine has a glyph for it.
  private static final String NOTES = """
      ---
      title: Glyphs
      %s
      ---

      # Category

      ## A paper
      Summary text.

      ### Insights
      - Fine, then \u0378 here.
      """;

  @TempDir
  Path dir;

  private record Outcome(int code, String err) {}

  private Outcome build(String frontMatterLine) throws IOException {
    Path notes = dir.resolve("talk.md");
    Files.writeString(notes, NOTES.formatted(frontMatterLine));
    StringWriter err = new StringWriter();
    int code = Cli.run(new String[] {"build", notes.toString(), "--formats", "pdf"},
        new PrintWriter(new StringWriter()), new PrintWriter(err));
    return new Outcome(code, err.toString());
  }

  @Test
  void aCharacterNoFontHasIsAnErrorAtItsNotesPosition() throws IOException {
    Outcome run = build("lang: en");
    assertEquals(1, run.code(), run.err());
    assertTrue(run.err().contains("talk.md:12:14: error: no font has U+0378 '\u0378'; tried"
        + " Liberation Serif, DejaVu Sans, "), run.err());
    assertTrue(run.err().contains("missing-glyphs: warn"), run.err());
    assertFalse(Files.exists(dir.resolve("talk.pdf")));
  }

  @Test
  void missingGlyphsWarnBuildsWithAWarning() throws IOException {
    Outcome run = build("missing-glyphs: warn");
    assertEquals(0, run.code(), run.err());
    assertTrue(run.err().contains("talk.md:12:14: warning: no font has U+0378"), run.err());
    assertTrue(Files.exists(dir.resolve("talk.pdf")));
  }

  @Test
  void missingGlyphsTakesErrorOrWarnOnly() throws IOException {
    Outcome run = build("missing-glyphs: ignore");
    assertEquals(1, run.code(), run.err());
    assertTrue(run.err().contains("talk.md:3:17: error: 'missing-glyphs' must be error or warn"),
        run.err());
  }
}
