package org.paperdeck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.paperdeck.cli.CliTest.paperdeck;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperdeck.cli.CliTest.Outcome;

/**
 * Templates that would run for ever, recurse without end or print without end stop at a limit:
 * one error at the template's line naming the limit, exit 1, nothing written, no "internal
 * error" (docs/templates.md, "What templates cannot do").
 */
class TemplateLimitsTest {
  @TempDir
  Path dir;

  private Path notes() throws IOException {
    return Files.writeString(dir.resolve("talk.md"), "# C\n## A paper\nSummary.\n");
  }

  private String deckFile() {
    return dir.resolve("mine").resolve("deck.ftlx").toString();
  }

  private Outcome buildWith(String deck, String... options) throws IOException {
    Path mine = Files.createDirectories(dir.resolve("mine"));
    Files.writeString(mine.resolve("deck.ftlx"), deck);
    List<String> args = new java.util.ArrayList<>(List.of("build", notes().toString(),
        "--templates", mine.toString(), "--formats", "pptx"));
    args.addAll(List.of(options));
    return paperdeck(args.toArray(String[]::new));
  }

  /** The first line is exactly {@code headline}; a hint, no trace, nothing written. */
  private void assertStopped(Outcome run, String headline) throws IOException {
    assertEquals(1, run.code(), run.err());
    assertEquals(headline, run.err().lines().findFirst().orElseThrow(), run.err());
    assertTrue(run.err().contains("  hint: "), run.err());
    assertFalse(run.err().contains("internal error") || run.err().contains("Exception")
        || run.err().contains("java.lang"), run.err());
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of("mine", "talk.md"),
          files.map(p -> p.getFileName().toString()).sorted().toList(), "nothing written");
    }
  }

  @Test
  void nestedLoopsOfABillionStopAtTheTimeLimitInTheInnerLoop() throws IOException {
    Outcome run = buildWith("<deck>\n<#list 1..999999999 as i><#list 1..999999999 as j>"
        + "</#list></#list>\n</deck>\n", "--template-time-limit", "1");
    assertStopped(run, deckFile() + ":2:26: error: template ran longer than 1 s, the time limit");
    assertTrue(run.err().contains("raise the limit with --template-time-limit SECONDS"), run.err());
  }

  @Test
  void aBuiltInThatSearchesForeverIsLeftBehindAtTheTimeLimit() throws IOException {
    // One element: no point between elements where the render could stop itself.
    Outcome run = buildWith("<deck>\n${(1..400000000)?seq_contains(-1)?c}\n</deck>\n",
        "--template-time-limit", "1");
    assertStopped(run, deckFile() + ":2:1: error: template ran longer than 1 s, the time limit");
  }

  @Test
  void aMacroCallingItselfForeverStopsAtTheNestingLimitAtItsCall() throws IOException {
    Outcome run = buildWith("<#macro r n><@r n+1/></#macro>\n<deck><@r 1/></deck>\n");
    assertStopped(run, deckFile()
        + ":1:13: error: template instructions nest more than 1000 deep, the nesting limit");
  }

  @Test
  void aFunctionCallingItselfForeverStopsAtTheNestingLimitAtItsCall() throws IOException {
    Outcome run = buildWith("<#function f n>\n  <#return f(n+1)>\n</#function>\n"
        + "<deck>${f(1)}</deck>\n");
    assertStopped(run, deckFile()
        + ":2:3: error: template instructions nest more than 1000 deep, the nesting limit");
  }

  /**
   * A loop the length of the format's largest talk around an {@code #if-#elseif} nests no
   * deeper on its last round than on its first (FreeMarker ends such a container in a way of its
   * own, which once counted every round as one more level).
   */
  @Test
  void aChoiceInsideALongLoopIsNotNesting() throws IOException {
    Outcome run = buildWith("<deck>\n<#list 1..3000 as i><#if i % 3 == 0><#assign k = 0><#elseif i % 3 == 1>"
        + "<#assign k = 1><#else><#assign k = 2></#if><#if i == 3000><slide role=\"title\"><title>${i}</title></slide>"
        + "</#if></#list>\n</deck>\n");
    assertEquals(0, run.code(), run.err());
  }

  @Test
  void recoveringFromALimitDoesNotGetPastIt() throws IOException {
    Outcome run = buildWith("<#macro r n><@r n+1/></#macro>\n"
        + "<deck><#attempt><@r 1/><#recover>caught</#attempt>\n<slide role=\"title\"/></deck>\n");
    assertStopped(run, deckFile()
        + ":1:13: error: template instructions nest more than 1000 deep, the nesting limit");
  }

  @Test
  void printingWithoutEndStopsAtTheOutputLimit() throws IOException {
    Outcome run = buildWith("<#assign mega = \"\"?left_pad(1000000)>\n<deck>\n"
        + "<#list 1..1000 as i>${mega}</#list>\n</deck>\n", "--template-time-limit", "600");
    assertStopped(run, deckFile()
        + ":3:21: error: template printed more than 64 million characters, the output limit");
  }

  @Test
  void aStringLongerThanJavaCanHoldIsAnErrorAtItsLine() throws IOException {
    Outcome run = buildWith("<deck>\n${\"\"?left_pad(2147483647)}\n</deck>\n");
    assertEquals(1, run.code(), run.err());
    assertTrue(run.err().startsWith(deckFile()
        + ":2:1: error: template made a value too large for memory"), run.err());
    assertFalse(run.err().contains("internal error") || run.err().contains("java.lang"),
        run.err());
  }

  @Test
  void theTimeLimitMustBeAWholeNumberOfSecondsAboveZero() throws IOException {
    Outcome run = paperdeck("plan", notes().toString(), "--template-time-limit", "0");
    assertEquals(2, run.code(), run.err());
    assertTrue(run.err().contains("--template-time-limit: give a whole number of seconds"),
        run.err());
  }

  @Test
  void aGenerousTimeLimitBuildsTheWorkedExample() throws IOException {
    Outcome run = paperdeck("plan", "talks/iclr-2022.md", "--template-time-limit", "60");
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().contains("<slide role=\"title\""), run.out());
  }
}
