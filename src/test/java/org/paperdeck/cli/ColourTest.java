package org.paperdeck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** error: and warning: in colour on a terminal, as compilers print them, unless asked not to. */
class ColourTest {
  private static final String RED_ERROR = "\u001b[1;31merror:\u001b[0m";
  private static final String ESCAPE = "\u001b[";

  @TempDir
  Path dir;

  private String badNotes() throws IOException {
    return Files.writeString(dir.resolve("talk.md"), "# C\n## P\nAutors: Ann\n").toString();
  }

  private Piped build(boolean terminal, Map<String, String> environment, String... options)
      throws IOException {
    String[] args = new String[options.length + 2];
    args[0] = "build";
    args[1] = badNotes();
    System.arraycopy(options, 0, args, 2, options.length);
    return Piped.run(new byte[0], false, terminal, environment, args);
  }

  @Test
  void aTerminalGetsTheErrorLabelInRed() throws IOException {
    Piped run = build(true, Map.of());
    assertEquals(1, run.code());
    assertTrue(run.err().startsWith(dir.resolve("talk.md") + ":3:1: " + RED_ERROR
        + " unknown metadata key 'Autors'"), run.err());
  }

  @Test
  void aPipeOrAFileGetsNoColourUnlessAskedFor() throws IOException {
    assertFalse(build(false, Map.of()).err().contains(ESCAPE));
    assertTrue(build(false, Map.of(), "--color=always").err().contains(RED_ERROR));
    assertTrue(Piped.run(new byte[0], false, false, Map.of(), "--color", "always", "build",
        badNotes()).err().contains(RED_ERROR), "given before the command, too");
  }

  @Test
  void noColorAndColorNeverTurnItOff() throws IOException {
    assertFalse(build(true, Map.of("NO_COLOR", "1")).err().contains(ESCAPE));
    assertFalse(build(true, Map.of("TERM", "dumb")).err().contains(ESCAPE));
    assertFalse(build(true, Map.of(), "--color=never").err().contains(ESCAPE));
    assertTrue(build(true, Map.of("NO_COLOR", "")).err().contains(RED_ERROR),
        "an empty NO_COLOR asks for nothing");
    assertTrue(build(true, Map.of("NO_COLOR", "1"), "--color=always").err().contains(RED_ERROR),
        "the command line wins over the environment");
  }

  @Test
  void theFirstLabelIsColouredNotOneTheMessageQuotes() {
    assertEquals("t.md:1:2: \u001b[1;35mwarning:\u001b[0m template error: x",
        TerminalText.escape(Paint.ON.headline("t.md:1:2: warning: template error: x")));
    assertEquals("t.md:1:2: warning: x", Paint.NONE.headline("t.md:1:2: warning: x"));
  }

  @Test
  void theHelpIsColouredOnATerminalOnly() {
    assertTrue(Piped.run(new byte[0], true, true, Map.of(), "build", "--help").out()
        .contains(ESCAPE));
    assertFalse(Piped.run(new byte[0], true, true, Map.of("NO_COLOR", "1"), "build", "--help")
        .out().contains(ESCAPE));
    assertFalse(Piped.run(new byte[0], false, false, Map.of(), "build", "--help").out()
        .contains(ESCAPE));
  }

  @Test
  void anUnknownColourIsAUsageError() {
    Piped run = Piped.run(new byte[0], false, false, Map.of(), "--color=sometimes", "--help");
    assertEquals(2, run.code());
    assertTrue(run.err().startsWith("paperdeck: invalid value for option '--color'"), run.err());
  }
}
