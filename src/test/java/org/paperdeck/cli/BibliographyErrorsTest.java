package org.paperdeck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.paperdeck.cli.CliTest.paperdeck;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperdeck.cli.CliTest.Outcome;

/**
 * Every bibliography problem through the real command: the message at its file, line and
 * column, the exit code the README gives, and nothing written.
 */
class BibliographyErrorsTest {
  @TempDir
  Path dir;

  private Outcome build(String notes, String bib) throws IOException {
    Files.writeString(dir.resolve("refs.bib"), bib);
    Path file = Files.writeString(dir.resolve("talk.md"), notes);
    return paperdeck("build", file.toString(), "--color=never");
  }

  private List<String> headlines(Outcome run) {
    return run.err().lines().filter(line -> line.startsWith(dir.toString()))
        .map(line -> line.substring(dir.toString().length() + 1)).toList();
  }

  private void assertNothingWritten() {
    assertFalse(Files.exists(dir.resolve("talk.pptx")));
    assertFalse(Files.exists(dir.resolve("talk.pdf")));
  }

  @Test
  void anUnknownKeyIsAnErrorWithTheClosestKey() throws IOException {
    Outcome run = build("---\nbibliography: refs.bib\n---\n# C\n## @finn2017mml\nSummary.\n",
        "@misc{finn2017maml, title = {MAML}}\n@misc{santoro2016meta, title = {MANN}}\n");
    assertEquals(1, run.code());
    assertEquals(List.of("talk.md:5:1: error: unknown citation key 'finn2017mml'; did you mean"
        + " 'finn2017maml'?"), headlines(run));
    assertNothingWritten();
  }

  @Test
  void aMalformedEntryIsReportedAtTheBibFilesOwnLineAndColumn() throws IOException {
    Outcome run = build("---\nbibliography: refs.bib\n---\n# C\n## @ok\nSummary.\n",
        "@misc{ok, title = {Fine}}\n\n@article{broken,\n  title = {Unclosed,\n  year = 2020\n}\n"
            + "@misc{next, title = {Next}}\n");
    assertEquals(1, run.code());
    assertEquals(List.of("refs.bib:7:1: error: a malformed entry: '@' was not expected here"),
        headlines(run));
    assertEquals(List.of("  @misc{next, title = {Next}}", "  ^",
        "  hint: in the entry that starts on line 3; check its braces, quotes and the commas"
            + " between fields"),
        run.err().lines().skip(1).limit(3).toList());
    assertNothingWritten();
  }

  @Test
  void aMissingBibliographyIsAFileProblemWithExitCode3() throws IOException {
    Outcome run = build("---\nbibliography: library.bib\n---\n# C\n## A paper\nSummary.\n", "");
    assertEquals(3, run.code());
    assertEquals(List.of("talk.md:2:15: error: cannot read the bibliography " + dir.resolve(
        "library.bib") + ": no such file"), headlines(run));
    Outcome plan = paperdeck("plan", dir.resolve("talk.md").toString(), "--color=never");
    assertEquals(3, plan.code());
    assertNothingWritten();
  }

  @Test
  void anEntryWithoutATitleIsAnErrorAtThePaperThatNeedsIt() throws IOException {
    Outcome run = build("---\nbibliography: refs.bib\n---\n# C\n## @anon\nSummary.\n",
        "@misc{anon, author = {Doe, Jane}, year = 2020}\n");
    assertEquals(1, run.code());
    assertEquals(List.of("talk.md:5:1: error: the entry 'anon' (" + dir.resolve("refs.bib")
        + ":1:1) has no title"), headlines(run));
  }

  @Test
  void twoPapersWithOneArxivIdAreAWarningAndTheBuildGoesOn() throws IOException {
    Outcome run = build("---\nbibliography: refs.bib\n---\n# C\n## @maml\nSummary.\n\n"
        + "## MAML, typed out\nLink: arXiv:1703.03400v3\n\nSummary.\n",
        "@misc{maml, title = {MAML}, eprint = {1703.03400}, archivePrefix = {arXiv}}\n");
    assertEquals(0, run.code(), run.err());
    assertEquals(List.of("talk.md:8:1: warning: this paper has the same arXiv ID 1703.03400 as"
        + " 'MAML' on line 5"), headlines(run));
  }
}
