package org.paperdeck.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.paperdeck.notes.NotesFixture.errors;
import static org.paperdeck.notes.NotesFixture.read;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.paperdeck.diagnostics.Diagnostic;

/** Every error rule of the format doc: the input, and the exact message a user sees. */
public class NotesDiagnosticsTest {

  /** The Markdown half of the bad-input corpus: name, notes, the error it must give. */
  public static Stream<Arguments> badNotes() {
    String paper = NotesFixture.MINIMAL_PAPER;
    return Stream.of(
        Arguments.of("unknown front-matter key suggests the closest",
            "---\npresnter: Jane\n---\n" + paper,
            "talk.md:2:1: error: unknown front-matter key 'presnter'; did you mean 'presenter'?"),
        Arguments.of("front matter never closed",
            "---\ntitle: T\n" + paper,
            "talk.md:1:1: error: front matter is never closed"),
        Arguments.of("front matter that is not YAML",
            "---\ntitle: [unclosed\n---\n" + paper,
            "talk.md:3:1: error: front matter is not valid YAML: "),
        Arguments.of("repeated front-matter key",
            "---\ntitle: A\ntitle: B\n---\n" + paper,
            "talk.md:3:1: error: key 'title' is given twice"),
        Arguments.of("duration as text",
            "---\nduration: an hour\n---\n" + paper,
            "talk.md:2:11: error: 'duration' must be a positive whole number of minutes"),
        Arguments.of("negative duration",
            "---\nduration: -5\n---\n" + paper,
            "talk.md:2:11: error: 'duration' must be a positive whole number of minutes"),
        Arguments.of("date as a map",
            "---\ndate:\n  day: 6\n---\n" + paper,
            "talk.md:3:3: error: 'date' must be text, not a map"),
        Arguments.of("empty title",
            "---\ntitle:\n---\n" + paper,
            "talk.md:2:7: error: 'title' is empty"),
        Arguments.of("vars not a map",
            "---\nvars: 3\n---\n" + paper,
            "talk.md:2:7: error: 'vars' must be a map of names to values"),
        Arguments.of("unknown metadata key suggests the closest",
            "# C\n## P\nAutors: Ann\nLink: https://x.org\n",
            "talk.md:3:1: error: unknown metadata key 'Autors'; did you mean 'authors'?"),
        Arguments.of("a lone misspelt key is still caught",
            "# C\n## P\nAffilation: MIT\n",
            "talk.md:3:1: error: unknown metadata key 'Affilation'; did you mean 'affiliation'?"),
        Arguments.of("repeated metadata key",
            "# C\n## P\nAuthors: Ann\nauthors: Bob\n",
            "talk.md:4:1: error: metadata key 'authors' is given twice"),
        Arguments.of("minutes not a number",
            "# C\n## P\nMinutes: five\n",
            "talk.md:3:10: error: 'minutes' must be a positive whole number"),
        Arguments.of("paper before any category",
            "## P\nText.\n# C\n## Q\n",
            "talk.md:1:1: error: paper 'P' comes before any category"),
        Arguments.of("empty category",
            "# Empty\n# C\n## P\n",
            "talk.md:1:1: error: category 'Empty' has no papers"),
        Arguments.of("duplicate category",
            "# C\n## P\n# c\n## Q\n",
            "talk.md:3:1: error: duplicate category 'c'"),
        Arguments.of("duplicate paper title",
            "# C\n## Same Title\n# D\n## same title\n",
            "talk.md:4:1: error: duplicate paper 'same title'"),
        Arguments.of("no papers at all",
            "Just some text.\n",
            "talk.md:1:1: error: no papers in this file"),
        Arguments.of("empty file",
            "",
            "talk.md:1:1: error: the file is empty"),
        Arguments.of("further reading not a list",
            paper + "# Further reading\nSome prose.\n",
            "talk.md:7:1: error: further reading must be a list"),
        Arguments.of("further reading twice",
            paper + "# Further reading\n- A\n# Reading list\n- B\n",
            "talk.md:8:1: error: a second further-reading section"),
        Arguments.of("insights not a list",
            "# C\n## P\n### Insights\nJust prose.\n",
            "talk.md:4:1: error: the Insights section must be a list"),
        Arguments.of("unclosed inline math",
            "# C\n## P\nWe need \\(x + 1 here.\n",
            "talk.md:3:9: error: math opened with '\\(' is never closed"),
        Arguments.of("unclosed display math",
            "# C\n## P\n\\[ x\n\nnext\n",
            "talk.md:3:1: error: math opened with '\\[' is never closed"),
        Arguments.of("unclosed dollar math",
            "# C\n## P\nWe need $x + 1 here.\n",
            "talk.md:3:9: error: math opened with '$' is never closed"),
        Arguments.of("unclosed dollar math opening with a command",
            "# C\n## P\nThe rate is $\\alpha, said once.\n",
            "talk.md:3:13: error: math opened with '$' is never closed"),
        Arguments.of("unclosed display dollar math",
            "# C\n## P\nSummary.\n\n$$ x + 1\n\nnext\n",
            "talk.md:5:1: error: math opened with '$$' is never closed"),
        Arguments.of("an unknown command in inline math, on the second line of a paragraph",
            "# C\n## P\nSummary with\ntwo \\(x + \\fracc{a}{b}\\) lines.\n",
            "talk.md:4:5: error: malformed math: Unknown symbol or command or predefined"
                + " TeXFormula: 'fracc'"),
        Arguments.of("a group never closed in display math",
            "# C\n## P\nSummary.\n\n$$\\sum_{i=1^n x_i$$\n",
            "talk.md:5:1: error: malformed math: a '{' opens a group that is never closed"),
        Arguments.of("a stray closing brace in dollar math after other text",
            "# C\n## P\nIt is odd: $a}$ here.\n",
            "talk.md:3:12: error: malformed math: a '}' closes a group that was never opened"),
        Arguments.of("math closed but never opened",
            "# C\n## P\nOops x\\) here.\n",
            "talk.md:3:7: error: '\\)' closes math that was never opened"),
        Arguments.of("javascript link",
            "# C\n## P\nSee [this](javascript:alert(1)).\n",
            "talk.md:3:5: error: link scheme 'javascript:' is not allowed"),
        Arguments.of("relative link",
            "# C\n## P\nSee [this](other.html).\n",
            "talk.md:3:5: error: link 'other.html' is not a full URL"),
        Arguments.of("metadata link with a bad scheme",
            "# C\n## P\nLink: ftp://example.org/paper\n",
            "talk.md:3:7: error: link scheme 'ftp:' is not allowed"),
        Arguments.of("section outside a paper",
            "# C\n### Insights\n- x\n## P\n",
            "talk.md:2:1: error: section 'Insights' is not inside a paper"),
        Arguments.of("missing image",
            "# C\n## P\nImage: missing.png\n",
            "talk.md:3:8: error: image 'missing.png' not found"),
        Arguments.of("image outside the notes folder",
            "# C\n## P\nImage: ../secret.png\n",
            "talk.md:3:8: error: image '../secret.png' is outside the notes file's folder"),
        Arguments.of("paper heading without a title",
            "# C\n## \n",
            "talk.md:2:1: error: a paper heading needs a title"),
        Arguments.of("empty metadata value",
            "# C\n## P\nAuthors:\nLink: https://x.org\n",
            "talk.md:3:1: error: metadata 'authors' is empty"),
        Arguments.of("a 5 MB line",
            "# C\n## P\n" + "x".repeat(5_000_000) + "\n",
            "talk.md:3:20001: error: line 3 is longer than 20000 characters"),
        Arguments.of("deeply nested lists",
            "# C\n## P\n" + nestedList(200),
            "talk.md:13:21: error: nested more than 10 levels deep"),
        Arguments.of("a paper after the further-reading list",
            paper + "# Further reading\n- A\n## Stray\n",
            "talk.md:8:1: error: paper 'Stray' comes inside the further-reading section"),
        Arguments.of("freemarker syntax in a title is fine but an empty category is not",
            "# ${oops}\n",
            "talk.md:1:1: error: category '${oops}' has no papers"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badNotes")
  void badNotesGiveAPreciseError(String name, String notes, String expectedStart) {
    ReadResult result = read(notes);
    assertNull(result.talk(), "errors mean no talk");
    List<String> errors = errors(result);
    assertTrue(errors.stream().anyMatch(e -> e.startsWith(expectedStart)),
        "expected an error starting with\n  " + expectedStart + "\nbut got\n  " + String.join("\n  ", errors));
  }

  @Test
  void aDollarBeforeAnAmountOrAPunctuationMarkIsADollarSign() {
    ReadResult result = read("# C\n## P\nIt costs $5 and $10, or 5$. A $ 3 fee; US$. See ${talk.title}.\n");
    assertEquals("", NotesFixture.headlines(result));
  }

  @Test
  void minutesBeyondTheDurationAreAWarningAtTheDuration() {
    ReadResult result = read("---\nduration: 10\n---\n# C\n## A\nMinutes: 8\n\nText.\n"
        + "## B\nMinutes: 4\n\nText.\n## C\nText.\n");
    assertTrue(result.talk() != null, "a warning does not stop the build");
    assertEquals("talk.md:2:11: warning: the papers' Minutes add up to 12, more than the talk's"
        + " duration of 10 minutes; the 1 paper without Minutes get no time",
        NotesFixture.headlines(result));
  }

  @Test
  void minutesThatLeaveTooLittleForTheOtherPapersAreAWarning() {
    ReadResult result = read("---\nduration: 10\n---\n# C\n## A\nMinutes: 9\n\nText.\n"
        + "## B\nText.\n## C\nText.\n");
    assertEquals("talk.md:2:11: warning: the papers' Minutes leave 1 of the talk's 10 minutes for"
        + " the 2 papers without Minutes; 1 of them get no time", NotesFixture.headlines(result));
    assertEquals("", NotesFixture.headlines(read("---\nduration: 10\n---\n# C\n## A\nMinutes: 8\n\n"
        + "Text.\n## B\nText.\n## C\nText.\n")), "a minute each is enough");
  }

  @Test
  void everyProblemIsReportedInOneRun() {
    ReadResult result = read("---\npresnter: Jane\n---\n# C\n## P\nAutors: A\n\nSee [x](javascript:y).\n# Empty\n");
    assertEquals(4, errors(result).size(), NotesFixture.headlines(result));
    assertEquals(List.of(2, 6, 8, 9), result.diagnostics().stream().map(d -> d.pos().line()).toList());
  }

  @Test
  void invalidUtf8IsReportedWithItsPosition() {
    byte[] bytes = "# C\n## P\nbad \u00e9 here\n".getBytes(StandardCharsets.UTF_8);
    byte[] broken = new byte[bytes.length];
    System.arraycopy(bytes, 0, broken, 0, bytes.length);
    // Truncate the two-byte é to its first byte followed by a space: malformed UTF-8.
    int at = indexOf(bytes, (byte) 0xC3);
    broken[at + 1] = ' ';
    ReadResult result = new NotesReader().read(broken, "talk.md", Path.of("."), "talk");
    assertEquals("talk.md:3:5: error: invalid UTF-8 (byte 0xC3)", errors(result).get(0));
  }

  @Test
  void aBinaryFileIsNotText() {
    ReadResult result = new NotesReader().read(new byte[] {'#', ' ', 0, 1, 2}, "talk.md", Path.of("."), "t");
    assertEquals(List.of("talk.md:1:3: error: this is not a text file (it contains a NUL byte)"), errors(result));
  }

  @Test
  void aFileThatIsNotAnImageIsRefused(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("fake.png"), "not really a picture");
    ReadResult result = read("# C\n## P\nImage: fake.png\n", dir);
    assertEquals(List.of("talk.md:3:8: error: 'fake.png' is not a PNG or JPEG image"), errors(result));
  }

  @Test
  void aRealImageBesideTheNotesIsAccepted(@TempDir Path dir) throws IOException {
    Path png = dir.resolve("figs").resolve("plot.png");
    Files.createDirectories(png.getParent());
    java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(4, 3, java.awt.image.BufferedImage.TYPE_INT_RGB);
    javax.imageio.ImageIO.write(image, "png", png.toFile());
    ReadResult result = read("# C\n## P\nImage: figs/plot.png\n\n![A plot](figs/plot.png)\n", dir);
    assertEquals(List.of(), errors(result));
    assertEquals(png, result.talk().papers().get(0).image());
    assertEquals(new org.paperdeck.model.Block.Figure(List.of(new org.paperdeck.model.Inline.Text("A plot")), png),
        result.talk().papers().get(0).summary().blocks().get(0));
  }

  @Test
  void anImageThroughALinkThatLeadsOutOfTheNotesFolderIsRefused(@TempDir Path dir) throws IOException {
    Path notes = Files.createDirectories(dir.resolve("talk"));
    Path outside = dir.resolve("secret.png");
    javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(4, 3,
        java.awt.image.BufferedImage.TYPE_INT_RGB), "png", outside.toFile());
    Files.createSymbolicLink(notes.resolve("plot.png"), outside);
    Files.createSymbolicLink(notes.resolve("figs"), dir);
    ReadResult result = read("# C\n## P\nImage: plot.png\n\nText.\n\n  ![A plot](figs/secret.png)\n", notes);
    assertEquals(List.of(
        "talk.md:3:8: error: image 'plot.png' is outside the notes file's folder",
        "talk.md:7:3: error: image 'figs/secret.png' is outside the notes file's folder"),
        errors(result));
  }

  @Test
  void anImageThroughALinkThatStaysInTheNotesFolderIsAccepted(@TempDir Path dir) throws IOException {
    Path png = Files.createDirectories(dir.resolve("figs")).resolve("plot.png");
    javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(4, 3,
        java.awt.image.BufferedImage.TYPE_INT_RGB), "png", png.toFile());
    Files.createSymbolicLink(dir.resolve("latest.png"), png);
    ReadResult result = read("# C\n## P\nImage: latest.png\n", dir);
    assertEquals(List.of(), errors(result));
    assertEquals(dir.resolve("latest.png"), result.talk().papers().get(0).image());
  }

  @Test
  void hintsComeWithErrorsWhereTheyHelp() {
    Diagnostic d = read("## P\n").diagnostics().get(0);
    assertEquals("add a level-1 heading (# Category name) above it", d.hint());
  }

  static String nestedList(int depth) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      sb.append("  ".repeat(i)).append("- level ").append(i + 1).append('\n');
    }
    return sb.toString();
  }

  @Test
  void moreThanTwoThousandPapersIsALimit() {
    StringBuilder notes = new StringBuilder("# C\n");
    for (int i = 1; i <= 2001; i++) {
      notes.append("## Paper ").append(i).append('\n');
    }
    assertEquals(List.of("talk.md:2002:1: error: more than 2000 papers"), errors(read(notes.toString())));
  }

  @Test
  void anImageOfTooManyPixelsIsALimit(@TempDir Path dir) throws IOException {
    java.awt.image.BufferedImage huge = new java.awt.image.BufferedImage(8000, 7000,
        java.awt.image.BufferedImage.TYPE_BYTE_BINARY);
    javax.imageio.ImageIO.write(huge, "png", dir.resolve("huge.png").toFile());
    ReadResult result = read("# C\n## P\nImage: huge.png\n", dir);
    assertEquals(List.of("talk.md:3:8: error: image 'huge.png' has 56 million pixels; at most 50 million"),
        errors(result));
  }

  private static int indexOf(byte[] bytes, byte b) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == b) {
        return i;
      }
    }
    return -1;
  }
}
