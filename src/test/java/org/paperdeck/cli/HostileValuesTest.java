package org.paperdeck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.paperdeck.cli.CliTest.paperdeck;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperdeck.cli.CliTest.Outcome;

/**
 * Values of the notes and the command line that the built-in templates print as they are
 * (titles, labels, vars) cannot break the outputs: the cases the template fuzz test found
 * (TemplateVarsFuzzTest), through the real command.
 */
class HostileValuesTest {
  @TempDir
  Path dir;

  @Test
  void controlCharactersInTitlesLabelsAndVarsBecomeReplacementCharacters() throws IOException {
    // YAML's escapes put a NUL into the title and a label; XML cannot hold one.
    Path notes = Files.writeString(dir.resolve("talk.md"), """
        ---
        title: "A\\0B"
        labels:
          agenda: "Agen\\x01da"
        ---
        # C
        ## P
        Text.
        """);
    Outcome run = paperdeck("build", notes.toString(), "--formats", "pptx,pdf,html",
        "--var", "logo=\u0007");
    assertEquals(0, run.code(), run.err());
    String html = Files.readString(dir.resolve("talk.html"), StandardCharsets.UTF_8);
    assertTrue(html.contains("<title>A\uFFFDB</title>"), html);
    Outcome plan = paperdeck("plan", notes.toString());
    assertTrue(plan.out().contains("<title>Agen\uFFFDda</title>"), plan.out());
  }

  @Test
  void aLabelPlaceholderTooLargeForAnyValuePrintsNothing() throws IOException {
    Path notes = Files.writeString(dir.resolve("talk.md"), """
        ---
        title: T
        labels:
          page: "Page {99999999999}"
          papersOne: "Papers {99999999999}"
        ---
        # C
        ## P
        Text.
        """);
    Outcome plan = paperdeck("plan", notes.toString());
    assertEquals(0, plan.code(), plan.err());
    assertTrue(plan.out().contains("<p>Papers </p>"), plan.out());
    Outcome run = paperdeck("build", notes.toString(), "--formats", "html");
    assertEquals(0, run.code(), run.err());
    assertTrue(Files.readString(dir.resolve("talk.html")).contains("content: \"Page \";"));
  }
}
