package org.paperdeck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/** {@code paperdeck check}: a build's every stage, nothing written, a report for people and CI. */
class CheckCommandTest {
  @TempDir
  Path dir;

  private List<String> files() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private Path talk() throws IOException {
    StringBuilder long_ = new StringBuilder();
    for (int i = 1; i <= 30; i++) {
      long_.append("- Point ").append(i).append(" of a long list that cannot fit on one slide.\n");
    }
    return Files.writeString(dir.resolve("week-3.md"), "---\ntitle: Week 3\nduration: 20\n---\n"
        + "# Methods\n## A long paper\nLink: https://example.org/long\nMinutes: 15\n\n"
        + "Summary.\n\n### Insights\n" + long_ + "\n## A paper without a link\nMinutes: 10\n\n"
        + "Summary.\n");
  }

  @Test
  void checkReportsSlidesTimeAndGapsAndWritesNothing() throws IOException {
    Path notes = talk();
    Outcome run = paperdeck("check", notes.toString());
    assertEquals(0, run.code(), run.err());
    assertEquals(List.of("week-3.md"), files());
    assertTrue(run.err().contains(notes + ":3:11: warning: the papers' Minutes add up to 25,"
        + " more than the talk's duration of 20 minutes"), run.err());
    assertTrue(run.out().contains(notes + ": 8 slides (3 continuing another, 0 with text moved"
        + " to the notes, smallest body text"), run.out());
    assertTrue(run.out().contains("; 2 papers, 25 minutes planned of 20\n"), run.out());
    assertTrue(run.out().contains("  " + notes + ":44:1: no insights: A paper without a link\n"
        + "  " + notes + ":44:1: no link: A paper without a link\n"), run.out());
    assertTrue(run.out().contains("1 talk, 1 fine in "), run.out());
  }

  @Test
  void jsonCarriesTheDiagnosticsAndTheReportInTheDocumentedSchema() throws IOException {
    Path notes = talk();
    Outcome run = paperdeck("check", "--format", "json", dir.toString());
    assertEquals(0, run.code(), run.err());
    assertEquals("", run.err());
    String json = run.out();
    assertTrue(json.startsWith("{\n  \"schema\" : 1,\n  \"diagnostics\" : [ ],\n  \"talks\" : [ {\n"
        + "    \"notes\" : \"" + notes + "\",\n    \"status\" : \"ok\",\n    \"errors\" : 0,\n"
        + "    \"warnings\" : "), json);
    assertTrue(json.contains("\"severity\" : \"warning\",\n      \"file\" : \"" + notes
        + "\",\n      \"line\" : 3,\n      \"column\" : 11,"), json);
    assertTrue(json.contains("\"number\" : 1,\n        \"role\" : \"title\","), json);
    assertTrue(json.contains("\"role\" : \"paper\",\n        \"layout\" : \"Title and Content\",\n"
        + "        \"title\" : \"A long paper (cont.)\",\n        \"continuation\" : true,"), json);
    assertTrue(json.contains("\"duration\" : 20,\n      \"plannedMinutes\" : 25,"), json);
    assertTrue(json.contains("\"papersWithoutLink\" : [ \"A paper without a link\" ]"), json);
    assertTrue(json.contains("\"missingCharacters\" : [ ]"), json);
    assertTrue(json.endsWith("\"summary\" : {\n    \"talks\" : 1,\n    \"ok\" : 1,\n"
        + "    \"withErrors\" : 0\n  }\n}\n"), json);
  }

  @Test
  void aBrokenTalkIsAnErrorInTheReportAndExitsOneWhileTheOthersAreChecked() throws IOException {
    talk();
    Path broken = Files.writeString(dir.resolve("broken.md"),
        "---\ntitle: Broken\nbogus: 1\n---\n# C\n## P\nSummary.\n");
    Outcome run = paperdeck("check", "--format", "json", dir.toString());
    assertEquals(1, run.code(), run.err());
    assertTrue(run.out().contains("\"notes\" : \"" + broken + "\",\n    \"status\" : \"errors\","
        + "\n    \"errors\" : 1,"), run.out());
    assertTrue(run.out().contains("\"message\" : \"unknown front-matter key 'bogus'\""),
        run.out());
    assertTrue(run.out().contains("\"talks\" : 2,\n    \"ok\" : 1,\n    \"withErrors\" : 1"),
        run.out());
    Outcome text = paperdeck("check", dir.toString());
    assertEquals(1, text.code());
    assertTrue(text.err().startsWith(broken + ":3:1: error: unknown front-matter key 'bogus'"),
        text.err());
    assertEquals(List.of("broken.md", "week-3.md"), files());
  }

  @Test
  void theReportListsTheCharactersNoFontHasWhereTheNotesWriteThem() throws IOException {
    // U+0378 is unassigned: no font on any machine has a glyph for it. The talk builds (with a
    // warning) because it says so; the report still tells CI which outputs lack the character.
    Path notes = Files.writeString(dir.resolve("glyphs.md"), "---\ntitle: Glyphs\n"
        + "missing-glyphs: warn\n---\n# Methods\n## A paper\nLink: https://example.org/a\n\n"
        + "Summary.\n\n### Insights\n- Measured in \u0378 units.\n");
    Outcome json = paperdeck("check", "--format", "json", notes.toString());
    assertEquals(0, json.code(), json.err());
    assertTrue(json.out().contains("\"missingCharacters\" : [ {\n        \"character\" : \"U+0378\",\n"
        + "        \"text\" : \"\u0378\",\n        \"name\" : null,\n        \"file\" : \"" + notes
        + "\",\n        \"line\" : 12,\n        \"column\" : 15,\n"
        + "        \"outputs\" : [ \"deck\", \"handout\" ]\n      } ]"), json.out());
    Path page = dir.resolve("report.html");
    Outcome build = paperdeck("build", notes.toString(), "--report", page.toString(), "-q");
    assertEquals(0, build.code(), build.err());
    String html = Files.readString(page);
    assertTrue(html.startsWith("<!DOCTYPE html>"), html);
    assertTrue(html.contains("<li><code>" + notes + ":12:15</code>: no font has U+0378"
        + " ‘\u0378’ for the deck and the handout</li>"), html);
    assertTrue(html.contains("<td>paper</td><td>Title and Content</td><td>A paper</td>"), html);
    Outcome text = paperdeck("check", notes.toString());
    assertTrue(text.out().contains("  " + notes + ":12:15: no font has U+0378 '\u0378' for the deck"
        + " and the handout\n"), text.out());
  }

  @Test
  void buildWritesTheSameReportBesideItsOutputsWhenAsked() throws IOException {
    Path notes = talk();
    Path report = dir.resolve("report.json");
    Outcome run = paperdeck("build", notes.toString(), "--report", report.toString(), "-q");
    assertEquals(0, run.code(), run.err());
    assertEquals(List.of("report.json", "week-3.md", "week-3.pdf", "week-3.pptx"),
        files().stream().filter(name -> !name.startsWith(".")).toList());
    String json = Files.readString(report);
    assertTrue(json.contains("\"notes\" : \"" + notes + "\",\n    \"status\" : \"ok\""), json);
    assertTrue(json.contains("\"title\" : \"A long paper (cont.)\",\n        \"continuation\" : true"),
        json);
  }
}
