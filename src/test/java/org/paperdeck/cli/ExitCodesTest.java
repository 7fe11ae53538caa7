package org.paperdeck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.paperdeck.cli.CliTest.paperdeck;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperdeck.cli.CliTest.Outcome;

/**
 * The exit codes the README documents — 1 the notes or templates, 2 the command line, 3 a file
 * that cannot be read or written — each with one line that says what, and never a library's
 * words.
 */
class ExitCodesTest {
  @TempDir
  Path dir;

  private Path notes() throws IOException {
    return Files.writeString(dir.resolve("mini.md"), "# C\n## A paper\nSummary.\n");
  }

  private static List<String> lines(Outcome run) {
    return run.err().lines().toList();
  }

  @Test
  void aFolderWithoutNotesIsAFileProblem() throws IOException {
    Files.writeString(dir.resolve("refs.bib"), "@article{a, title={A}}\n");
    Outcome run = paperdeck("build", dir.toString());
    assertEquals(3, run.code());
    assertEquals(List.of("paperdeck: no notes files in " + dir,
        "  hint: notes files end in .md, .markdown, .yaml, .yml, .json"), lines(run));
  }

  @Test
  void aMissingNotesFileIsAFileProblemForEveryCommandThatReadsNotes() {
    String missing = dir.resolve("nope.md").toString();
    for (String command : List.of("build", "watch", "plan")) {
      Outcome run = paperdeck(command, missing);
      assertEquals(3, run.code(), command);
      assertEquals(List.of("paperdeck: cannot read " + missing + ": no such file"), lines(run));
    }
  }

  @Test
  void aThemeThatIsAFolderOrMissingIsAFileProblem() throws IOException {
    Outcome folder = paperdeck("build", notes().toString(), "--theme", dir.toString());
    assertEquals(3, folder.code());
    assertEquals(List.of("paperdeck: cannot read the theme " + dir + ": it is a folder, not a"
        + " .pptx or .potx file"), lines(folder));
    Outcome inspect = paperdeck("theme", "inspect", dir.resolve("lab.potx").toString());
    assertEquals(3, inspect.code());
    assertEquals(List.of("paperdeck: cannot read " + dir.resolve("lab.potx") + ": no such file"),
        lines(inspect));
  }

  @Test
  void anOutputFolderBehindAFileIsAFileProblemSaidOnce() throws IOException {
    Path inTheWay = Files.writeString(dir.resolve("plain-file"), "in the way");
    Outcome run = paperdeck("build", notes().toString(), "-o", inTheWay.resolve("out") + "/");
    assertEquals(3, run.code());
    assertEquals(List.of("paperdeck: cannot write to " + inTheWay.resolve("out")
        + ": not a directory; earlier outputs are unchanged"), lines(run));
  }

  @Test
  void aUsageErrorIsOneLineAndAHintNotTheWholeHelp() {
    Outcome missing = paperdeck("build");
    assertEquals(2, missing.code());
    assertEquals(List.of("paperdeck: missing required parameter: 'NOTES'",
        "  hint: see 'paperdeck build --help'"), lines(missing));
    assertEquals("", missing.out());

    Outcome typo = paperdeck("build", "x.md", "--format", "pdf");
    assertEquals(2, typo.code());
    assertEquals(List.of("paperdeck: unknown option '--format'",
        "  hint: did you mean --force or --formats? see 'paperdeck build --help'"), lines(typo));

    Outcome command = paperdeck("biuld", "x.md");
    assertEquals(2, command.code());
    assertEquals(List.of("paperdeck: unknown command 'biuld'; the commands are build, check, init,"
        + " site, watch, preview, plan, theme, templates, refs, add, completion",
        "  hint: did you mean build? see 'paperdeck --help'"),
        lines(command));
  }

  @Test
  void aVariableWithoutAnEqualsSignSaysHowToWriteOne() throws IOException {
    Outcome run = paperdeck("build", notes().toString(), "--var", "logo");
    assertEquals(2, run.code());
    assertEquals(List.of("paperdeck: --var logo: write KEY=VALUE, as in --var logo=lab.png",
        "  hint: see 'paperdeck build --help'"), lines(run));
    assertFalse(run.err().contains("option option"), run.err());
  }

  @Test
  void quietAndVerboseTogetherAreAUsageError() throws IOException {
    for (String command : List.of("build", "watch")) {
      Outcome run = paperdeck(command, notes().toString(), "-q", "-v");
      assertEquals(2, run.code(), command);
      assertEquals("paperdeck: -q and -v cannot be used together: -q prints errors only, -v"
          + " every stage", lines(run).get(0));
    }
    assertFalse(Files.exists(dir.resolve("mini.pptx")));
  }

  @Test
  void aCommandLineMistakeIsReportedBeforeAMissingNotesFile() {
    Outcome run = paperdeck("build", dir.resolve("nope.md").toString(), "--var", "my-logo=x");
    assertEquals(2, run.code());
    assertTrue(lines(run).get(0).startsWith("paperdeck: --var: 'my-logo' is not a variable"),
        run.err());
  }
}
