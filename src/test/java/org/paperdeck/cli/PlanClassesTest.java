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
 * {@code paperdeck plan} reads the notes and renders the deck template, nothing more: its JVM
 * loads neither the formula typesetter (the notes' formulas are all plain ones), nor POI, nor
 * java.awt and ImageIO, nor the handout's libraries, nor the subcommands it does not run.
 */
class PlanClassesTest {
  private static final List<String> NOT_LOADED = List.of("org.scilab.", "org.apache.poi.",
      "org.apache.xmlbeans.", "java.awt.", "javax.imageio.", "com.google.zxing.",
      "org.xhtmlrenderer.", "com.lowagie.", "org.openpdf.", "com.sun.org.apache.xerces.",
      // what only other commands reach: picocli's model of them loaded some of these
      "org.paperdeck.pptx.", "org.paperdeck.render.", "org.paperdeck.handout.",
      "org.paperdeck.preview.", "org.paperdeck.layout.");

  @TempDir
  Path dir;

  @Test
  void planOfTheExampleLoadsNoTypesetterPoiOrPictureLibrary() throws Exception {
    Path log = dir.resolve("classes.txt");
    Process process = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xlog:class+load:file=" + log, "-cp", System.getProperty("java.class.path"),
        Main.class.getName(), "plan", Path.of("talks", "iclr-2022.md").toString())
        .redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(120, TimeUnit.SECONDS));
    assertEquals(0, process.exitValue(), output);
    assertTrue(output.contains("<deck"), "the plan is printed");
    List<String> classes = Files.readAllLines(log).stream()
        .map(entry -> entry.replaceFirst("^\\[[^]]*\\]\\[[^]]*\\]\\[[^]]*\\] ", ""))
        .toList();
    assertTrue(classes.stream().anyMatch(c -> c.startsWith(Main.class.getName() + " ")),
        "the log is of this run");
    assertEquals(List.of(), classes.stream()
        .filter(entry -> NOT_LOADED.stream().anyMatch(entry::startsWith)).toList(),
        "plan loaded what only a build needs");
  }
}
