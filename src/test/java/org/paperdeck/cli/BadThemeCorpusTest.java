package org.paperdeck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.paperdeck.pptx.HostileThemes;

/**
 * Broken theme files through the real command, {@code build --theme} and {@code theme
 * inspect}: exit 1, one line naming the file and saying what is wrong with it, no stack trace,
 * nothing written.
 */
class BadThemeCorpusTest {
  private static final String NOTES = "---\ntitle: Talk\n---\n# Cat\n## Paper\nText.\n";

  @TempDir
  Path dir;

  /** Made once: the two zip bombs take a while to deflate. */
  private static final List<HostileThemes.Case> CORPUS = HostileThemes.all().toList();

  static Stream<HostileThemes.Case> corpus() {
    return CORPUS.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void aBrokenThemeFailsTheBuildNamingTheFileAndWritesNothing(HostileThemes.Case theme)
      throws IOException {
    Path notes = dir.resolve("talk.md");
    Files.writeString(notes, NOTES);
    Path file = dir.resolve(theme.name());
    Files.write(file, theme.bytes());
    CliTest.Outcome run = CliTest.paperdeck("build", notes.toString(), "--theme", file.toString(),
        "--formats", "pptx");
    assertEquals(1, run.code(), run.err());
    List<String> lines = run.err().lines().toList();
    assertEquals(file + ":1:1: error: cannot use theme: " + theme.reason(), lines.get(0));
    assertEquals("paperdeck: 1 error; nothing was written", lines.get(lines.size() - 1));
    assertCleanText(run.err());
    assertEquals(Set.of(file, notes), list(dir), "nothing written");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void inspectingABrokenThemeNamesTheFileAndSaysWhatIsWrong(HostileThemes.Case theme)
      throws IOException {
    Path file = dir.resolve(theme.name());
    Files.write(file, theme.bytes());
    CliTest.Outcome run = CliTest.paperdeck("theme", "inspect", file.toString());
    assertEquals(1, run.code(), run.err());
    assertEquals(List.of(file + ":1:1: error: cannot use theme: " + theme.reason()),
        run.err().lines().toList());
    assertEquals("", run.out());
  }

  @Test
  void aTruncatedThemeStopsTheHandoutToo() throws IOException {
    Path notes = dir.resolve("talk.md");
    Files.writeString(notes, NOTES);
    Path file = dir.resolve("theme.pptx");
    byte[] theme = HostileThemes.defaultTheme();
    Files.write(file, java.util.Arrays.copyOf(theme, theme.length - 100));
    CliTest.Outcome run = CliTest.paperdeck("build", notes.toString(), "--theme", file.toString());
    assertEquals(List.of(file + ":1:1: error: cannot use theme: the file is cut short or"
        + " damaged: its zip archive has no directory at the end; copy or download it again",
        "paperdeck: 1 error; nothing was written"), run.err().lines().toList());
    assertEquals(1, run.code());
    assertEquals(Set.of(file, notes), list(dir), "no deck, no handout");
  }

  @ParameterizedTest
  @ValueSource(strings = {"template", "slideshow"})
  void aTemplateOrSlideShowBuildsADeckThatSaysPresentation(String kind) throws IOException {
    Path notes = dir.resolve("talk.md");
    Files.writeString(notes, NOTES);
    Path file = dir.resolve("lab." + kind);
    Files.write(file, HostileThemes.savedAs(HostileThemes.defaultTheme(), kind));
    CliTest.Outcome run = CliTest.paperdeck("build", "-q", notes.toString(), "--theme",
        file.toString(), "--formats", "pptx");
    assertEquals(0, run.code(), run.err());
    byte[] deck = Files.readAllBytes(dir.resolve("talk.pptx"));
    try (XMLSlideShow show = new XMLSlideShow(new ByteArrayInputStream(deck))) {
      assertEquals("application/vnd.openxmlformats-officedocument.presentationml.presentation"
          + ".main+xml", show.getPackagePart().getContentType());
      assertFalse(show.getSlides().isEmpty());
    }
  }

  @Test
  void inspectingAFolderIsAnErrorNamingIt() {
    CliTest.Outcome run = CliTest.paperdeck("theme", "inspect", dir.toString());
    assertEquals(1, run.code(), run.err());
    assertEquals(List.of(dir + ":1:1: error: cannot use theme: a folder, not a .pptx or .potx"
        + " file"), run.err().lines().toList());
  }

  /** No byte of a binary file reaches the terminal: only printable text, tabs and newlines. */
  private static void assertCleanText(String err) {
    assertTrue(err.chars().allMatch(c -> c == '\n' || c == '\t' || !Character.isISOControl(c)),
        err);
    assertFalse(err.contains("Exception"), err);
  }

  private static Set<Path> list(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.collect(java.util.stream.Collectors.toSet());
    }
  }
}
