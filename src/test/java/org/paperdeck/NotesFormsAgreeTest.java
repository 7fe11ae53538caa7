package org.paperdeck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.paperdeck.model.Talk;
import org.paperdeck.notes.NotesReader;
import org.paperdeck.notes.ReadResult;
import org.paperdeck.templates.TemplateEngine;
import org.paperdeck.templates.TemplateSet;

/** The Markdown example and its YAML translation make the same deck plan and handout. */
class NotesFormsAgreeTest {
  private static Talk read(Path file) {
    ReadResult result = new NotesReader().read(file, file.toString());
    assertEquals(java.util.List.of(), result.diagnostics(), file.toString());
    assertNotNull(result.talk());
    return result.talk();
  }

  @Test
  void markdownAndYamlExamplesGiveTheSameOutputs() throws IOException {
    TemplateEngine engine = new TemplateEngine(TemplateSet.builtIn());
    Talk markdown = read(Path.of("talks/iclr-2022.md"));
    Talk yaml = read(Path.of("talks/iclr-2022-structured.yaml"));
    assertEquals(positionless(engine.renderDeckPlan(markdown).text()),
        positionless(engine.renderDeckPlan(yaml).text()));
    assertEquals(engine.renderHandout(markdown).text(), engine.renderHandout(yaml).text());
  }

  @Test
  void jsonNotesReadTheSameAsYaml(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
    Path yaml = dir.resolve("t.yaml");
    Path json = dir.resolve("t.json");
    Files.writeString(yaml, """
        title: T
        duration: 30
        categories:
          - name: C
            papers:
              - title: "A *paper* with \\\\(\\\\alpha\\\\)"
                authors: [Ann, Bob]
                summary: |
                  Line one.

                  - a list
                insights: ["One.", "Two."]
        further-reading:
          - title: R
            link: https://example.org/r
        """);
    Files.writeString(json, """
        {"title": "T", "duration": 30,
         "categories": [{"name": "C", "papers": [{"title": "A *paper* with \\\\(\\\\alpha\\\\)",
           "authors": ["Ann", "Bob"], "summary": "Line one.\\n\\n- a list",
           "insights": ["One.", "Two."]}]}],
         "further-reading": [{"title": "R", "link": "https://example.org/r"}]}
        """);
    TemplateEngine engine = new TemplateEngine(TemplateSet.builtIn());
    assertEquals(positionless(engine.renderDeckPlan(read(yaml)).text()),
        positionless(engine.renderDeckPlan(read(json)).text()));
  }

  /** The plan without its notes positions (at="FILE:LINE:COL"), which differ by form. */
  private static String positionless(String plan) {
    return plan.replaceAll(" at=\"[^\"]*\"", "");
  }
}
