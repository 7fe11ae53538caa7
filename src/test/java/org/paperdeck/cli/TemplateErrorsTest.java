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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.paperdeck.cli.CliTest.Outcome;

/**
 * What a template author sees when a template is wrong or tries what templates may not do: one
 * diagnostic line at the template (or its plan), a hint, exit 1, no stack trace, nothing written.
 */
class TemplateErrorsTest {
  @TempDir
  Path dir;

  /** Builds a one-paper talk with {@code deck} as the user's deck.ftlx. */
  private Outcome buildWith(String deck) throws IOException {
    Path mine = Files.createDirectories(dir.resolve("mine"));
    Files.writeString(mine.resolve("deck.ftlx"), deck);
    Path notes = Files.writeString(dir.resolve("talk.md"), "# C\n## A paper\nSummary.\n");
    return paperdeck("build", notes.toString(), "--templates", mine.toString());
  }

  private String deckFile() {
    return dir.resolve("mine").resolve("deck.ftlx").toString();
  }

  /** Exit 1, the headline first, a hint, no trace, and no output files. */
  private void assertRefused(Outcome run, String headlineStart, String message) throws IOException {
    assertEquals(1, run.code(), run.err());
    List<String> lines = run.err().lines().toList();
    assertTrue(lines.get(0).startsWith(headlineStart), run.err());
    assertTrue(lines.get(0).contains(message), run.err());
    assertTrue(run.err().contains("  hint: "), run.err());
    assertFalse(run.err().contains("\tat ") || run.err().contains("Exception"), run.err());
    assertFalse(run.err().contains("internal error"), run.err());
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of("mine", "talk.md"),
          files.map(p -> p.getFileName().toString()).sorted().toList(), "nothing written");
    }
  }

  @Test
  void aFreeMarkerErrorPointsAtTheTemplateLine() throws IOException {
    Outcome run = buildWith("<deck>\n<slide role=\"title\">\n  <title>${talk.titel}</title>\n"
        + "</slide>\n</deck>\n");
    assertRefused(run, deckFile() + ":3:12: error: template error: ", "talk.titel");
    assertTrue(run.err().contains("  <title>${talk.titel}</title>\n             ^"), run.err());
  }

  @Test
  void aSyntaxErrorPointsAtTheTemplateLine() throws IOException {
    assertRefused(buildWith("<deck>\n<#list talk.papers as>\n</deck>\n"),
        deckFile() + ":2:", "template syntax error");
  }

  @Test
  void planReportsABrokenDeckTemplateAsBuildDoes() throws IOException {
    // plan parses the template while it reads the notes; a failure there is met again by the
    // render, which reports it as build does.
    for (String deck : List.of("<deck>\n<#list talk.papers as>\n</deck>\n",
        "<deck>\n<#include \"missing.ftl\">\n</deck>\n")) {
      Outcome built = buildWith(deck);
      Path notes = dir.resolve("talk.md");
      Outcome planned = paperdeck("plan", notes.toString(), "--templates", dir.resolve("mine").toString());
      assertEquals(1, planned.code(), planned.err());
      assertEquals(built.err().lines().filter(line -> !line.startsWith("paperdeck: ")).toList(),
          planned.err().lines().toList(), deck);
    }
  }

  @Test
  void anUnknownPlanElementNamesThePlanLineAndHowToSeeThePlan() throws IOException {
    Outcome run = buildWith("<deck>\n<slide role=\"title\">\n  <title>${talk.title}</title>\n"
        + "  <sparkle/>\n</slide>\n</deck>\n");
    assertRefused(run, deckFile() + "[plan]:4:3: error: ", "unknown deck-plan element <sparkle>");
    assertTrue(run.err().contains("  hint: the position is in the deck plan the template printed;"
        + " see it whole with 'paperdeck plan NOTES'"), run.err());
    assertTrue(run.err().lines().findFirst().orElseThrow().endsWith(" (made by " + deckFile() + ":4)"),
        run.err());
  }

  @Test
  void anUnknownPlanElementNamesThePlanLineAndTheTemplateLineThatPrintedIt() throws IOException {
    Outcome run = buildWith("""
        <deck>
        <#list talk.papers as paper>
        <slide role="paper">
          <title>${paper.title}</title>
          <sparkle/>
        </slide>
        </#list>
        </deck>
        """);
    assertRefused(run, deckFile() + "[plan]:4:3: error: unknown deck-plan element <sparkle> in <slide>"
        + " (made by " + deckFile() + ":5)", "");
    assertTrue(run.err().contains("\n    <sparkle/>\n    ^\n"), "the plan line is shown: " + run.err());
  }

  @Test
  void malformedHandoutXhtmlNamesTheOutputLineAndTheTemplateLineThatPrintedIt() throws IOException {
    Path mine = Files.createDirectories(dir.resolve("mine"));
    Path handout = Files.writeString(mine.resolve("handout.ftlh"), """
        <html xmlns="http://www.w3.org/1999/xhtml">
        <head><title>${talk.title}</title></head>
        <body>
        <#list talk.papers as paper>
          <h2>${paper.title}</h2>
          <p>Unclosed
        </#list>
        </body>
        </html>
        """);
    Path notes = Files.writeString(dir.resolve("talk.md"), "# C\n## A paper\nSummary.\n");
    Outcome run = paperdeck("build", notes.toString(), "--templates", mine.toString(),
        "--formats", "pdf");
    assertRefused(run, handout + "[xhtml]:6:3: error: the handout is not well-formed XHTML: The"
        + " element type \"p\" must be terminated by the matching end-tag \"</p>\". (made by "
        + handout + ":8)", "");
    assertTrue(run.err().contains("\n  </body>\n    ^\n"), "the XHTML line is shown: " + run.err());
  }

  @Test
  void aLayoutTheThemeLacksIsAnErrorWithTheLayoutsAndThePlanHint() throws IOException {
    Outcome run = buildWith("<deck><layouts paper=\"Fancy\"/>"
        + "<slide role=\"paper\"><title>x</title></slide></deck>");
    assertRefused(run, deckFile() + "[plan]:1:", "Fancy");
    assertTrue(run.err().contains("Title and Content"), run.err());
    assertTrue(run.err().contains("paperdeck plan NOTES"), run.err());
  }

  @Test
  void aPictureOutsideTheNotesAndTemplateFoldersIsRefused() throws IOException {
    Outcome run = buildWith("<deck><slide role=\"paper\"><title>x</title>"
        + "<image src=\"/etc/hostname\" corner=\"top-left\"/></slide></deck>");
    assertRefused(run, deckFile() + "[plan]:1:", "picture '/etc/hostname' is outside the notes"
        + " folder and the template folder");
    Outcome relative = buildWith("<deck><slide role=\"paper\"><title>x</title>"
        + "<image src=\"../../../../../../../etc/hostname\"/></slide></deck>");
    assertRefused(relative, deckFile() + "[plan]:1:", "is outside the notes folder");
  }

  /** Each thing templates may not do, tried through the command, with what the refusal says. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      ${talk?api.class}                                               | ?api is not allowed
      <#assign ex = "freemarker.template.utility.Execute"?new()>      | creating Java objects (?new) is not allowed
      <#assign o = "freemarker.template.utility.ObjectConstructor"?new()> | creating Java objects (?new) is not allowed
      ${'"freemarker.template.utility.Execute"?new()("id")'?eval}    | creating Java objects (?new) is not allowed
      <@'<#assign x = "freemarker.template.utility.Execute"?new()>'?interpret/> | creating Java objects (?new) is not allowed
      <#include "../../../../../../etc/passwd">                       | cannot include or import "../../../../../../etc/passwd": it is outside the template folder
      <#include "/etc/passwd">                                        | cannot include or import "/etc/passwd": it is outside the template folder
      <#import "/etc/hostname" as h>                                  | cannot include or import "/etc/hostname"
      <#include "file:///etc/passwd">                                 | cannot include or import "file:///etc/passwd"
      ${.vars["java.home"]}                                           | java.home
      ${.globals.PATH}                                                | PATH
      ${.data_model.HOME}                                             | HOME
      ${.data_model.env}                                              | env
      """)
  void templatesCannotReachOutsideTheirData(String attempt, String refusal) throws IOException {
    Outcome run = buildWith(attempt + "\n<deck><slide role=\"title\"><title>x</title></slide></deck>\n");
    assertRefused(run, deckFile() + ":1:", refusal);
  }

  @Test
  void aLinkOutOfTheTemplateFolderIsRefused() throws IOException {
    Path mine = Files.createDirectories(dir.resolve("mine"));
    Files.createSymbolicLink(mine.resolve("host.ftl"), Path.of("/etc/hostname"));
    Outcome run = buildWith("<#include \"host.ftl\">\n<deck/>\n");
    assertEquals(1, run.code(), run.err());
    assertTrue(run.err().startsWith(deckFile() + ":1:1: error: a template file is a link to a file"
        + " outside the template folder"), run.err());
    assertFalse(run.err().contains("\tat "), run.err());
  }

  @Test
  void theDataModelHoldsTheTalkVarsAndLabelsOnlyAndNowIsAllowed() throws IOException {
    Path mine = Files.createDirectories(dir.resolve("mine"));
    Files.writeString(mine.resolve("deck.ftlx"), "<deck><slide layout=\"Title Only\"><title>"
        + "${.data_model?keys?join(\",\")} ${.now?is_datetime?c}</title></slide></deck>");
    Path notes = Files.writeString(dir.resolve("talk.md"), "# C\n## A paper\nSummary.\n");
    Outcome run = paperdeck("plan", notes.toString(), "--templates", mine.toString());
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().contains("<title>talk,vars,labels,label,joinNames,cssLabel true</title>"),
        run.out());
  }

  @ParameterizedTest
  @CsvSource({"pdf, the handout's image nope.png could not be loaded; it is left out",
      "html, the HTML handout cannot include the image nope.png; it is left out"})
  void aHandoutImageWarningNamesTheXhtmlLineAndTheTemplateLineThatPrintedIt(String format,
      String warning) throws IOException {
    Path mine = Files.createDirectories(dir.resolve("mine"));
    // Line 8 of the template prints the image, after a loop that makes the XHTML longer than
    // the template: the warning must not name a template line the file does not have.
    Path handout = Files.writeString(mine.resolve("handout.ftlh"), """
        <html xmlns="http://www.w3.org/1999/xhtml">
        <head><title>${talk.title}</title></head>
        <body>
        <#list 1..20 as i>
        <p>Paragraph ${i}</p>
        </#list>
        <p>A figure:</p>
        <p><img src="nope.png" alt="x"/> and <img src="/etc/hostname.png" alt="y"/></p>
        </body>
        </html>
        """);
    Path notes = Files.writeString(dir.resolve("talk.md"), "# C\n## A paper\nSummary.\n");
    Outcome run = paperdeck("build", notes.toString(), "--templates", mine.toString(),
        "--formats", format);
    assertEquals(0, run.code(), run.err());
    List<String> lines = run.err().lines().toList();
    assertEquals(handout + "[xhtml]:25:14: warning: " + warning + " (made by " + handout + ":8)",
        lines.get(0), run.err());
    assertEquals("  <p><img src=\"nope.png\" alt=\"x\"/> and <img src=\"/etc/hostname.png\""
        + " alt=\"y\"/></p>", lines.get(1), run.err());
    assertEquals("               ^", lines.get(2), run.err());
    assertTrue(run.err().contains(handout + "[xhtml]:25:48: warning: "), run.err());
  }
}
