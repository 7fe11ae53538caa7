package org.paperdeck.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperdeck.OoxmlValidation;

class CliTest {
  @TempDir
  Path dir;

  /** One run of the real command, in-process. */
  record Outcome(int code, String out, String err) {}

  static Outcome paperdeck(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Cli.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Outcome(code, out.toString(), err.toString());
  }

  @Test
  void notesNamedOnlyByTheirExtensionAreAnErrorAndWriteNothing() throws Exception {
    Path notes = dir.resolve(".md");
    java.nio.file.Files.writeString(notes, "---\ntitle: Talk\n---\n# Cat\n## Paper\nText.\n");
    Outcome run = paperdeck("build", notes.toString(), "-q");
    assertEquals(Cli.BAD_INPUT, run.code(), run.err());
    assertTrue(run.err().startsWith(notes + ":1:1: error: the file's name '.md' has nothing"
        + " before its extension"), run.err());
    try (var files = java.nio.file.Files.list(dir)) {
      assertEquals(List.of(notes), files.toList(), "no .md.pptx, no .md.pdf");
    }
  }

  @Test
  void aFencedCodeBlockIsAKnownParagraphOfTheDeck() throws Exception {
    Path notes = dir.resolve("code.md");
    java.nio.file.Files.writeString(notes,
        "---\ntitle: Talk\n---\n# Cat\n## Paper\nText.\n\n```\nx = 1\n```\n");
    Outcome run = paperdeck("build", notes.toString(), "--formats", "pptx");
    assertEquals(0, run.code(), run.err());
    assertFalse(run.err().contains("unknown paragraph class"), run.err());
  }

  @Test
  void versionPrintsTheProjectVersion() {
    Outcome run = paperdeck("--version");
    assertEquals(0, run.code());
    assertTrue(run.out().matches("paperdeck \\d+\\.\\d+\\.\\d+\\R"), run.out());
  }

  @Test
  void helpListsCommandsAndExitCodes() {
    Outcome run = paperdeck("--help");
    assertEquals(0, run.code());
    assertTrue(run.out().contains("build"), run.out());
    assertTrue(run.out().contains("plan"), run.out());
    assertTrue(run.out().contains("Exit codes:"), run.out());
  }

  @Test
  void wrongUsageExitsTwoWithOneLineAndWhereToReadMore() {
    Outcome run = paperdeck("build", "--no-such-option", "x.md");
    assertEquals(2, run.code());
    assertEquals("paperdeck: unknown option '--no-such-option'\n"
        + "  hint: see 'paperdeck build --help'\n", run.err().replace("\r\n", "\n"));
    assertEquals("", run.out(), "no help unasked");
  }

  @Test
  void badNotesPrintCompilerStyleErrorsAndWriteNothing() throws IOException {
    Path notes = dir.resolve("talk.md");
    Files.writeString(notes, "---\npresnter: Jane\n---\n# C\n## P\nAutors: Ann\n");
    Path oldDeck = dir.resolve("talk.pptx");
    byte[] lastWeek = "last week's deck".getBytes(StandardCharsets.UTF_8);
    Files.write(oldDeck, lastWeek);

    Outcome run = paperdeck("build", notes.toString());

    assertEquals(1, run.code());
    List<String> lines = run.err().lines().toList();
    assertEquals(notes + ":2:1: error: unknown front-matter key 'presnter'; did you mean 'presenter'?", lines.get(0));
    assertEquals("  presnter: Jane", lines.get(1));
    assertEquals("  ^", lines.get(2));
    assertTrue(run.err().contains(notes + ":6:1: error: unknown metadata key 'Autors'; did you mean 'authors'?"));
    assertTrue(run.err().contains("paperdeck: 2 errors; nothing was written"));
    assertFalse(run.err().contains("Exception"), run.err());
    assertFalse(run.err().contains("\tat "), run.err());
    assertArrayEquals(lastWeek, Files.readAllBytes(oldDeck), "last week's deck is untouched");
    assertFalse(Files.exists(dir.resolve("talk.pdf")));
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of("talk.md", "talk.pptx"), files.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }

  @Test
  void aMissingNotesFileIsAFileProblemExitingThree() {
    Outcome run = paperdeck("build", dir.resolve("nope.md").toString());
    assertEquals(3, run.code());
    assertEquals("paperdeck: cannot read " + dir.resolve("nope.md") + ": no such file",
        run.err().strip());
  }

  @Test
  void buildWritesDeckAndHandoutIntoTheOutputFolder() throws IOException {
    Path notes = dir.resolve("mini.md");
    Files.writeString(notes, "---\ntitle: Mini\n---\n# C\n## A paper\nAuthors: Ann\n\nSummary.\n\n### Insights\n- One.\n");
    Path out = dir.resolve("out");

    Outcome run = paperdeck("build", notes.toString(), "-o", out.toString());

    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().contains("mini.pptx (4 slides) and "), run.out());
    assertEquals("", run.err());
    assertTrue(Files.size(out.resolve("mini.pptx")) > 0);
    OoxmlValidation.assertValid(out.resolve("mini.pptx"));
    assertTrue(Files.size(out.resolve("mini.pdf")) > 0);
    try (Stream<Path> files = Files.list(out)) {
      assertEquals(2, files.count(), "no temporary files left behind");
    }
  }

  @Test
  void quietPrintsNothingOnSuccess() throws IOException {
    Path notes = dir.resolve("mini.md");
    Files.writeString(notes, "# C\n## A paper\nSummary.\n");
    Outcome run = paperdeck("build", "-q", notes.toString());
    assertEquals(0, run.code(), run.err());
    assertEquals("", run.out());
    assertEquals("", run.err());
  }

  @Test
  void planPrintsTheDeckPlan() throws IOException {
    Path notes = dir.resolve("mini.md");
    Files.writeString(notes, "# C\n## A <paper> & more\nSummary with \\(\\alpha\\).\n");
    Outcome run = paperdeck("plan", notes.toString());
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().contains("<title>A &lt;paper&gt; &amp; more</title>"), run.out());
    assertTrue(run.out().contains("<math>\\alpha</math>"), run.out());
  }

  @Test
  void aPlanElementTheWriterDoesNotKnowIsAnErrorAtItsPlanLine() throws IOException {
    Path templates = Files.createDirectories(dir.resolve("mine"));
    Files.writeString(templates.resolve("deck.ftlx"),
        "<deck>\n<slide layout=\"Title Only\">\n  <title>${talk.title}</title>\n  <sparkle/>\n</slide>\n</deck>\n");
    Path notes = dir.resolve("mini.md");
    Files.writeString(notes, "# C\n## A paper\nSummary.\n");

    Outcome run = paperdeck("build", notes.toString(), "--templates", templates.toString());

    assertEquals(1, run.code());
    List<String> lines = run.err().lines().toList();
    assertTrue(lines.get(0).startsWith(templates.resolve("deck.ftlx") + "[plan]:4:3: error: unknown deck-plan element <sparkle>"), run.err());
    assertEquals("    <sparkle/>", lines.get(1));
    assertEquals("    ^", lines.get(2));
    assertFalse(Files.exists(dir.resolve("mini.pptx")));
  }

  @Test
  void aLayoutTheThemeLacksIsAnErrorListingTheThemesLayouts() throws IOException {
    Path templates = Files.createDirectories(dir.resolve("mine"));
    Files.writeString(templates.resolve("deck.ftlx"),
        "<deck><slide layout=\"Title, Content\"><title>x</title></slide></deck>");
    Path notes = dir.resolve("mini.md");
    Files.writeString(notes, "# C\n## A paper\nSummary.\n");

    Outcome run = paperdeck("build", notes.toString(), "--templates", templates.toString());

    assertEquals(1, run.code());
    assertTrue(run.err().contains("error: no layout 'Title, Content' in templates/default/theme.pptx; it has: "), run.err());
    for (String layout : List.of("Title Slide", "Title and Content", "Section Header", "Two Content", "Title Only", "Blank")) {
      assertTrue(run.err().contains(layout), layout);
    }
  }

  @Test
  void formatsChooseWhichFilesAreWritten() throws IOException {
    Path notes = dir.resolve("mini.md");
    Files.writeString(notes, "# C\n## A paper\nSummary.\n\n### Insights\n- One.\n");
    Path out = dir.resolve("out");

    Outcome run = paperdeck("build", notes.toString(), "-o", out.toString(), "--formats", "pdf,HTML");

    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().matches("wrote \\S*mini\\.pdf and \\S*mini\\.html in .*\\R"), run.out());
    try (Stream<Path> files = Files.list(out)) {
      assertEquals(List.of("mini.html", "mini.pdf"), files.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }

  @Test
  void anUnknownFormatOrPaperIsAUsageError() {
    Outcome format = paperdeck("build", "x.md", "--formats", "pptx,docx");
    assertEquals(2, format.code());
    assertTrue(format.err().contains("unknown format 'docx'; use pptx, pdf, html, png or slides-pdf"), format.err());
    Outcome paper = paperdeck("build", "x.md", "--paper", "a5");
    assertEquals(2, paper.code());
    assertTrue(paper.err().contains("unknown paper 'a5'; use a4 or letter"), paper.err());
  }

  @Test
  void templatesNamesABuiltInSetOrAFolder() throws IOException {
    Path notes = dir.resolve("mini.md");
    Files.writeString(notes, "# C\n## A paper\nSummary.\n");
    Outcome compact = paperdeck("build", "-q", notes.toString(), "--templates", "compact");
    assertEquals(0, compact.code(), compact.err());
    Outcome unknown = paperdeck("build", notes.toString(), "--templates", "fancy");
    assertEquals(2, unknown.code());
    assertTrue(unknown.err().contains(
        "--templates: no built-in set or folder 'fancy'; the built-in sets are default, compact, slides, lightning"),
        unknown.err());
  }

  @Test
    void themeInspectListsLayoutsAndTheLayoutEachRoleGets() {
    Outcome run = paperdeck("theme", "inspect", "templates/default/theme.pptx");
    assertEquals(0, run.code(), run.err());
    List<String> lines = run.out().lines().toList();
    assertEquals("templates/default/theme.pptx: 960 × 540 pt, 1 slide master, 0 sample slides"
        + " (left out of decks)", lines.get(0));
    assertEquals("fonts: headings Liberation Sans, body Liberation Sans", lines.get(1));
    assertTrue(lines.contains("  Title and Content                obj          title, slide number,"
        + " footer, content"), run.out());
    assertTrue(lines.contains("  Section Header                   secHead      title, body"), run.out());
    assertTrue(lines.contains("  section            Section Header  (name)"), run.out());
    assertTrue(lines.contains("  paper-with-figure  Two Content  (name)"), run.out());
  }

  @Test
  void themeInspectOfSomethingElseIsAnErrorNotATrace() throws IOException {
    Path notATheme = dir.resolve("notes.pptx");
    Files.writeString(notATheme, "# not a deck\n");
    Outcome run = paperdeck("theme", "inspect", notATheme.toString());
    assertEquals(1, run.code());
    assertEquals(notATheme + ":1:1: error: cannot use theme: not a .pptx or .potx file: it is not"
        + " a zip archive\n", run.err());
    assertFalse(run.err().contains("\tat "), run.err());
  }

  @Test
  void buildWithAMissingThemeFileIsAFileProblemExitingThree() throws IOException {
    Path notes = dir.resolve("mini.md");
    Files.writeString(notes, "# C\n## A paper\nSummary.\n");
    Outcome run = paperdeck("build", notes.toString(), "--theme", dir.resolve("lab.potx").toString());
    assertEquals(3, run.code());
    assertEquals("paperdeck: cannot read the theme " + dir.resolve("lab.potx") + ": no such file",
        run.err().strip());
    assertFalse(Files.exists(dir.resolve("mini.pptx")));
  }
}
