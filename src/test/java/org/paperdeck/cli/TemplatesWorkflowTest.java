package org.paperdeck.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.paperdeck.cli.CliTest.paperdeck;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperdeck.cli.CliTest.Outcome;

/** A template author's round: export the set, change it, see the plan, build with variables. */
class TemplatesWorkflowTest {
  @TempDir
  Path dir;

  private Path notes(String text) throws IOException {
    return Files.writeString(dir.resolve("talk.md"), text);
  }

  private static byte[] builtIn(String set, String file) throws IOException {
    try (InputStream in = TemplatesWorkflowTest.class.getResourceAsStream(
        "/org/paperdeck/templates/builtin/" + set + "/" + file)) {
      return in.readAllBytes();
    }
  }

  @Test
  void exportWritesTheDefaultSetAndAReadmeThatBuilds() throws IOException {
    Path mine = dir.resolve("mine");
    Outcome run = paperdeck("templates", "export", mine.toString());
    assertEquals(0, run.code(), run.err());
    try (Stream<Path> files = Files.list(mine)) {
      assertEquals(List.of("README.md", "deck.ftlx", "handout.css", "handout.ftlh",
          "site-feed.ftlx", "site-index.ftlh", "site-reading.ftlh", "site-session.ftlh",
          "site.css", "theme.pptx"),
          files.map(p -> p.getFileName().toString()).sorted().toList());
    }
    for (String file : List.of("deck.ftlx", "handout.ftlh", "handout.css", "theme.pptx",
        "site-session.ftlh")) {
      assertArrayEquals(builtIn("default", file), Files.readAllBytes(mine.resolve(file)), file);
    }
    assertTrue(Files.readString(mine.resolve("README.md")).contains("--templates"));
    Outcome build = paperdeck("build", "-q", notes("# C\n## A paper\nText.\n").toString(),
        "--templates", mine.toString());
    assertEquals(0, build.code(), build.err());
  }

  @Test
  void exportOfAnotherSetFillsInTheDefaultFiles() throws IOException {
    Path mine = dir.resolve("mine");
    assertEquals(0, paperdeck("templates", "export", mine.toString(), "--set", "lightning").code());
    assertArrayEquals(builtIn("lightning", "deck.ftlx"), Files.readAllBytes(mine.resolve("deck.ftlx")));
    assertArrayEquals(builtIn("default", "handout.ftlh"), Files.readAllBytes(mine.resolve("handout.ftlh")));
    Outcome unknown = paperdeck("templates", "export", dir.resolve("x").toString(), "--set", "fancy");
    assertEquals(2, unknown.code());
    assertTrue(unknown.err().contains("--set: no built-in set 'fancy'"), unknown.err());
  }

  @Test
  void exportRefusesToOverwriteUnlessForced() throws IOException {
    Path mine = Files.createDirectories(dir.resolve("mine"));
    Files.writeString(mine.resolve("deck.ftlx"), "my edits");
    Outcome refused = paperdeck("templates", "export", mine.toString());
    assertEquals(3, refused.code());
    assertTrue(refused.err().startsWith("paperdeck: " + mine + " already has deck.ftlx; nothing was"
        + " written"), refused.err());
    assertTrue(refused.err().contains("hint: use --force"), refused.err());
    assertEquals("my edits", Files.readString(mine.resolve("deck.ftlx")));
    assertFalse(Files.exists(mine.resolve("theme.pptx")), "all or nothing");

    Outcome forced = paperdeck("templates", "export", "--force", mine.toString());
    assertEquals(0, forced.code(), forced.err());
    assertArrayEquals(builtIn("default", "deck.ftlx"), Files.readAllBytes(mine.resolve("deck.ftlx")));
  }

  @Test
  void exportIntoAFileIsAnErrorNotATrace() throws IOException {
    Path file = Files.writeString(dir.resolve("file"), "x");
    Outcome run = paperdeck("templates", "export", file.toString());
    assertEquals(3, run.code());
    assertTrue(run.err().contains("is a file, not a folder"), run.err());
    assertFalse(run.err().contains("\tat "), run.err());
  }

  private static final String VARS_TEMPLATE = "<deck><slide layout=\"Title Only\"><title>"
      + "${vars.greeting!\"none\"}|${vars.size?is_string?c}|${vars.kept!\"-\"}</title></slide></deck>";

  @Test
  void commandLineVarsWinOverFrontMatterAndAreStrings() throws IOException {
    Path mine = Files.createDirectories(dir.resolve("mine"));
    Files.writeString(mine.resolve("deck.ftlx"), VARS_TEMPLATE);
    Path talk = notes("---\nvars:\n  greeting: front\n  size: 3\n  kept: yes\n---\n# C\n## P\nText.\n");

    Outcome front = paperdeck("plan", talk.toString(), "--templates", mine.toString());
    assertEquals(0, front.code(), front.err());
    assertTrue(front.out().contains("<title>front|false|yes</title>"), front.out());

    Outcome overridden = paperdeck("plan", talk.toString(), "--templates", mine.toString(),
        "--var", "greeting=cli", "--var", "size=3");
    assertEquals(0, overridden.code(), overridden.err());
    assertTrue(overridden.out().contains("<title>cli|true|yes</title>"), overridden.out());
  }

  @Test
  void buildPassesVarsToTheTemplates() throws IOException {
    Path talk = notes("# C\n## P\nText.\n\n### Questions\n- Why?\n");
    Outcome plan = paperdeck("plan", talk.toString(), "--var", "discussion=none");
    assertFalse(plan.out().contains("Discussion:"), plan.out());
    Outcome wrong = paperdeck("build", talk.toString(), "--var", "discussion=talk");
    assertEquals(1, wrong.code());
    assertTrue(wrong.err().contains("vars.discussion must be category, paper or none"), wrong.err());
    assertFalse(Files.exists(dir.resolve("talk.pptx")));
  }

  @Test
  void aVarThatIsNotKeyEqualsValueIsAUsageError() throws IOException {
    Path talk = notes("# C\n## P\nText.\n");
    Outcome bare = paperdeck("plan", talk.toString(), "--var", "logo");
    assertEquals(2, bare.code());
    Outcome badName = paperdeck("build", talk.toString(), "--var", "my-logo=x.png");
    assertEquals(2, badName.code());
    assertTrue(badName.err().contains("--var: 'my-logo' is not a variable name"), badName.err());
  }

  @Test
  void helpListsTheTemplatesCommand() {
    Outcome run = paperdeck("--help");
    assertTrue(run.out().contains("templates"), run.out());
    Outcome export = paperdeck("templates", "export", "--help");
    assertEquals(0, export.code());
    assertTrue(export.out().contains("--force"), export.out());
  }
}
