package org.paperdeck.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperdeck.disk.Disk;
import org.paperdeck.disk.ScratchFiles;

/**
 * The commit step, one disk step at a time: whichever step fails, the outputs are last week's;
 * wherever the process is killed, each output is last week's or this week's, whole; and the next
 * write leaves no scratch file behind.
 */
class OutputFilesTest {
  private static final byte[] OLD_DECK = bytes("last week's deck");
  private static final byte[] OLD_HANDOUT = bytes("last week's handout");
  private static final byte[] NEW_DECK = bytes("this week's deck, a little longer");
  private static final byte[] NEW_HANDOUT = bytes("this week's handout, a little longer");
  private static final byte[] NEXT_DECK = bytes("next week's deck");
  private static final byte[] NEXT_HANDOUT = bytes("next week's handout");

  @TempDir
  Path dir;

  /** A build that was killed or failed: its process has ended, as a killed one's has. */
  private static long endedProcess;

  /** Stands for SIGKILL: nothing after it runs, not even a roll back or a finally block's. */
  static final class Killed extends Error {
    Killed() {
      super("killed", null, false, false);
    }
  }

  /**
   * The machine's disk, numbering each step and noting it ("rename .talk.pptx.….part
   * talk.pptx"); it can fail a step, stop at one as a kill would, or look at the files before
   * each.
   */
  static final class Steps implements Disk {
    final List<String> log = new ArrayList<>();
    Predicate<String> failWhen = step -> false;
    int failAt;
    int killAt;
    Runnable beforeEach = () -> { };
    int count;
    /** The step that was failed, as {@link #log} would have noted it. */
    String failed;

    private void step(String name, Path... paths) throws IOException {
      count++;
      beforeEach.run();
      String step = name + Arrays.stream(paths).map(p -> " " + p.getFileName())
          .reduce("", String::concat);
      if (count == killAt) {
        throw new Killed();
      }
      if (count == failAt || failWhen.test(step)) {
        failed = step;
        throw new IOException("injected failure at step " + count + ": " + step);
      }
      log.add(step);
    }

    @Override
    public void write(Path file, byte[] bytes) throws IOException {
      step("write", file);
      SYSTEM.write(file, bytes);
    }

    @Override
    public void sync(Path file) throws IOException {
      step("sync", file);
      SYSTEM.sync(file);
    }

    @Override
    public void syncFolder(Path folder) throws IOException {
      step("syncFolder", folder);
      SYSTEM.syncFolder(folder);
    }

    @Override
    public void link(Path existing, Path link) throws IOException {
      step("link", existing, link);
      SYSTEM.link(existing, link);
    }

    @Override
    public void copy(Path from, Path to) throws IOException {
      step("copy", from, to);
      SYSTEM.copy(from, to);
    }

    @Override
    public void rename(Path from, Path to) throws IOException {
      step("rename", from, to);
      SYSTEM.rename(from, to);
    }

    @Override
    public void delete(Path file) throws IOException {
      step("delete", file);
      SYSTEM.delete(file);
    }
  }

  @Test
  void theCommitWritesAndFlushesBothFilesThenRenamesEachOverItsOldOneKeptByALink()
      throws IOException {
    Path folder = lastWeek("steps");
    Steps steps = new Steps();
    steps.beforeEach = () -> assertEachOldOrNew(folder);
    OutputFiles.writeAll(thisWeek(folder, NEW_DECK, NEW_HANDOUT), steps, 4711);
    assertArrayEquals(NEW_DECK, Files.readAllBytes(folder.resolve("talk.pptx")));
    assertArrayEquals(NEW_HANDOUT, Files.readAllBytes(folder.resolve("talk.pdf")));
    assertEquals(List.of(), hiddenFiles(folder));
    assertEquals(List.of(
        "write .talk.pptx.4711.*.part", "sync .talk.pptx.4711.*.part",
        "write .talk.pdf.4711.*.part", "sync .talk.pdf.4711.*.part",
        "link talk.pptx .talk.pptx.4711.*.old", "rename .talk.pptx.4711.*.part talk.pptx",
        "link talk.pdf .talk.pdf.4711.*.old", "rename .talk.pdf.4711.*.part talk.pdf",
        "syncFolder steps",
        "delete .talk.pptx.4711.*.old", "delete .talk.pdf.4711.*.old"),
        steps.log.stream().map(s -> s.replaceAll("\\.[0-9a-f]{8}\\.", ".*.")).toList());
  }

  @Test
  void aFailureAtAnyStepLeavesLastWeeksOutputsAndTheNextWriteLeavesNoScratchFile()
      throws IOException {
    int total = stepsOfAWholeCommit();
    for (int k = 1; k <= total; k++) {
      Path folder = lastWeek("fail-" + k);
      Steps steps = new Steps();
      steps.failAt = k;
      boolean written;
      try {
        OutputFiles.writeAll(thisWeek(folder, NEW_DECK, NEW_HANDOUT), steps, endedProcess());
        written = true;
      } catch (IOException e) {
        written = false;
      }
      if (written) {
        // A failed link is made up for by a copy; the old versions' hidden names are removed
        // only once the new files are in.
        assertTrue(steps.failed.startsWith("link ")
            || steps.failed.startsWith("delete ") && steps.failed.endsWith(".old"),
            steps.failed + " failed, yet the write went on");
        assertBoth(folder, NEW_DECK, NEW_HANDOUT, steps.failed + " failed");
      } else {
        assertBoth(folder, OLD_DECK, OLD_HANDOUT, steps.failed + " failed");
        assertEquals(List.of(), hiddenFiles(folder), steps.failed + " failed");
      }
      OutputFiles.writeAll(thisWeek(folder, NEXT_DECK, NEXT_HANDOUT));
      assertBoth(folder, NEXT_DECK, NEXT_HANDOUT, "the write after step " + k + " failed");
      assertEquals(List.of(), hiddenFiles(folder), "the write after step " + k + " failed");
    }
  }

  @Test
  void aKillAtAnyStepLeavesEachOutputWholeAndTheNextWriteLeavesNoScratchFile()
      throws IOException {
    int total = stepsOfAWholeCommit();
    for (int k = 1; k <= total; k++) {
      Path folder = lastWeek("kill-" + k);
      Steps steps = new Steps();
      steps.killAt = k;
      Map<Path, byte[]> outputs = thisWeek(folder, NEW_DECK, NEW_HANDOUT);
      assertThrows(Killed.class, () -> OutputFiles.writeAll(outputs, steps, endedProcess()));
      assertEachOldOrNew(folder);
      OutputFiles.writeAll(thisWeek(folder, NEXT_DECK, NEXT_HANDOUT));
      assertBoth(folder, NEXT_DECK, NEXT_HANDOUT, "the write after a kill at step " + k);
      assertEquals(List.of(), hiddenFiles(folder), "the write after a kill at step " + k);
    }
  }

  @Test
  void aFileSystemWithoutHardLinksKeepsTheOldVersionAsACopy() throws IOException {
    Path folder = lastWeek("no-links");
    Steps steps = new Steps();
    steps.failWhen = step -> step.startsWith("link ");
    steps.beforeEach = () -> assertEachOldOrNew(folder);
    OutputFiles.writeAll(thisWeek(folder, NEW_DECK, NEW_HANDOUT), steps, 4711);
    assertBoth(folder, NEW_DECK, NEW_HANDOUT, "written with copies for backups");
    assertTrue(steps.log.stream().anyMatch(s -> s.startsWith("copy talk.pdf .talk.pdf.4711.")),
        steps.log.toString());
    assertEquals(List.of(), hiddenFiles(folder));
  }

  @Test
  void anOutputTheSystemWillNotReplaceLeavesBothOldOutputsAndNothingElse() throws IOException {
    // What an immutable talk.pdf (chattr +i) does: no link to it, no rename over it.
    Path folder = lastWeek("immutable");
    Steps steps = new Steps();
    steps.failWhen = step -> step.startsWith("link talk.pdf ")
        || step.startsWith("rename ") && step.endsWith(" talk.pdf") && step.contains(".part ");
    IOException thrown = assertThrows(IOException.class,
        () -> OutputFiles.writeAll(thisWeek(folder, NEW_DECK, NEW_HANDOUT), steps, 4711));
    assertTrue(thrown.getMessage().contains("rename .talk.pdf."), thrown.getMessage());
    assertBoth(folder, OLD_DECK, OLD_HANDOUT, "the handout could not be replaced");
    assertEquals(List.of(), hiddenFiles(folder));
  }

  @Test
  void scratchFilesOfABuildStillRunningStayAndThoseOfAnEndedOneGo() throws IOException {
    Path folder = lastWeek("neighbours");
    long running = ProcessHandle.current().parent().orElseThrow().pid();
    Path theirs = folder.resolve(".talk.pptx." + running + ".0123abcd.part");
    Path abandoned = folder.resolve(".talk.pptx." + endedProcess() + ".0123abcd.old");
    Path notOurs = folder.resolve(".talk.pptx.swp");
    for (Path file : List.of(theirs, abandoned, notOurs)) {
      Files.writeString(file, "x");
    }
    OutputFiles.writeAll(thisWeek(folder, NEW_DECK, NEW_HANDOUT));
    assertEquals(List.of(".talk.pptx." + running + ".0123abcd.part", ".talk.pptx.swp"),
        hiddenFiles(folder));
  }

  /** How many disk steps a whole commit of two outputs over two old ones takes. */
  private int stepsOfAWholeCommit() throws IOException {
    Path folder = lastWeek("count");
    Steps steps = new Steps();
    OutputFiles.writeAll(thisWeek(folder, NEW_DECK, NEW_HANDOUT), steps, 4711);
    return steps.count;
  }

  private Path lastWeek(String name) throws IOException {
    Path folder = Files.createDirectory(dir.resolve(name));
    Files.write(folder.resolve("talk.pptx"), OLD_DECK);
    Files.write(folder.resolve("talk.pdf"), OLD_HANDOUT);
    return folder;
  }

  private static Map<Path, byte[]> thisWeek(Path folder, byte[] deck, byte[] handout) {
    Map<Path, byte[]> outputs = new LinkedHashMap<>();
    outputs.put(folder.resolve("talk.pptx"), deck);
    outputs.put(folder.resolve("talk.pdf"), handout);
    return outputs;
  }

  private static void assertEachOldOrNew(Path folder) {
    try {
      byte[] deck = Files.readAllBytes(folder.resolve("talk.pptx"));
      byte[] handout = Files.readAllBytes(folder.resolve("talk.pdf"));
      assertTrue(Arrays.equals(deck, OLD_DECK) || Arrays.equals(deck, NEW_DECK),
          "the deck is " + new String(deck, StandardCharsets.UTF_8));
      assertTrue(Arrays.equals(handout, OLD_HANDOUT) || Arrays.equals(handout, NEW_HANDOUT),
          "the handout is " + new String(handout, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new AssertionError("an output is missing: " + e, e);
    }
  }

  private static void assertBoth(Path folder, byte[] deck, byte[] handout, String when)
      throws IOException {
    assertEquals(new String(deck, StandardCharsets.UTF_8),
        Files.readString(folder.resolve("talk.pptx")), when);
    assertEquals(new String(handout, StandardCharsets.UTF_8),
        Files.readString(folder.resolve("talk.pdf")), when);
  }

  private static List<String> hiddenFiles(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).sorted()
          .toList();
    }
  }

  /** The id of a process that has ended: a java -version run to its end. */
  private static synchronized long endedProcess() throws IOException {
    if (endedProcess == 0) {
      Path java = Path.of(System.getProperty("java.home"), "bin", "java");
      Process process = new ProcessBuilder(java.toString(), "-version")
          .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      try {
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
          throw new IOException("java -version did not end");
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException(e);
      }
      endedProcess = process.pid();
    }
    return endedProcess;
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
