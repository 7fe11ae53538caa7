package org.paperdeck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build of a talk without formulas, or whose formulas are all plain and drawn as text, never
 * starts the formula typesetter: loading and starting it was a third of a second of every cold
 * build.
 */
class BuildClassesTest {
  @TempDir
  Path dir;

  @Test
  void buildOfATalkWithoutFormulasLoadsNoTypesetter() throws Exception {
    // The example with its few inline formulas, \(\alpha = 1\) and the like, written as text.
    String example = Files.readString(Path.of("talks", "iclr-2022.md"));
    String withoutFormulas = example.replaceAll("\\\\\\((.*?)\\\\\\)", "$1");
    assertTrue(example.contains("\\(") && !withoutFormulas.contains("\\("), "formulas removed");
    assertEquals(List.of(), typesetterClasses(withoutFormulas), "the build started the typesetter");
  }

  @Test
  void buildOfATalkWhoseFormulasAreAllPlainLoadsNoTypesetter() throws Exception {
    // \(\alpha = 1\), \(h_\gamma\), \(\min Q(\theta)\): each checked without the typesetter,
    // and shown as text in the deck and the handout.
    String example = Files.readString(Path.of("talks", "iclr-2022.md"));
    assertTrue(example.contains("\\(h_\\gamma\\)"), "the example has its formulas");
    assertEquals(List.of(), typesetterClasses(example), "the build started the typesetter");
  }

  /** The first classes of the typesetter a cold build of {@code notes} loads, if any. */
  private List<String> typesetterClasses(String notesText) throws Exception {
    Path notes = Files.writeString(dir.resolve("talk.md"), notesText);
    Path log = dir.resolve("classes.txt");
    Process process = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xlog:class+load:file=" + log, "-cp", System.getProperty("java.class.path"),
        Main.class.getName(), "build", "-q", notes.toString(),
        "-o", dir.resolve("out").toString())
        .redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(120, TimeUnit.SECONDS));
    assertEquals(0, process.exitValue(), output);
    assertTrue(Files.size(dir.resolve("out").resolve("talk.pptx")) > 0, "the deck is made");
    assertTrue(Files.size(dir.resolve("out").resolve("talk.pdf")) > 0, "the handout too");
    return Files.readAllLines(log).stream()
        .map(entry -> entry.replaceFirst("^\\[[^]]*\\]\\[[^]]*\\]\\[[^]]*\\] ", ""))
        .filter(entry -> entry.startsWith("org.scilab.")
            || entry.startsWith("org.paperdeck.math.MathRenderer "))
        .limit(3)
        .toList();
  }
}
