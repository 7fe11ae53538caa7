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
import java.util.stream.Stream;
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

  static final String NOTES = """
      ---
      title: Watched talk
      ---

      # Methods

      ## %s
      Authors: Ada Lovelace
      Link: https://example.org/paper

      A summary of the paper.
      """;

  /** A deck template of one slide, the talk's title after {@code vars.greeting}. */
  private static final String GREETING_DECK = "<deck><slide layout=\"Title Only\"><title>"
      + "${vars.greeting}: ${talk.title}%s</title></slide></deck>";

  @TempDir
  Path dir;

  @Test
  void rebuildsOnEditsAndKeepsTheLastGoodOutputsWhenTheNotesBreak() throws Exception {
    Path notes = dir.resolve("talk.md");
    Files.writeString(notes, NOTES.formatted("First title"));
    Watch watch = new Watch("watch", notes.toString());
    try {
      awaitText(watch.err::toString, "watching");
      assertTrue(watch.out.toString().contains("rebuilt talk.pptx (4 slides), talk.pdf in "),
          watch.out.toString());
      assertTrue(slideTitles(dir.resolve("talk.pptx")).contains("First title"));

      Files.writeString(notes, NOTES.formatted("Second title"));
      awaitCount(watch.out::toString, "rebuilt", 2);
      assertTrue(slideTitles(dir.resolve("talk.pptx")).contains("Second title"));

      byte[] deck = Files.readAllBytes(dir.resolve("talk.pptx"));
      byte[] handout = Files.readAllBytes(dir.resolve("talk.pdf"));
      Files.writeString(notes, NOTES.formatted("Third title").replace("Authors:", "Autors:"));
      awaitText(watch.err::toString, "the last good outputs are kept");
      assertTrue(watch.err.toString().contains(
          "talk.md:8:1: error: unknown metadata key 'Autors'; did you mean 'authors'?"),
          watch.err.toString());
      assertArrayEquals(deck, Files.readAllBytes(dir.resolve("talk.pptx")));
      assertArrayEquals(handout, Files.readAllBytes(dir.resolve("talk.pdf")));
    } finally {
      watch.stop();
    }
    assertEquals(Cli.OK, watch.code);
    assertTrue(watch.err.toString().contains("paperdeck: stopped watching"), watch.err.toString());
  }

  @Test
  void varsAndTheOtherBuildOptionsHoldForEveryRebuild() throws Exception {
    Path templates = Files.createDirectories(dir.resolve("mine"));
    Files.writeString(templates.resolve("deck.ftlx"), GREETING_DECK.formatted(""));
    Path notes = dir.resolve("talk.md");
    Files.writeString(notes, "---\ntitle: First title\nvars:\n  greeting: front\n---\n# C\n## P\nText.\n");
    Path out = dir.resolve("out");
    Watch watch = new Watch("watch", notes.toString(), "--templates", templates.toString(),
        "--var", "greeting=cli", "-o", out.toString(), "--formats", "pptx", "-v");
    try {
      awaitText(watch.err::toString, "watching");
      assertEquals(List.of("cli: First title"), slideTitles(out.resolve("talk.pptx")));
      assertTrue(watch.err.toString().contains("paperdeck: rendering the deck ("),
          watch.err.toString());

      Files.writeString(notes, Files.readString(notes).replace("First", "Second"));
      awaitCount(watch.out::toString, "rebuilt talk.pptx", 2);
      assertEquals(List.of("cli: Second title"), slideTitles(out.resolve("talk.pptx")));

      Files.writeString(templates.resolve("deck.ftlx"), GREETING_DECK.formatted("!"));
      awaitCount(watch.out::toString, "rebuilt", 3);
      assertEquals(List.of("cli: Second title!"), slideTitles(out.resolve("talk.pptx")));
    } finally {
      watch.stop();
    }
    assertEquals(Cli.OK, watch.code);
    assertEquals(List.of("mine", "out", "talk.md"), fileNames(dir));
    assertEquals(List.of("talk.pptx"), fileNames(out));
  }

  @Test
  void aVarThatIsNoVariableNameIsAUsageErrorBeforeAnyWatching() {
    CliTest.Outcome run = CliTest.paperdeck("watch", dir.resolve("talk.md").toString(),
        "--var", "my-logo=x.png");
    assertEquals(Cli.USAGE, run.code());
    assertTrue(run.err().contains("--var: 'my-logo' is not a variable name"), run.err());
    assertFalse(run.err().contains("watching"), run.err());
  }

  @Test
  void helpListsTheSameBuildOptionsAsBuildBesidesTheOneForManyTalks() {
    CliTest.Outcome build = CliTest.paperdeck("build", "--help");
    CliTest.Outcome watch = CliTest.paperdeck("watch", "--help");
    assertEquals(Cli.OK, watch.code());
    // --force is for a folder of talks and --report for a run's report, which watch does not
    // make: their rows go.
    List<String> buildRows = withoutOptions(optionRows(build.out()), "--force", "--report");
    // --serve and what goes with it make watch the preview (PreviewCommandTest).
    List<String> watchRows = withoutOptions(optionRows(watch.out()), "--serve", "--port",
        "--open");
    assertEquals(buildRows, watchRows);
    for (String option : List.of("--output", "--templates", "--theme", "--var", "--formats",
        "--paper", "--quiet", "--verbose")) {
      assertTrue(watch.out().contains(option), option);
    }
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

  /**
   * {@code paperdeck watch} run in-process on a thread of its own, printing into strings; {@link
   * #stop} interrupts it, which ends a watch as Ctrl-C does, and waits for it to return.
   */
  private static final class Watch {
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    private final Thread thread;
    int code = -1;

    Watch(String... args) {
      thread = new Thread(() -> code = Cli.run(args, new PrintWriter(out, true),
          new PrintWriter(err, true)));
      thread.start();
    }

    void stop() throws InterruptedException {
      thread.interrupt();
      thread.join(PATIENCE_MS);
      assertFalse(thread.isAlive(), "the watch did not stop");
    }
  }

  /** The options part of a command's help: the rows from the first option's on. */
  private static List<String> optionRows(String help) {
    List<String> lines = help.lines().toList();
    int first = lines.indexOf(lines.stream().filter(line -> line.strip().startsWith("--color"))
        .findFirst().orElseThrow());
    return new java.util.ArrayList<>(lines.subList(first, lines.size()));
  }

  /** {@code rows} without the rows, first line and the lines under it, of these options. */
  private static List<String> withoutOptions(List<String> rows, String... options) {
    List<String> kept = new java.util.ArrayList<>();
    boolean dropping = false;
    for (String row : rows) {
      if (row.matches("\\s*(-\\w, )?--.*")) {
        String name = row.strip().replaceFirst("^-\\w, ", "").split("[= ]")[0];
        dropping = List.of(options).contains(name);
      }
      if (!dropping) {
        kept.add(row);
      }
    }
    return kept;
  }

  private static List<String> fileNames(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(path -> path.getFileName().toString()).sorted().toList();
    }
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
