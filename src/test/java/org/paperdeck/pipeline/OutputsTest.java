package org.paperdeck.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PRStream;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperdeck.cli.Cli;
import org.paperdeck.diagnostics.Diagnostic;
import org.paperdeck.templates.TemplateSet;

/**
 * The outputs as a family, as users meet them: {@code --formats} names them from the registry,
 * each is written as NAME.FORMAT and named in the summary line, and a handout makes the deck
 * only when its template shows the deck's slides.
 */
class OutputsTest {
  private static final String NOTES = "# Methods\n## A paper\nSummary.\n\n### Insights\n- One.\n";

  @TempDir
  Path dir;

  record Run(int code, String out, String err) {}

  private static Run paperdeck(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Cli.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  private Path notes() throws IOException {
    Path notes = dir.resolve("mini.md");
    Files.writeString(notes, NOTES);
    return notes;
  }

  private static List<String> fileNames(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void formatsHtmlWritesOnlyTheHtmlFile() throws IOException {
    Path out = dir.resolve("out");
    Run run = paperdeck("build", notes().toString(), "-o", out.toString(), "--formats", "html");
    assertEquals(Cli.OK, run.code(), run.err());
    assertEquals(List.of("mini.html"), fileNames(out));
    assertTrue(run.out().matches("wrote \\S*mini\\.html in .*\\R"), run.out());
  }

  @Test
  void theSummaryLineNamesEveryOutputInRegistryOrderTheDeckWithItsSlides() throws IOException {
    Path out = dir.resolve("out");
    Run run = paperdeck("build", notes().toString(), "-o", out.toString(),
        "--formats", "html,pptx,pdf");
    assertEquals(Cli.OK, run.code(), run.err());
    assertTrue(run.out().matches(
        "wrote \\S*mini\\.pptx \\(\\d+ slides\\), \\S*mini\\.pdf and \\S*mini\\.html in .*\\R"),
        run.out());
    assertEquals(List.of("mini.html", "mini.pdf", "mini.pptx"), fileNames(out));
  }

  @Test
  void watchsRebuildLineNamesEachOutputWritten() throws Exception {
    Path notes = notes();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Thread watch = new Thread(() -> Cli.run(new String[] {"watch", notes.toString(),
        "--formats", "pdf,html"}, new PrintWriter(out, true), new PrintWriter(err, true)));
    watch.start();
    try {
      long end = System.currentTimeMillis() + 120_000;
      while (!out.toString().contains("rebuilt") && !err.toString().contains("error")
          && System.currentTimeMillis() < end) {
        Thread.sleep(50);
      }
    } finally {
      watch.interrupt();
      watch.join(120_000);
    }
    assertFalse(watch.isAlive(), "the watch did not stop");
    assertTrue(out.toString().matches("(?s)\\S+ rebuilt mini\\.pdf, mini\\.html in \\d+ ms\\R.*"),
        out + "\n" + err);
  }

  @Test
  void anUnknownFormatIsAUsageErrorListingTheRegisteredNames() {
    Run run = paperdeck("build", "x.md", "--formats", "pdf,docx");
    assertEquals(Cli.USAGE, run.code());
    assertTrue(run.err().contains("unknown format 'docx'; use " + Outputs.namesInWords()),
        run.err());
    for (String name : Outputs.names()) {
      assertTrue(run.err().contains(name), name);
    }
  }

  @Test
  void helpListsTheRegisteredFormatsAndTheDefault() {
    Run run = paperdeck("build", "--help");
    String help = run.out().replaceAll("\\s+", " ");
    assertTrue(help.contains(String.join(", ", Outputs.names())), run.out());
    assertTrue(help.contains("(default: " + Outputs.DEFAULT_NAMES + ")"), run.out());
  }

  @Test
  void eachOutputIsFoundByItsOwnNameInAnyCase() {
    assertEquals(Outputs.ALL.size(), new HashSet<>(Outputs.names()).size(), "names are unique");
    for (Output output : Outputs.ALL) {
      assertEquals(output, Outputs.named(" " + output.name().toUpperCase() + " ").orElseThrow());
      List<String> files = output.fileNames("talk", 12);
      assertEquals(output.fileName("talk"), files.get(0));
      assertEquals(output.perSlide() ? 12 : 1, files.size(), output.name());
    }
    assertEquals("talk.pptx", Outputs.PPTX.fileName("talk"));
    assertEquals("talk.html", Outputs.HTML.fileName("talk"));
    assertEquals("talk-slides.pdf", Outputs.SLIDES_PDF.fileName("talk"));
    assertEquals(List.of("talk-01.png", "talk-02.png", "talk-03.png"),
        Outputs.PNG.fileNames("talk", 3));
    assertEquals("talk-100.png", Outputs.PNG.fileNames("talk", 100).get(99));
    assertEquals("talk-001.png", Outputs.PNG.fileNames("talk", 100).get(0));
    assertEquals(List.of(Outputs.PPTX, Outputs.PDF), Outputs.defaults());
    assertEquals(List.of(Outputs.PPTX, Outputs.HTML),
        new BuildOptions(List.of(Outputs.HTML, Outputs.PPTX, Outputs.HTML),
            PaperSize.A4).formats());
  }

  @Test
  void aHandoutThatShowsNoSlidesNeverMakesTheDeck() throws IOException {
    List<String> stages = new ArrayList<>();
    BuildResult result = new Builder(TemplateSet.builtIn()).build(notes(), "mini.md",
        new BuildOptions(List.of(Outputs.PDF), PaperSize.A4), stages::add);
    assertFalse(result.hasErrors(), result.diagnostics().toString());
    assertEquals(List.of(Outputs.PDF), List.copyOf(result.outputs().keySet()));
    assertEquals(List.of("reading mini.md", "rendering the handout"), stages);
  }

  @Test
  void theSlidesHandoutGetsTheDecksSlidesDrawnBeforeItsTemplateRuns() throws IOException {
    List<String> stages = new ArrayList<>();
    BuildResult result = new Builder(TemplateSet.builtIn("slides")).build(notes(), "mini.md",
        new BuildOptions(List.of(Outputs.HTML), PaperSize.A4), stages::add);
    assertFalse(result.hasErrors(), result.diagnostics().toString());
    assertEquals(List.of(Outputs.HTML), List.copyOf(result.outputs().keySet()),
        "the deck is made for the slides but not written");
    assertEquals(List.of("reading mini.md", "writing the HTML handout",
        "drawing the slides for the handout", "rendering the deck"), stages);
    String html = new String(result.output(Outputs.HTML), StandardCharsets.UTF_8);
    assertTrue(result.slideCount() > 1, "slides: " + result.slideCount());
    for (int slide = 1; slide <= result.slideCount(); slide++) {
      assertTrue(html.contains("alt=\"Slide " + slide + ": "), "slide " + slide);
    }
    assertEquals(result.slideCount(), html.split("src=\"data:image/png;base64,", -1).length - 1);
  }

  @Test
  void thePdfSlidesHandoutNamesItsSlidesAndTakesThemFromTheDrawingNotFromItsText()
      throws IOException {
    BuildResult result = new Builder(TemplateSet.builtIn("slides")).build(notes(), "mini.md",
        new BuildOptions(List.of(Outputs.PDF, Outputs.HTML), PaperSize.A4), stage -> { });
    assertFalse(result.hasErrors(), result.diagnostics().toString());
    // A slide as a data: address is about 85,000 characters of the template's output; the PDF's
    // XHTML names each in a few, and the PDF still shows every one.
    String xhtml = result.generated().entrySet().stream()
        .filter(text -> text.getKey().endsWith("handout.ftlh[xhtml]")).findFirst().orElseThrow()
        .getValue();
    assertEquals(result.slideCount(), xhtml.split("src=\"paperdeck:slide-\\d+\\.png\"", -1).length
        - 1, xhtml.length() > 2000 ? xhtml.substring(0, 2000) : xhtml);
    assertFalse(xhtml.contains("data:image/png"));
    PdfReader pdf = new PdfReader(result.output(Outputs.PDF));
    int images = 0;
    for (int i = 1; i < pdf.getXrefSize(); i++) {
      if (pdf.getPdfObject(i) instanceof PRStream stream
          && PdfName.IMAGE.equals(stream.get(PdfName.SUBTYPE))) {
        images++;
      }
    }
    assertEquals(result.slideCount(), images);
    String html = new String(result.output(Outputs.HTML), StandardCharsets.UTF_8);
    assertEquals(result.slideCount(), html.split("src=\"data:image/png;base64,", -1).length - 1,
        "the HTML handout carries its slides inside it");
  }

  @Test
  void messagesComeInStageOrderTheDecksBeforeTheHandouts() throws IOException {
    Path templates = Files.createDirectories(dir.resolve("mine"));
    Files.writeString(templates.resolve("deck.ftlx"), "<deck>${no_such_deck_value}</deck>");
    Files.writeString(templates.resolve("handout.ftlh"), "<html>${no_such_handout_value}</html>");
    for (int run = 0; run < 3; run++) {
      BuildResult result = new Builder(new TemplateSet(templates)).build(notes(), "mini.md",
          new BuildOptions(List.of(Outputs.PPTX, Outputs.PDF, Outputs.HTML),
              PaperSize.A4), stage -> { });
      List<String> files = result.diagnostics().stream().map(Diagnostic::pos)
          .map(pos -> Path.of(pos.file()).getFileName().toString()).toList();
      assertEquals(List.of("deck.ftlx", "handout.ftlh"), files, "the template's error once each");
      assertTrue(result.outputs().isEmpty());
    }
  }
}
