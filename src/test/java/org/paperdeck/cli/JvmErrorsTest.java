package org.paperdeck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.paperdeck.cli.CliTest.paperdeck;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperdeck.cli.CliTest.Outcome;

/**
 * Java running out of stack or memory in any stage is a message that says what happened and what
 * to do, with exit 1 (input nested too deeply) or 3 (not memory enough), never "internal error:
 * java.lang.…".
 */
class JvmErrorsTest {
  @TempDir
  Path dir;

  private Outcome buildWith(String file, String template, String formats) throws IOException {
    Path mine = Files.createDirectories(dir.resolve("mine"));
    Files.writeString(mine.resolve(file), template);
    Path notes = Files.writeString(dir.resolve("talk.md"), "# C\n## A paper\nSummary.\n");
    return paperdeck("build", notes.toString(), "--templates", mine.toString(),
        "--formats", formats);
  }

  private static void assertNoJavaNames(Outcome run) {
    assertFalse(run.err().contains("internal error") || run.err().contains("java.lang"),
        run.err());
  }

  @Test
  void aDeckPlanNestedTooDeeplyForTheDeckWriterIsAnErrorOfThePlan() throws IOException {
    Outcome run = buildWith("deck.ftlx", "<deck><slide role=\"title\"><title>x</title><body>"
        + "<#list 1..50000 as i><ul><li>a</#list><#list 1..50000 as i></li></ul></#list>"
        + "</body></slide></deck>\n", "pptx");
    assertEquals(1, run.code(), run.err());
    assertEquals(dir.resolve("mine/deck.ftlx") + "[plan]:1:1: error: the deck plan nests too"
        + " deeply to be made into slides (Java's stack ran out)",
        run.err().lines().findFirst().orElseThrow());
    assertNoJavaNames(run);
  }

  @Test
  void aHandoutNestedTooDeeplyToLayOutIsAnErrorOfTheHandout() throws IOException {
    Outcome run = buildWith("handout.ftlh", "<html xmlns=\"http://www.w3.org/1999/xhtml\">"
        + "<head><title>x</title></head><body><#list 1..50000 as i><div></#list>x"
        + "<#list 1..50000 as i></div></#list></body></html>\n", "pdf");
    assertEquals(1, run.code(), run.err());
    assertEquals(dir.resolve("mine/handout.ftlh") + "[xhtml]:1:1: error: the handout nests too"
        + " deeply to be laid out (Java's stack ran out)",
        run.err().lines().findFirst().orElseThrow());
    assertNoJavaNames(run);
  }

  @Test
  void runningOutOfMemoryWrappedInAnotherErrorIsSaidAsRunningOutOfMemory() {
    // What linking a lambda throws when memory runs out while it defines the lambda's class.
    Error linking = new InternalError(new OutOfMemoryError("Java heap space"));
    StringWriter said = new StringWriter();
    assertTrue(JvmErrors.known(linking));
    assertEquals(3, JvmErrors.report(linking, new PrintWriter(said)));
    assertTrue(said.toString().startsWith("paperdeck: error: out of memory: "), said.toString());
    assertFalse(JvmErrors.known(new InternalError("a bug of ours")));
  }

  @Test
  void errorsThatCauseEachOtherAreNotTakenForRunningOutOfMemory() {
    Error first = new InternalError("first");
    Error second = new InternalError("second", first);
    first.initCause(second);
    assertFalse(JvmErrors.known(first));
  }

  @Test
  void runningOutOfMemoryIsSaidWithWhatToDoAndExit3() throws Exception {
    // The command in a JVM of its own with far too little heap for the worked example.
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process build = new ProcessBuilder(java, "-Xmx24m", "-XX:+UseSerialGC", "-cp",
        System.getProperty("java.class.path"), Main.class.getName(), "build", "-q",
        Path.of("talks/iclr-2022.md").toAbsolutePath().toString(), "-o", dir.toString())
        .redirectErrorStream(true).start();
    String said = new String(build.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(build.waitFor(5, TimeUnit.MINUTES));
    assertEquals(3, build.exitValue(), said);
    assertTrue(said.startsWith("paperdeck: error: out of memory: the build needed more than the "),
        said);
    assertTrue(said.contains("  hint: a talk within docs/format.md's limits fits, but a handout of"
        + " slide pictures (--templates slides) only up to about 1,200 papers as a PDF and 600 as"
        + " a web page; split a larger talk, use smaller images, or give Java more memory"), said);
    assertFalse(said.contains("internal error") || said.contains("java.lang"), said);
    try (var files = Files.list(dir)) {
      assertEquals(List.of(), files.toList(), "nothing written");
    }
  }
}
