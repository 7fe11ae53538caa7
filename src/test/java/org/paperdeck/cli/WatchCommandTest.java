package org.paperdeck.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code paperdeck watch} as a user meets it: edits show up in the outputs, broken notes are
 * reported and leave the last good outputs alone, and stopping the watch is a clean exit.
 */
class WatchCommandTest {
  /** How long to wait for something that should happen in about a second. */
  private static final long PATIENCE_MS = 120_000;

  private static final String NOTES = """
      ---
      title: Watched talk
      ---

      # Methods

      ## %s
      Authors: Ada Lovelace
      Link: https://example.org/paper

      A summary of the paper.
      """;

  @TempDir
  Path dir;

  @Test
  void rebuildsOnEditsAndKeepsTheLastGoodOutputsWhenTheNotesBreak() throws Exception {
    Path notes = dir.resolve("talk.md");
    Files.writeString(notes, NOTES.formatted("First title"));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int[] code = {-1};
    Thread watch = new Thread(() -> code[0] = Cli.run(new String[] {"watch", notes.toString()},
        new PrintWriter(out, true), new PrintWriter(err, true)));
    watch.start();
    try {
      awaitText(err::toString, "watching");
      assertTrue(out.toString().contains("rebuilt talk.pptx (4 slides), talk.pdf in "), out.toString());
      assertTrue(slideTitles(dir.resolve("talk.pptx")).contains("First title"));

      Files.writeString(notes, NOTES.formatted("Second title"));
      awaitCount(out::toString, "rebuilt", 2);
      assertTrue(slideTitles(dir.resolve("talk.pptx")).contains("Second title"));

      byte[] deck = Files.readAllBytes(dir.resolve("talk.pptx"));
      byte[] handout = Files.readAllBytes(dir.resolve("talk.pdf"));
      Files.writeString(notes, NOTES.formatted("Third title").replace("Authors:", "Autors:"));
      awaitText(err::toString, "the last good outputs are kept");
      assertTrue(err.toString().contains(
          "talk.md:8:1: error: unknown metadata key 'Autors'; did you mean 'authors'?"), err.toString());
      assertArrayEquals(deck, Files.readAllBytes(dir.resolve("talk.pptx")));
      assertArrayEquals(handout, Files.readAllBytes(dir.resolve("talk.pdf")));
    } finally {
      watch.interrupt();
      watch.join(PATIENCE_MS);
    }
    assertFalse(watch.isAlive());
    assertEquals(Cli.OK, code[0]);
    assertTrue(err.toString().contains("paperdeck: stopped watching"), err.toString());
  }

  @Test
  void stoppingTheProcessExitsZeroWithoutATrace() throws Exception {
    Path notes = dir.resolve("talk.md");
    Files.writeString(notes, NOTES.formatted("A title"));
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process = new ProcessBuilder(java.toString(), "-cp",
        System.getProperty("java.class.path"), Main.class.getName(), "watch", notes.toString(),
        "--formats", "pptx")
        .redirectErrorStream(true)
        .start();
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    Thread reader = new Thread(() -> copy(process.getInputStream(), output));
    reader.start();
    try {
      awaitText(() -> output.toString(StandardCharsets.UTF_8), "watching");
      // SIGTERM, handled like Ctrl-C. Through the handle: Process.destroy would also close the
      // pipe this test reads the goodbye from.
      process.toHandle().destroy();
      assertTrue(process.waitFor(PATIENCE_MS, TimeUnit.MILLISECONDS), "the watch did not stop");
    } finally {
      process.destroyForcibly();
    }
    reader.join(PATIENCE_MS);
    String text = output.toString(StandardCharsets.UTF_8);
    assertEquals(0, process.exitValue(), text);
    assertTrue(text.contains("paperdeck: stopped watching"), text);
    assertFalse(text.contains("Exception") || text.contains("\tat "), text);
  }

  private static List<String> slideTitles(Path pptx) throws IOException {
    try (XMLSlideShow show = new XMLSlideShow(Files.newInputStream(pptx))) {
      return show.getSlides().stream().map(slide -> String.valueOf(slide.getTitle())).toList();
    }
  }

  private static void awaitText(Supplier<String> text, String wanted) throws InterruptedException {
    awaitCount(text, wanted, 1);
  }

  /** Waits until {@code wanted} occurs {@code count} times; fails after a generous while. */
  private static void awaitCount(Supplier<String> text, String wanted, int count)
      throws InterruptedException {
    long end = System.currentTimeMillis() + PATIENCE_MS;
    while (text.get().split(java.util.regex.Pattern.quote(wanted), -1).length - 1 < count) {
      if (System.currentTimeMillis() > end) {
        throw new AssertionError("never saw '" + wanted + "' " + count + " times in:\n" + text.get());
      }
      Thread.sleep(50);
    }
  }

  private static void copy(InputStream in, ByteArrayOutputStream out) {
    try (in) {
      byte[] buffer = new byte[4096];
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        synchronized (out) {
          out.write(buffer, 0, n);
        }
      }
    } catch (IOException e) {
      // The process ended; what it printed so far is what the test looks at.
    }
  }
}
