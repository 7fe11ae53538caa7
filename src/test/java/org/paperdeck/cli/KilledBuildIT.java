package org.paperdeck.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperdeck.Tools;

/**
 * A real {@code paperdeck build} killed with SIGKILL at each rename it makes, by strace's fault
 * injection: each output is afterwards last week's file or this week's, whole; no font or image
 * copy of the killed JVM is left in its temporary folder; and the next build writes both outputs
 * and leaves no scratch file.
 */
class KilledBuildIT {
  private static final int KILLED = 128 + 9;
  /** A rename as strace prints it, on x86 {@code rename}, elsewhere {@code renameat(2)}. */
  private static final Pattern RENAME = Pattern.compile(
      "^\\d+ +rename(?:at2?)?\\((?:AT_FDCWD, )?\"([^\"]+)\", (?:AT_FDCWD, )?\"([^\"]+)\"");

  @TempDir
  Path dir;

  @Test
  void aBuildKilledAtEachRenameLeavesEachOutputOldOrNewAndTheNextBuildTidiesUp()
      throws Exception {
    Tools.require("strace");
    Path talk = Files.createDirectory(dir.resolve("talk"));
    Path notes = talk.resolve("talk.md");
    Path deck = talk.resolve("talk.pptx");
    Path handout = talk.resolve("talk.pdf");
    // With a formula, so that last week's build has put the fonts in the cache already.
    Files.writeString(notes, "# Methods\n## A paper\nLast week's summary, $\\frac{x}{y}$.\n");
    assertEquals(0, paperdeck(List.of(), notes), "last week's build");
    byte[] oldDeck = Files.readAllBytes(deck);
    byte[] oldHandout = Files.readAllBytes(handout);

    // This week's notes, built once under strace to see each rename it makes, in order.
    Files.writeString(notes, "# Methods\n## A paper\nThis week's summary, with $\\frac{a}{b}$."
        + "\n## Another paper\nA second one.\n");
    Path trace = dir.resolve("renames.txt");
    assertEquals(0, paperdeck(List.of("strace", "-f", "-qq", "-o", trace.toString(),
        "-e", "trace=/^rename"), notes), "this week's build, traced");
    byte[] newDeck = Files.readAllBytes(deck);
    byte[] newHandout = Files.readAllBytes(handout);
    List<Path> renamed = renamedTargets(trace);
    assertTrue(renamed.stream().allMatch(path -> path.getParent().equals(talk)),
        "with the fonts cached, the build renames only beside its outputs: " + renamed);

    for (int k = 1; k <= renamed.size(); k++) {
      Files.write(deck, oldDeck);
      Files.write(handout, oldHandout);
      int code = paperdeck(List.of("strace", "-f", "-qq", "-o", "/dev/null",
          "-e", "trace=/^rename", "-e", "inject=/^rename:signal=SIGKILL:when=" + k), notes);
      String when = "killed at rename " + k + " (over " + renamed.get(k - 1).getFileName() + ")";
      assertEquals(KILLED, code, when);
      // An output is new once a rename over it has taken place, before the k-th; else old.
      List<Path> done = renamed.subList(0, k - 1);
      assertTrue(Files.exists(deck) && Files.exists(handout), when + ": " + list(talk));
      assertArrayEquals(done.contains(deck) ? newDeck : oldDeck, Files.readAllBytes(deck), when);
      assertArrayEquals(done.contains(handout) ? newHandout : oldHandout,
          Files.readAllBytes(handout), when);
      assertOpensAsAZip(deck, when);
      assertEquals(List.of(), list(dir.resolve("tmp")), when + ": the JVM's temporary files");

      assertEquals(0, paperdeck(List.of(), notes), "the build after " + when);
      assertArrayEquals(newDeck, Files.readAllBytes(deck), "the build after " + when);
      assertArrayEquals(newHandout, Files.readAllBytes(handout), "the build after " + when);
      assertEquals(List.of("talk.md", "talk.pdf", "talk.pptx"), list(talk),
          "the build after " + when + " leaves no scratch file");
    }
    assertEquals(List.of(deck, handout), renamed, "one rename over each output, nothing else");

    // With no cache yet, the first renames are the fonts': a kill there leaves the outputs as
    // they were, and the next build finishes the cache without the killed one's scratch file.
    Path fonts = dir.resolve("cache").resolve("paperdeck").resolve("fonts");
    try (Stream<Path> cached = Files.list(fonts)) {
      for (Path font : cached.toList()) {
        Files.delete(font);
      }
    }
    assertEquals(KILLED, paperdeck(List.of("strace", "-f", "-qq", "-o", "/dev/null",
        "-e", "trace=/^rename", "-e", "inject=/^rename:signal=SIGKILL:when=1"), notes));
    assertArrayEquals(newDeck, Files.readAllBytes(deck), "killed while caching a font");
    assertEquals(1, list(fonts).stream().filter(name -> name.startsWith(".")).count(),
        "the killed build's font on its way into the cache: " + list(fonts));
    assertEquals(0, paperdeck(List.of(), notes), "the build after a kill while caching a font");
    assertEquals(List.of(), list(fonts).stream().filter(name -> name.startsWith(".")).toList());
    assertArrayEquals(newDeck, Files.readAllBytes(deck), "the build after a kill while caching");
  }

  /**
   * Runs {@code paperdeck build -q notes} in a JVM of its own, after {@code prefix} (strace and
   * its options), with the fonts' cache and the JVM's temporary folder inside the test's folder.
   */
  private int paperdeck(List<String> prefix, Path notes) throws IOException, InterruptedException {
    Files.createDirectories(dir.resolve("tmp"));
    List<String> command = new ArrayList<>(prefix);
    command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Djava.awt.headless=true",
        "-Djava.io.tmpdir=" + dir.resolve("tmp"),
        "-cp", System.getProperty("java.class.path"), Main.class.getName(),
        "build", "-q", notes.toString()));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(dir.resolve("output.txt").toFile());
    builder.environment().put("XDG_CACHE_HOME", dir.resolve("cache").toString());
    Process process = builder.start();
    if (!process.waitFor(300, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IOException("timed out: " + command);
    }
    String output = Files.readString(dir.resolve("output.txt"), StandardCharsets.UTF_8);
    assertFalse(output.contains("Exception"), output);
    return process.exitValue();
  }

  /** The files the traced build renamed something over, in order. */
  private static List<Path> renamedTargets(Path trace) throws IOException {
    List<Path> targets = new ArrayList<>();
    for (String line : Files.readAllLines(trace)) {
      Matcher rename = RENAME.matcher(line);
      if (rename.find()) {
        targets.add(Path.of(rename.group(2)));
      }
    }
    return targets;
  }

  private static void assertOpensAsAZip(Path deck, String when) throws IOException {
    try (ZipFile zip = new ZipFile(deck.toFile())) {
      assertTrue(zip.getEntry("ppt/presentation.xml") != null, when);
    }
  }

  private static List<String> list(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
