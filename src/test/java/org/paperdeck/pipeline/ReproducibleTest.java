package org.paperdeck.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperdeck.Tools;
import org.paperdeck.UsesExternalPrograms;
import org.paperdeck.cli.Cli;

/** The same notes, templates and version give byte-identical outputs. */
class ReproducibleTest {
  @TempDir
  Path dir;

  private void build(Path notes, Path out) {
    int code = Cli.run(new String[] {"build", "-q", notes.toString(), "-o", out.toString()},
        new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    assertEquals(0, code);
  }

  @Test
  @UsesExternalPrograms
  void buildingTwiceGivesTheSameBytes() throws Exception {
    Path notes = Files.writeString(dir.resolve("talk.md"), """
        ---
        title: Twice
        date: 2022-05-06
        ---
        # C
        ## A paper with $\\alpha$
        Link: https://example.org/a

        Summary with \\(\\frac{a}{b}\\).
        """);
    build(notes, dir.resolve("one"));
    Thread.sleep(1100); // a second later: any clock in the outputs would show
    build(notes, dir.resolve("two"));
    assertArrayEquals(Files.readAllBytes(dir.resolve("one/talk.pptx")), Files.readAllBytes(dir.resolve("two/talk.pptx")));
    assertArrayEquals(Files.readAllBytes(dir.resolve("one/talk.pdf")), Files.readAllBytes(dir.resolve("two/talk.pdf")));
    String info = Tools.run(dir, List.of("pdfinfo", "-isodates", dir.resolve("one/talk.pdf").toString()));
    assertTrue(info.matches("(?s).*CreationDate:\\s+2022-05-06T00:00:00.*"), info);
    try (var zip = new java.util.zip.ZipFile(dir.resolve("one/talk.pptx").toFile())) {
      zip.stream().forEach(entry -> assertEquals(
          java.time.LocalDateTime.of(2022, 5, 6, 0, 0), entry.getTimeLocal(), entry.getName()));
    }
    Tools.run(dir, List.of("qpdf", "--check", dir.resolve("one/talk.pdf").toString()));
  }

  @Test
  void theSourceDateComesFromTheEnvironmentThenTheNotes() {
    assertEquals(Instant.parse("2022-05-06T00:00:00Z"), Reproducible.sourceDate("2022-05-06", null));
    assertEquals(Instant.ofEpochSecond(1700000000L), Reproducible.sourceDate("2022-05-06", "1700000000"));
    assertEquals(Reproducible.FALLBACK, Reproducible.sourceDate("May 2022", null));
    assertEquals(Reproducible.FALLBACK, Reproducible.sourceDate(null, "not a number"));
  }

  @Test
  void subsetTagsAreNumberedInOrderOfFirstUse() {
    String pdf = "/BaseFont/QWERTY+LiberationSans /FontName/QWERTY+LiberationSans /BaseFont/ZXCVBN+DejaVuSans"
        + " trailer<</ID [<0123456789abcdef0123456789abcdef><0123456789abcdef0123456789abcdef>]>>";
    String fixed = new String(Reproducible.pdf(pdf.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1),
        Reproducible.FALLBACK), java.nio.charset.StandardCharsets.ISO_8859_1);
    assertTrue(fixed.startsWith("/BaseFont/AAAAAA+LiberationSans /FontName/AAAAAA+LiberationSans /BaseFont/AAAAAB+DejaVuSans"), fixed);
    assertEquals(pdf.length(), fixed.length(), "lengths kept, so offsets stay right");
    assertFalse(fixed.contains("0123456789abcdef"), "the random ID is replaced");
  }
}
