package org.paperdeck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperdeck.Tools;
import org.paperdeck.UsesExternalPrograms;

/**
 * The command as a process of its own, as a shell runs it: the exit codes the shell sees, notes
 * piped in and an output piped out, and a real terminal refused.
 */
class RealProcessTest {
  @TempDir
  Path dir;

  /** What the process wrote and how it ended. */
  private record Ended(int code, byte[] stdout, String stderr) {}

  private static List<String> java() {
    return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
        Main.class.getName());
  }

  private Ended run(byte[] stdin, String... args) throws Exception {
    List<String> command = new ArrayList<>(java());
    command.addAll(List.of(args));
    Path err = dir.resolve("stderr.txt");
    Process process = new ProcessBuilder(command).directory(dir.toFile())
        .redirectError(err.toFile()).start();
    try (var in = process.getOutputStream()) {
      in.write(stdin);
    }
    byte[] stdout = process.getInputStream().readAllBytes();
    assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the command ended");
    return new Ended(process.exitValue(), stdout, Files.readString(err));
  }

  @Test
  void theShellSeesTheDocumentedExitCodes() throws Exception {
    Files.writeString(dir.resolve("bad.md"), "# C\n## P\nAutors: Ann\n");
    assertEquals(1, run(new byte[0], "build", "bad.md").code());
    assertEquals(2, run(new byte[0], "build", "bad.md", "-q", "-v").code());
    Ended missing = run(new byte[0], "build", "nope.md");
    assertEquals(3, missing.code());
    assertEquals("paperdeck: cannot read nope.md: no such file\n", missing.stderr());
    assertEquals(3, run(new byte[0], "build", "bad.md", "--theme", "lab.potx").code());
  }

  @Test
  void notesPipedInBecomeAHandoutPipedOutWithImagesFromTheWorkingFolder() throws Exception {
    BufferedImage picture = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
    ImageIO.write(picture, "png", dir.resolve("figure.png").toFile());
    String notes = "---\ntitle: Piped\n---\n# C\n## A paper\nSummary.\n\n![A figure](figure.png)\n";
    Ended run = run(notes.getBytes(StandardCharsets.UTF_8), "build", "-", "-o", "-",
        "--formats", "html");
    assertEquals(0, run.code(), run.stderr());
    String html = new String(run.stdout(), StandardCharsets.UTF_8);
    assertTrue(html.contains("Piped"), html);
    assertTrue(html.contains("data:image/png;base64,"), "the figure is inside the page");
    try (var files = Files.list(dir)) {
      assertEquals(List.of("figure.png", "stderr.txt"),
          files.map(p -> p.getFileName().toString()).sorted().toList(), "nothing written");
    }
  }

  @Test
  @UsesExternalPrograms
  void aBinaryOutputIsNotWrittenToARealTerminal() throws Exception {
    Tools.require("script");
    Files.writeString(dir.resolve("talk.md"), "# C\n## A paper\nSummary.\n");
    // script(1) gives the command a terminal of its own, as a user's shell would.
    String command = String.join(" ", java().stream().map(RealProcessTest::quoted).toList())
        + " build talk.md -o - --formats pdf";
    Process process = new ProcessBuilder("script", "-qec", command, "/dev/null")
        .directory(dir.toFile()).redirectErrorStream(true).start();
    process.getOutputStream().close();
    String screen = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(120, TimeUnit.SECONDS));
    assertEquals(2, process.exitValue(), screen);
    assertTrue(screen.contains("paperdeck: -o - would write the pdf output to the terminal"),
        screen);
    assertTrue(!screen.contains("%PDF"), screen);
  }

  private static String quoted(String word) {
    return "'" + word.replace("'", "'\\''") + "'";
  }
}
