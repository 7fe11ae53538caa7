package org.paperdeck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperdeck.cli.Cli;

/**
 * A talk with a 30-row table, built by the real command: the deck holds PowerPoint tables
 * ({@code a:tbl}) over several slides, and LibreOffice shows every cell's text on some slide.
 */
class TablesIT {
  @TempDir static Path dir;
  static Path deck;
  static List<List<String>> cells = new ArrayList<>();
  static String messages;

  @BeforeAll
  static void build() throws Exception {
    StringBuilder table = new StringBuilder("| Benchmark (example) | Baseline | Ours | Change |\n"
        + "|---|---:|---:|---:|\n");
    cells.add(List.of("Benchmark (example)", "Baseline", "Ours", "Change"));
    for (int i = 1; i <= 30; i++) {
      // Made-up numbers for an example; no real benchmark.
      List<String> row = List.of("Example-Bench-" + i, (40 + i) + ".5", (41 + i) + ".25",
          "+" + (i % 7) + "." + (i % 10));
      cells.add(row);
      table.append("| ").append(String.join(" | ", row)).append(" |\n");
    }
    Files.writeString(dir.resolve("talk.md"), """
        ---
        title: An example talk with a long table
        ---

        # Results

        ## An example paper with made-up numbers
        Authors: Ann Example

        Made-up example numbers for thirty benchmarks:

        """ + table);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Cli.run(new String[] {"build", dir.resolve("talk.md").toString(), "-o",
        dir.resolve("out").toString(), "--formats", "pptx"}, new PrintWriter(out),
        new PrintWriter(err));
    messages = err.toString();
    assertEquals(0, code, messages);
    deck = dir.resolve("out/talk.pptx");
  }

  @Test
  void theTableIsAPowerPointTableOnSeveralSlides() throws Exception {
    int tables = 0;
    try (ZipFile zip = new ZipFile(deck.toFile())) {
      for (var entry : java.util.Collections.list(zip.entries())) {
        if (entry.getName().matches("ppt/slides/slide\\d+\\.xml")) {
          String xml = new String(zip.getInputStream(entry).readAllBytes(),
              java.nio.charset.StandardCharsets.UTF_8);
          if (xml.contains("<a:tbl>")) {
            tables++;
            assertTrue(xml.contains("a:graphicData uri=\"http://schemas.openxmlformats.org/"
                + "drawingml/2006/table\""), "a table frame");
            assertTrue(xml.contains("Benchmark (example)"), "the header on every part");
          }
        }
      }
    }
    assertTrue(tables >= 2, "the table continues: " + tables + " slides with a table");
    assertTrue(messages.contains("the table continues by rows"), messages);
  }

  @Test
  void libreOfficeShowsEveryCell() throws Exception {
    Path pdf = Tools.libreOfficePdf(deck, dir);
    String text = Tools.squash(Tools.pdfText(pdf));
    for (List<String> row : cells) {
      for (String cell : row) {
        assertTrue(text.contains(Tools.squash(cell)), "on some slide: " + cell);
      }
    }
    assertTrue(text.contains(Tools.squash("An example paper with made-up numbers (cont.)")));
  }
}
