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
 * A build of a talk without formulas never starts the formula typesetter: loading and starting
 * it was a third of a second of every cold build.
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
    Path notes = Files.writeString(dir.resolve("talk.md"), withoutFormulas);
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
    List<String> typesetter = Files.readAllLines(log).stream()
        .map(entry -> entry.replaceFirst("^\\[[^]]*\\]\\[[^]]*\\]\\[[^]]*\\] ", ""))
        .filter(entry -> entry.startsWith("org.scilab.")
            || entry.startsWith("org.paperdeck.math.MathRenderer "))
        .toList();
    assertEquals(List.of(), typesetter.stream().limit(3).toList(),
        "the build started the typesetter (" + typesetter.size() + " classes)");
  }
}
