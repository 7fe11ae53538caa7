package org.paperdeck.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperdeck.diagnostics.Diagnostic;
import org.paperdeck.diagnostics.SourcePos;
import org.paperdeck.model.Talk;
import org.paperdeck.notes.NotesReader;

/** Positions in generated text lead back to the template line that printed them. */
class OutputOriginsTest {
  @TempDir
  Path dir;

  private static final Talk TALK = new NotesReader().read(
      "# C\n## First\nOne.\n## Second\nTwo.\n".getBytes(StandardCharsets.UTF_8), "talk.md",
      Path.of("").toAbsolutePath(), "talk").talk();

  private Rendered plan(String deck) throws IOException {
    Files.writeString(dir.resolve("deck.ftlx"), deck);
    return new TemplateEngine(new TemplateSet(dir)).renderDeckPlan(TALK);
  }

  private String deck() {
    return dir.resolve("deck.ftlx").toString();
  }

  /** The template line behind {@code line}:{@code column} of the output, as "FILE:LINE". */
  private static String madeBy(Rendered rendered, int line, int column) {
    Optional<SourcePos> pos = rendered.origins().madeBy(line, column);
    return pos.map(p -> p.file() + ":" + p.line()).orElse("unknown");
  }

  @Test
  void eachOutputLineLeadsToTheTemplateLineThatPrintedIt() throws IOException {
    Rendered plan = plan("""
        <deck>
        <#list talk.papers as paper>
        <slide role="paper">
          <title>${paper.title}</title>
          <body>
            <p>static</p>
          </body>
        </slide>
        </#list>
        </deck>
        """);
    List<String> lines = plan.text().lines().toList();
    assertEquals("  <title>Second</title>", lines.get(8));
    assertEquals("</deck>", lines.get(13));
    assertEquals(deck() + ":1", madeBy(plan, 1, 1));
    assertEquals(deck() + ":3", madeBy(plan, 2, 1));
    assertEquals(deck() + ":4", madeBy(plan, 3, 3), "<title> is static text of line 4");
    assertEquals(deck() + ":4", madeBy(plan, 3, 10), "the interpolation on line 4");
    assertEquals(deck() + ":6", madeBy(plan, 5, 5), "static text spanning lines, line by line");
    assertEquals(deck() + ":8", madeBy(plan, 7, 1));
    assertEquals(deck() + ":4", madeBy(plan, 9, 10), "the second pass of the loop");
    assertEquals(deck() + ":10", madeBy(plan, 14, 1));
    assertEquals(deck() + ":10", madeBy(plan, 14, 99), "a column past the line's end");
    assertEquals("unknown", madeBy(plan, 99, 1));
  }

  @Test
  void textPrintedByAnIncludedFileOrAMacroNamesThatFile() throws IOException {
    Files.writeString(dir.resolve("parts.ftl"), """
        <#macro slide title>
        <slide layout="Title Only">
          <title>${title}</title>
        </slide>
        </#macro>
        """);
    Rendered plan = plan("""
        <#import "parts.ftl" as parts>
        <deck>
        <@parts.slide title="x"/>
        </deck>
        """);
    assertEquals("  <title>x</title>", plan.text().lines().toList().get(2));
    assertEquals(dir.resolve("parts.ftl") + ":3", madeBy(plan, 3, 3));
    assertEquals(deck() + ":4", madeBy(plan, 5, 1));
  }

  @Test
  void tracedDiagnosticsAboutTheTextGainTheTemplateLine() throws IOException {
    Rendered plan = plan("<deck>\n\n  <sparkle/>\n</deck>\n");
    assertEquals(deck() + "[plan]", plan.sourceName());
    Diagnostic inPlan = Diagnostic.error(new SourcePos(plan.sourceName(), 3, 3), "unknown <sparkle>")
        .withHint("a hint");
    Diagnostic elsewhere = Diagnostic.error(new SourcePos("theme.pptx", 3, 3), "no layout");
    assertEquals(List.of(
        Diagnostic.error(new SourcePos(plan.sourceName(), 3, 3),
            "unknown <sparkle> (made by " + deck() + ":3)").withHint("a hint"),
        elsewhere), plan.traced(List.of(inPlan, elsewhere)));
  }

  @Test
  void theHandoutIsNamedAsXhtmlAndTracedToo() throws IOException {
    Files.writeString(dir.resolve("handout.ftlh"), "<html>\n<body>\n${talk.title}\n</body>\n</html>\n");
    Rendered xhtml = new TemplateEngine(new TemplateSet(dir)).renderHandout(TALK);
    assertEquals(dir.resolve("handout.ftlh") + "[xhtml]", xhtml.sourceName());
    assertEquals(dir.resolve("handout.ftlh") + ":3", madeBy(xhtml, 3, 1));
  }
}
