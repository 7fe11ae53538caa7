package org.paperdeck.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.paperdeck.cli.CliTest.paperdeck;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperdeck.cli.CliTest.Outcome;

/** {@code -o FILE}, {@code -o DIR/}, {@code -o -} and {@code -} as NOTES, as pandoc has them. */
class PipesAndFilesTest {
  private static final String NOTES =
      "---\ntitle: Reading Group — Week 3\n---\n# C\n## A paper\nSummary.\n";

  @TempDir
  Path dir;

  private Path notes() throws IOException {
    return Files.writeString(dir.resolve("mini.md"), NOTES);
  }

  private List<String> files(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  /** The text of the deck's first slide, the title slide. */
  private static String titleSlide(byte[] pptx) throws IOException {
    try (XMLSlideShow show = new XMLSlideShow(new ByteArrayInputStream(pptx))) {
      return show.getSlides().get(0).getShapes().stream()
          .filter(shape -> shape instanceof XSLFTextShape)
          .map(shape -> ((XSLFTextShape) shape).getText()).toList().toString();
    }
  }

  @Test
  void anOutputFileWithAKnownExtensionIsExactlyThatFile() throws IOException {
    Path out = Files.createDirectories(dir.resolve("out"));
    Outcome run = paperdeck("build", notes().toString(), "-o", out.resolve("deck.pptx").toString());
    assertEquals(0, run.code(), run.err());
    assertEquals(List.of("deck.pptx"), files(out), "one file, no folder named deck.pptx");
    assertTrue(run.out().startsWith("wrote " + out.resolve("deck.pptx") + " (4 slides) in "),
        run.out());
    assertTrue(titleSlide(Files.readAllBytes(out.resolve("deck.pptx")))
        .contains("Reading Group — Week 3"));

    Outcome pdf = paperdeck("build", "-q", notes().toString(), "-o", out.resolve("Handout.PDF").toString());
    assertEquals(0, pdf.code(), pdf.err());
    assertTrue(new String(Files.readAllBytes(out.resolve("Handout.PDF")), StandardCharsets.ISO_8859_1)
        .startsWith("%PDF-"));
  }

  @Test
  void aFolderWithATrailingSlashOrOneThatExistsGetsNameDotFormat() throws IOException {
    Outcome slash = paperdeck("build", "-q", notes().toString(), "-o", dir.resolve("new") + "/");
    assertEquals(0, slash.code(), slash.err());
    assertEquals(List.of("mini.pdf", "mini.pptx"), files(dir.resolve("new")));
    Path dotted = Files.createDirectories(dir.resolve("week3.pdf"));
    Outcome existing = paperdeck("build", "-q", notes().toString(), "-o", dotted.toString());
    assertEquals(0, existing.code(), existing.err());
    assertEquals(List.of("mini.pdf", "mini.pptx"), files(dotted));
  }

  @Test
  void anOutputFileOfAFormatPaperdeckDoesNotWriteIsAUsageError() throws IOException {
    Outcome run = paperdeck("build", notes().toString(), "-o", dir.resolve("deck.ppt").toString());
    assertEquals(2, run.code());
    assertEquals("paperdeck: -o " + dir.resolve("deck.ppt") + ": paperdeck writes pptx, pdf or"
        + " html files; for a folder of that name, write " + dir.resolve("deck.ppt") + "/",
        run.err().lines().findFirst().orElseThrow());
    assertEquals(List.of("mini.md"), files(dir));
  }

  @Test
  void anOutputFileAndFormatsThatDisagreeAreAUsageError() throws IOException {
    Outcome run = paperdeck("build", notes().toString(), "-o", dir.resolve("deck.pptx").toString(),
        "--formats", "pdf");
    assertEquals(2, run.code());
    assertTrue(run.err().startsWith("paperdeck: -o " + dir.resolve("deck.pptx") + " is one pptx"
        + " file, but --formats asks for pdf"), run.err());
    assertEquals(List.of("mini.md"), files(dir));
  }

  @Test
  void dashOWritesTheOneFormatToStandardOutputAndNothingElse() throws IOException {
    Piped pdf = Piped.run("", "build", notes().toString(), "-o", "-", "--formats", "pdf");
    assertEquals(0, pdf.code(), pdf.err());
    assertEquals("", pdf.err());
    assertTrue(new String(pdf.stdout(), StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
    assertTrue(new String(pdf.stdout(), StandardCharsets.ISO_8859_1).stripTrailing().endsWith("%%EOF"));
    Piped deck = Piped.run("", "build", notes().toString(), "-o", "-", "-t", "pptx");
    assertEquals(0, deck.code(), deck.err());
    assertTrue(titleSlide(deck.stdout()).contains("Reading Group — Week 3"));
    assertEquals(List.of("mini.md"), files(dir), "nothing written beside the notes");
  }

  @Test
  void dashONeedsExactlyOneFormat() throws IOException {
    Piped run = Piped.run("", "build", notes().toString(), "-o", "-");
    assertEquals(2, run.code());
    assertEquals("paperdeck: -o - writes one output to standard output, not pptx,pdf; choose it"
        + " with --formats, e.g. --formats pdf", run.err().lines().findFirst().orElseThrow());
    assertEquals(0, run.stdout().length);
  }

  @Test
  void dashORefusesToWriteToATerminal() throws IOException {
    Piped run = Piped.run(new byte[0], true, true, Map.of(), "build", notes().toString(), "-o",
        "-", "--formats", "pdf");
    assertEquals(2, run.code());
    assertEquals(List.of("paperdeck: -o - would write the pdf output to the terminal",
        "  hint: send it to a file or a program (> talk.pdf, | ...), or name a file with -o"
            + " talk.pdf"), run.err().lines().toList());
    assertEquals(0, run.stdout().length);
  }

  @Test
  void dashAsNotesReadsStandardInputAndMessagesNameIt() {
    Piped good = Piped.run(NOTES, "build", "-", "-o", "-", "--formats", "html");
    assertEquals(0, good.code(), good.err());
    assertTrue(good.out().contains("Reading Group — Week 3"), good.out());

    Piped bad = Piped.run(NOTES.replace("Summary.", "Autors: Ann"), "build", "-", "-o", "-",
        "--formats", "html");
    assertEquals(1, bad.code());
    assertTrue(bad.err().startsWith("<stdin>:6:1: error: unknown metadata key 'Autors'; did you"
        + " mean 'authors'?\n"), bad.err());
    assertEquals(0, bad.stdout().length);
  }

  @Test
  void fromSaysHowToReadWhatHasNoName() {
    String yaml = "title: From YAML\ncategories:\n  - name: C\n    papers:\n      - title: A paper\n";
    Piped run = Piped.run(yaml, "plan", "-", "--from", "yaml");
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().contains("From YAML"), run.out());
    Piped unknown = Piped.run(yaml, "plan", "-", "--from", "docx");
    assertEquals(2, unknown.code());
    assertTrue(unknown.err().startsWith("paperdeck: invalid value for option '--from': unknown"
        + " notes format 'docx'; use md, yaml or json"), unknown.err());
  }

  @Test
  void notesFromStandardInputAreNamedAfterTheirTitleOrMustHaveOne() throws IOException {
    Path out = dir.resolve("out");
    Piped titled = Piped.run(NOTES, "build", "-q", "-", "-o", out + "/");
    assertEquals(0, titled.code(), titled.err());
    assertEquals(List.of("reading-group-week-3.pdf", "reading-group-week-3.pptx"), files(out));

    Piped untitled = Piped.run("# C\n## A paper\nSummary.\n", "build", "-", "-o", out + "/");
    assertEquals(1, untitled.code());
    assertEquals(List.of("<stdin>:1:1: error: the talk has no title, and no file name to take"
        + " one from", "  hint: give it one: title: … in the front matter (at the top of YAML or"
        + " JSON notes)", "paperdeck: 1 error; nothing was written"), untitled.err().lines().toList());

    Piped named = Piped.run("# C\n## A paper\nSummary.\n", "build", "-q", "-", "-o",
        out.resolve("week-3.pptx").toString());
    assertEquals(0, named.code(), named.err());
    assertTrue(titleSlide(Files.readAllBytes(out.resolve("week-3.pptx"))).contains("week-3"));
  }

  @Test
  void twoNotesFilesThatWouldWriteTheSameOutputsAreRefused() throws IOException {
    Path md = notes();
    Files.writeString(dir.resolve("mini.yaml"), "title: Other\ncategories: []\n");
    Outcome run = paperdeck("build", md.toString());
    assertEquals(2, run.code());
    assertEquals(List.of("paperdeck: " + md + " and mini.yaml beside it would both write "
        + dir.resolve("mini.pptx") + " and " + dir.resolve("mini.pdf") + "; nothing was written",
        "  hint: rename one of them, or write this one's outputs elsewhere with -o DIR/ or"
            + " -o FILE"), run.err().lines().toList());
    assertEquals(List.of("mini.md", "mini.yaml"), files(dir));

    Outcome elsewhere = paperdeck("build", "-q", md.toString(), "-o", dir.resolve("md") + "/");
    assertEquals(0, elsewhere.code(), elsewhere.err());
    Outcome watch = paperdeck("watch", md.toString());
    assertEquals(2, watch.code(), "watch refuses it too");
  }

  @Test
  void anOutputThatWouldOverwriteTheNotesIsRefused() throws IOException {
    Path notes = Files.writeString(dir.resolve("talk.html"), NOTES);
    byte[] before = Files.readAllBytes(notes);
    Outcome run = paperdeck("build", notes.toString(), "--formats", "html");
    assertEquals(2, run.code());
    assertTrue(run.err().startsWith("paperdeck: " + notes + " is the notes file itself"), run.err());
    assertArrayEquals(before, Files.readAllBytes(notes));
  }

  @Test
  void watchNeedsAFileToWatchAndWritesFiles() throws IOException {
    Piped stdin = Piped.run(NOTES, "watch", "-");
    assertEquals(2, stdin.code());
    assertTrue(stdin.err().startsWith("paperdeck: watch needs a notes file to watch"), stdin.err());
    Piped stdout = Piped.run("", "watch", notes().toString(), "-o", "-", "--formats", "pdf");
    assertEquals(2, stdout.code());
    assertTrue(stdout.err().startsWith("paperdeck: watch writes files: -o - is for build"),
        stdout.err());
  }
}
