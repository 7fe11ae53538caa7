package org.paperdeck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.paperdeck.cli.CliTest.paperdeck;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the command prints is clean text: control characters from the input are shown as
 * escapes, and nothing the libraries print by themselves reaches the terminal unless asked for.
 */
class CleanMessagesTest {
  @TempDir
  Path dir;

  @Test
  void controlCharactersInANotesLineAreShownEscapedWithTheCaretUnderTheColumn()
      throws IOException {
    Path notes = dir.resolve("talk.md");
    Files.writeString(notes, "# C\n## P\nSummary \u0007 $\\frac{}{$ here.\n");
    CliTest.Outcome run = paperdeck("build", notes.toString());
    assertEquals(1, run.code(), run.err());
    assertEquals(notes + ":3:11: error: malformed math: a '{' opens a group that is never closed\n"
        + "  Summary \\x07 $\\frac{}{$ here.\n"
        + "               ^\n"
        + "paperdeck: 1 error; nothing was written\n", run.err());
  }

  @Test
  void anEscapeSequenceInAPaperTitleNeverReachesTheTerminalRaw() throws IOException {
    Path notes = dir.resolve("talk.md");
    Files.writeString(notes, "# C\n## P\u001b[31m red\u0007\nSummary.\n");
    CliTest.Outcome run = paperdeck("build", notes.toString());
    assertEquals("", controlCharacters(run.out() + run.err()), run.err());
    // The handout's bookmarks print the title's plain twin: the characters XML cannot hold are
    // replaced there as in the rich text, so the build goes through.
    assertEquals(0, run.code(), run.err());
  }

  @Test
  void aFolderNameWithControlCharactersIsShownEscapedInTheReport() throws IOException {
    Path notes = dir.resolve("talk.md");
    Files.writeString(notes, "# C\n## P\nSummary.\n");
    Path out = dir.resolve("out\u001b]0;title\u0007");
    CliTest.Outcome run = paperdeck("build", notes.toString(), "--formats", "pptx",
        "-o", out.toString());
    assertEquals(0, run.code(), run.err());
    assertTrue(Files.exists(out.resolve("talk.pptx")));
    assertTrue(run.out().startsWith("wrote " + dir.resolve("out\\x1b]0;title\\x07")
        .resolve("talk.pptx") + " ("), run.out());
    assertEquals("", controlCharacters(run.out() + run.err()));
  }

  @Test
  void whatThePdfLibraryPrintsForAnImportInTheCssStaysOffTheTerminal() throws IOException {
    ImportingBuild build = buildImportingCss("-q");
    assertEquals(0, build.run().code(), build.run().err());
    assertEquals("", build.run().out() + build.run().err());
    assertEquals("", build.printed(), "nothing printed by a library");
  }

  @Test
  void withVerboseWhatTheLibrariesPrintGoesToTheErrorStream() throws IOException {
    ImportingBuild build = buildImportingCss("--verbose");
    assertEquals(0, build.run().code(), build.run().err());
    assertTrue(build.run().err().contains("Token: extra.css resolved extra.css\n"),
        build.run().err());
    assertEquals("", build.printed());
  }

  @Test
  void everyControlCharacterButLineFeedTabAndAWindowsLineEndIsEscaped() {
    assertEquals("a\\x1bb\\x07c\\x7fd\\x9be\tf\r\ng\\x0dh\\x00",
        TerminalText.escape("a\u001bb\u0007c\u007fd\u009be\tf\r\ng\rh\u0000"));
  }

  /** A build's outcome, and what the JVM's own streams received while it ran. */
  private record ImportingBuild(CliTest.Outcome run, String printed) {}

  /**
   * Builds the handout with an exported template set whose handout.css imports a second
   * stylesheet, with the JVM's own streams captured.
   */
  private ImportingBuild buildImportingCss(String flag) throws IOException {
    Path mine = dir.resolve("mine");
    assertEquals(0, paperdeck("templates", "export", mine.toString()).code());
    Path css = mine.resolve("handout.css");
    Files.writeString(css, "@import url(\"extra.css\");\n" + Files.readString(css));
    Files.writeString(mine.resolve("extra.css"), "h1 { color: #123456; }\n");
    Path notes = dir.resolve("talk.md");
    Files.writeString(notes, "# C\n## P\nSummary.\n");
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    CliTest.Outcome run = withSystemStreams(printed, () -> paperdeck("build", notes.toString(),
        "--templates", mine.toString(), "--formats", "pdf", flag));
    return new ImportingBuild(run, printed.toString(StandardCharsets.UTF_8));
  }

  /** Runs {@code command} with the JVM's own streams going to {@code printed}. */
  private static CliTest.Outcome withSystemStreams(ByteArrayOutputStream printed,
      java.util.function.Supplier<CliTest.Outcome> command) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    PrintStream capture = new PrintStream(printed, true, StandardCharsets.UTF_8);
    System.setOut(capture);
    System.setErr(capture);
    try {
      return command.get();
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }

  /** The control characters in {@code text} other than line feeds, as code points. */
  private static String controlCharacters(String text) {
    StringBuilder found = new StringBuilder();
    text.chars().filter(c -> c != '\n' && (c < 0x20 || c >= 0x7f && c <= 0x9f))
        .forEach(c -> found.append(String.format("U+%04X ", c)));
    assertFalse(found.length() > 0 && text.isEmpty());
    return found.toString();
  }
}
