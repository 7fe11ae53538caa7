package org.paperdeck.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.paperdeck.cli.CliTest.paperdeck;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperdeck.disk.ScratchFiles;

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
    assertEquals(List.of(), hiddenFiles(), "no temporary files left behind");
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
  void aFolderWithTheDecksNameFailsTheBuildAndLeavesNothingBehind() throws IOException {
    Files.delete(dir.resolve("talk.pptx"));
    Files.createDirectory(dir.resolve("talk.pptx"));
    CliTest.Outcome run = paperdeck("build", notes.toString());
    assertEquals(3, run.code());
    assertEquals("paperdeck: cannot write to " + dir + ": a folder has the name talk.pptx the"
        + " output needs; earlier outputs are unchanged\n", run.err());
    assertTrue(Files.isDirectory(dir.resolve("talk.pptx")));
    assertArrayEquals(OLD_HANDOUT, Files.readAllBytes(dir.resolve("talk.pdf")));
    assertEquals(List.of(), hiddenFiles(), "no scratch files left behind");
  }

  @Test
  void aBuildIntoAFolderThatCannotBeMadeLeavesNoFolderBehind() throws IOException {
    Path out = dir.resolve("new").resolve("out");
    OutputFilesTest.Steps refuseTheHandout = new OutputFilesTest.Steps();
    refuseTheHandout.failWhen = step -> step.startsWith("write .talk.pdf.");
    Map<Path, byte[]> outputs = new LinkedHashMap<>();
    outputs.put(out.resolve("talk.pptx"), OLD_DECK);
    outputs.put(out.resolve("talk.pdf"), OLD_HANDOUT);
    assertThrows(IOException.class,
        () -> OutputFiles.writeAll(outputs, refuseTheHandout, ScratchFiles.ownPid()));
    assertFalse(Files.exists(dir.resolve("new")), "the folders the write made are gone again");
  }

  private List<String> hiddenFiles() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).sorted()
          .toList();
    }
  }
}
