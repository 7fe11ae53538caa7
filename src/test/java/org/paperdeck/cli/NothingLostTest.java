package org.paperdeck.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.paperdeck.cli.CliTest.paperdeck;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** However a build fails, last week's deck and handout stay byte-for-byte as they were. */
class NothingLostTest {
  private static final byte[] OLD_DECK = "last week's deck".getBytes(StandardCharsets.UTF_8);
  private static final byte[] OLD_HANDOUT = "last week's handout".getBytes(StandardCharsets.UTF_8);

  @TempDir
  Path dir;
  Path notes;

  @BeforeEach
  void lastWeeksOutputs() throws IOException {
    notes = dir.resolve("talk.md");
    Files.writeString(notes, "# C\n## A paper\nSummary.\n");
    Files.write(dir.resolve("talk.pptx"), OLD_DECK);
    Files.write(dir.resolve("talk.pdf"), OLD_HANDOUT);
  }

  private void assertUntouched() throws IOException {
    assertArrayEquals(OLD_DECK, Files.readAllBytes(dir.resolve("talk.pptx")));
    assertArrayEquals(OLD_HANDOUT, Files.readAllBytes(dir.resolve("talk.pdf")));
    try (Stream<Path> files = Files.list(dir)) {
      List<String> names = files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).toList();
      assertEquals(List.of(), names, "no temporary files left behind");
    }
  }

  @Test
  void badNotes() throws IOException {
    Files.writeString(notes, "# C\n## P\nAutors: x\n");
    assertEquals(1, paperdeck("build", notes.toString()).code());
    assertUntouched();
  }

  @Test
  void aTemplateError() throws IOException {
    Path templates = Files.createDirectories(dir.resolve("mine"));
    Files.writeString(templates.resolve("handout.ftlh"), "<html>${talk.nosuch}</html>");
    CliTest.Outcome run = paperdeck("build", notes.toString(), "--templates", templates.toString());
    assertEquals(1, run.code());
    assertTrue(run.err().startsWith(templates.resolve("handout.ftlh") + ":1:9: error: template error"), run.err());
    assertUntouched();
  }

  @Test
  void anUnwritableOutputFolder() throws IOException {
    Path notAFolder = dir.resolve("plain-file");
    Files.writeString(notAFolder, "in the way");
    CliTest.Outcome run = paperdeck("build", notes.toString(), "-o", notAFolder.resolve("out").toString());
    assertEquals(3, run.code());
    assertTrue(run.err().startsWith("paperdeck: cannot write to "), run.err());
    assertTrue(run.err().contains("earlier outputs are unchanged"), run.err());
    assertFalse(run.err().contains("Exception"), run.err());
  }

  @Test
  void aFailureAfterTheDeckIsInPlacePutsTheOldDeckBack() throws IOException {
    java.util.Map<Path, byte[]> outputs = new java.util.LinkedHashMap<>();
    outputs.put(dir.resolve("talk.pptx"), "new deck".getBytes(StandardCharsets.UTF_8));
    outputs.put(dir.resolve("talk.pdf"), "new handout".getBytes(StandardCharsets.UTF_8));
    // The disk fills up, say, just as the handout is moved into place: the deck is already in.
    OutputFiles.Mover failingOnTheHandout = (from, to) -> {
      if (to.getFileName().toString().equals("talk.pdf") && from.toString().endsWith(".part")) {
        throw new IOException("No space left on device");
      }
      java.nio.file.Files.move(from, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    };
    IOException thrown = org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
        () -> OutputFiles.writeAll(outputs, failingOnTheHandout));
    assertEquals("No space left on device", thrown.getMessage());
    assertUntouched();
  }

  @Test
  void aKilledBuildLeavesEachOutputOldOrWholeNeverPartial() throws Exception {
    StringBuilder big = new StringBuilder("# C\n");
    for (int i = 1; i <= 150; i++) {
      big.append("## Paper ").append(i).append("\n").append("Summary sentence. ".repeat(40)).append("\n\n");
    }
    Files.writeString(notes, big.toString());
    String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process build = new ProcessBuilder(javaBin, "-cp", System.getProperty("java.class.path"),
        Main.class.getName(), "build", "-q", notes.toString()).redirectErrorStream(true).start();
    Thread.sleep(1500);
    build.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    byte[] deck = Files.readAllBytes(dir.resolve("talk.pptx"));
    byte[] handout = Files.readAllBytes(dir.resolve("talk.pdf"));
    assertTrue(java.util.Arrays.equals(OLD_DECK, deck) || isZip(deck), "the deck is last week's or a whole new one");
    assertTrue(java.util.Arrays.equals(OLD_HANDOUT, handout) || isWholePdf(handout),
        "the handout is last week's or a whole new one");
  }

  private static boolean isZip(byte[] bytes) throws IOException {
    try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(bytes))) {
      int entries = 0;
      while (zip.getNextEntry() != null) {
        entries++;
      }
      return entries > 0;
    }
  }

  private static boolean isWholePdf(byte[] bytes) {
    String tail = new String(bytes, Math.max(0, bytes.length - 32), Math.min(32, bytes.length), StandardCharsets.ISO_8859_1);
    return new String(bytes, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-") && tail.contains("%%EOF");
  }
}
