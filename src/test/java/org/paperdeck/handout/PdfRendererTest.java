package org.paperdeck.handout;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PRStream;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperdeck.FreshJvm;
import org.paperdeck.UsesExternalPrograms;
import org.paperdeck.diagnostics.Diagnostic;
import org.paperdeck.diagnostics.Severity;
import org.paperdeck.files.FileRoots;
import org.paperdeck.images.Png;

class PdfRendererTest {
  /** Two pages, both font families, Greek and maths symbols, a link, title and author. */
  static final String SAMPLE = """
      <html xmlns="http://www.w3.org/1999/xhtml" lang="en">
      <head>
        <title>Symbols &amp; such</title>
        <meta name="author" content="Jane Doe"/>
        <style>
          @page { size: A4; margin: 20mm;
            @bottom-center { content: "Page " counter(page) " of " counter(pages);
                             font-family: "Liberation Sans"; font-size: 8pt; } }
          body { font-family: "Liberation Serif"; font-size: 11pt; }
          h1 { font-family: "Liberation Sans"; }
          code { font-family: "Liberation Mono"; }
        </style>
      </head>
      <body>
        <h1>Warm-up schedules</h1>
        <p>Loss stays ≥ 0.5 while α → 0 and γ ≤ θ; see <code>lr_warmup</code>.</p>
        <p><a href="https://example.org/paper">the paper</a></p>
        <p style="page-break-before: always"><i>Second</i> <b>page</b>.</p>
      </body>
      </html>
      """;

  private final PdfRenderer renderer = new PdfRenderer();

  private byte[] renderOk(String xhtml) {
    PdfRenderer.Result result = renderer.render(xhtml, URI.create("file:///nonexistent/"));
    assertEquals(List.of(), result.diagnostics());
    return result.pdf();
  }

  @Test
  @UsesExternalPrograms
  void greekAndMathSymbolsReachTheExtractedText() throws Exception {
    String text = Poppler.text(renderOk(SAMPLE));
    assertAll(
        () -> assertTrue(text.contains("Warm-up schedules"), text),
        () -> assertTrue(text.contains("≥ 0.5"), text),
        () -> assertTrue(text.contains("α → 0"), text),
        () -> assertTrue(text.contains("γ ≤ θ"), text),
        () -> assertTrue(text.contains("lr_warmup"), text));
  }

  @Test
  @UsesExternalPrograms
  void everyFontIsALiberationFontAndEmbedded() throws Exception {
    List<Poppler.FontRow> fonts = Poppler.fonts(renderOk(SAMPLE));
    assertFalse(fonts.isEmpty());
    for (Poppler.FontRow font : fonts) {
      assertTrue(font.embedded(), "not embedded: " + font);
      assertTrue(font.name().contains("Liberation"), "not a Liberation font: " + font);
    }
    assertTrue(fonts.stream().anyMatch(f -> f.name().contains("LiberationSerif")), fonts::toString);
    assertTrue(fonts.stream().anyMatch(f -> f.name().contains("LiberationSans")), fonts::toString);
    assertTrue(fonts.stream().anyMatch(f -> f.name().contains("LiberationMono")), fonts::toString);
  }

  @Test
  @UsesExternalPrograms
  void footerCountsPagesFromCssPagedMedia() throws Exception {
    String[] pages = Poppler.text(renderOk(SAMPLE)).split("\f");
    assertTrue(pages[0].contains("Page 1 of 2"), pages[0]);
    assertTrue(pages[1].contains("Page 2 of 2"), pages[1]);
  }

  @Test
  @UsesExternalPrograms
  void titleAndAuthorBecomePdfMetadata() throws Exception {
    String info = Poppler.info(renderOk(SAMPLE));
    assertTrue(info.matches("(?s).*Title:\\s+Symbols & such\\n.*"), info);
    assertTrue(info.matches("(?s).*Author:\\s+Jane Doe\\n.*"), info);
  }

  @Test
  void linksBecomeUriAnnotations() {
    String raw = new String(renderOk(SAMPLE), StandardCharsets.ISO_8859_1);
    assertTrue(raw.contains("/URI (https://example.org/paper)")
        || raw.contains("/URI(https://example.org/paper)"), "no link annotation");
  }

  @Test
  void malformedXhtmlIsADiagnosticWithItsPositionNotAnException() {
    String xhtml = """
        <html xmlns="http://www.w3.org/1999/xhtml">
        <body>
          <p>never closed
        </body>
        </html>
        """;
    PdfRenderer.Result result = renderer.render(xhtml, URI.create("file:///nonexistent/"));
    assertEquals(0, result.pdf().length);
    assertEquals(1, result.diagnostics().size(), result.diagnostics()::toString);
    Diagnostic d = result.diagnostics().get(0);
    assertEquals(Severity.ERROR, d.severity());
    assertEquals("handout.ftlh", d.pos().file());
    assertEquals(4, d.pos().line());
    assertTrue(d.message().contains("not well-formed"), d.message());
    assertTrue(d.hint().contains("</body>"), d.hint());
  }

  @Test
  void htmlOnlyEntitiesAreReportedBecauseNoDtdIsLoaded() {
    String xhtml = """
        <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN"
          "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
        <html xmlns="http://www.w3.org/1999/xhtml"><body><p>a&nbsp;b</p></body></html>
        """;
    PdfRenderer.Result result = renderer.render(xhtml, URI.create("file:///nonexistent/"));
    assertEquals(1, result.diagnostics().size(), result.diagnostics()::toString);
    Diagnostic d = result.diagnostics().get(0);
    assertTrue(d.isError());
    assertTrue(d.message().contains("&nbsp;"), d.message());
    assertEquals("handout.ftlh:3:54", d.pos().toString());
  }

  @Test
  void externalEntitiesAreNeverRead(@TempDir Path dir) throws Exception {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET");
    String xhtml = """
        <?xml version="1.0"?>
        <!DOCTYPE html [ <!ENTITY leak SYSTEM "%s"> ]>
        <html xmlns="http://www.w3.org/1999/xhtml"><body><p>x&leak;y</p></body></html>
        """.formatted(secret.toUri());
    PdfRenderer.Result result = renderer.render(xhtml, dir.toUri());
    assertTrue(result.hasErrors());
    assertTrue(result.diagnostics().toString().contains("&leak;"), result.diagnostics()::toString);
    assertFalse(result.diagnostics().toString().contains("TOP-SECRET"));
    assertEquals(0, result.pdf().length);
  }

  @Test
  void relativeImagesResolveAgainstTheBaseUriAndMissingOnesAreWarnings(@TempDir Path dir)
      throws Exception {
    // A 1×1 PNG.
    byte[] png = java.util.Base64.getDecoder().decode(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==");
    Files.write(dir.resolve("dot.png"), png);
    String xhtml = """
        <html xmlns="http://www.w3.org/1999/xhtml"><body style="font-family: 'Liberation Serif'">
        <p><img src="dot.png" alt="dot" style="width: 2cm"/></p>
        <p><img src="missing.png" alt="missing"/></p>
        </body></html>
        """;
    PdfRenderer.Result result = renderer.render(xhtml, dir.toUri());
    assertTrue(result.pdf().length > 0);
    assertEquals(1, result.diagnostics().size(), result.diagnostics()::toString);
    Diagnostic d = result.diagnostics().get(0);
    assertEquals(Severity.WARNING, d.severity());
    assertTrue(d.message().contains("missing.png"), d.message());
  }

  @Test
  @UsesExternalPrograms
  void mathSymbolsTheLiberationFontsLackPrintFromDejaVuSans() throws Exception {
    String symbols = "∈ ∉ ∀ ∃ ⇒ ∇ ∝ ⊂ ⊆ ∪ ∧ ∨ ℝ ℕ ∼";
    String xhtml = """
        <html xmlns="http://www.w3.org/1999/xhtml"><body style="font-family: 'Liberation Serif'">
        <p>Maths: %s</p>
        <p>Accents and scripts: café naïve Ærøskøbing · αβγ Ελληνικά · Привет мир</p>
        <h1 style="font-family: 'Liberation Sans'; font-weight: bold">Bold x ∈ ℝ</h1>
        </body></html>
        """.formatted(symbols);
    PdfRenderer.Result result = renderer.render(xhtml, URI.create("file:///nonexistent/"));
    assertEquals(List.of(), result.diagnostics());
    String text = Poppler.text(result.pdf());
    assertTrue(text.contains("Maths: " + symbols), text);
    assertTrue(text.contains("café naïve Ærøskøbing · αβγ Ελληνικά · Привет мир"), text);
    assertTrue(text.contains("Bold x ∈ ℝ"), text);
    List<String> fonts = Poppler.fonts(result.pdf()).stream().map(Poppler.FontRow::name).toList();
    assertTrue(fonts.stream().anyMatch(name -> name.matches("[A-Z]{6}\\+DejaVuSans")), fonts::toString);
    assertTrue(fonts.stream().anyMatch(name -> name.matches("[A-Z]{6}\\+DejaVuSans-Bold")), fonts::toString);
    for (Poppler.FontRow font : Poppler.fonts(result.pdf())) {
      assertTrue(font.embedded() && font.name().matches("[A-Z]{6}\\+.*"), "embedded subset: " + font);
    }
  }

  @Test
  void charactersNoFontHasAreAnErrorNotASilentGap() {
    // U+0378 is unassigned: no font on any machine has it.
    String xhtml = """
        <html xmlns="http://www.w3.org/1999/xhtml"><body style="font-family: 'Liberation Serif'">
        <p>for all x ∈ ℝ: \u0378 ≥ 0</p>
        </body></html>
        """;
    PdfRenderer.Result result = renderer.render(xhtml, URI.create("file:///nonexistent/"));
    assertEquals(0, result.pdf().length);
    assertEquals(1, result.diagnostics().size(), result.diagnostics()::toString);
    Diagnostic d = result.diagnostics().get(0);
    assertEquals(Severity.ERROR, d.severity());
    assertTrue(d.message().startsWith("no font has U+0378 '\u0378'; tried Liberation Serif,"
        + " DejaVu Sans, "), d.message());
    assertEquals("handout.ftlh:2:19", d.pos().toString());
  }

  @Test
  void charactersNoFontHasAreAWarningWhenTheNotesSaySo() {
    String xhtml = """
        <html xmlns="http://www.w3.org/1999/xhtml"><body><p>x \u0378 y</p></body></html>
        """;
    HandoutGlyphs warn = new HandoutGlyphs("en", List.of(), true, null,
        c -> java.util.Optional.of(new org.paperdeck.diagnostics.SourcePos("talk.md", 7, 12)));
    PdfRenderer.Result result = renderer.render(xhtml, "handout.ftlh[xhtml]",
        URI.create("file:///nonexistent/"),
        org.paperdeck.files.FileRoots.of(java.nio.file.Path.of("/nonexistent")), warn);
    assertTrue(result.pdf().length > 0);
    Diagnostic d = result.diagnostics().get(0);
    assertEquals(Severity.WARNING, d.severity());
    assertEquals("talk.md:7:12", d.pos().toString());
    assertTrue(d.message().endsWith("; it is left out of the PDF"), d.message());
  }

  @Test
  void renderingPrintsNothingAndLogsNothing() {
    List<LogRecord> records = new ArrayList<>();
    Handler handler = new Handler() {
      @Override public void publish(LogRecord record) { records.add(record); }
      @Override public void flush() {}
      @Override public void close() {}
    };
    Logger root = Logger.getLogger("");
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8);
    root.addHandler(handler);
    System.setOut(capture);
    System.setErr(capture);
    try {
      new PdfRenderer().render(SAMPLE, URI.create("file:///nonexistent/"));
      new PdfRenderer().render("<html><p>broken</html>", URI.create("file:///nonexistent/"));
    } finally {
      System.setOut(out);
      System.setErr(err);
      root.removeHandler(handler);
    }
    assertEquals("", captured.toString(StandardCharsets.UTF_8));
    assertEquals(List.of(), records.stream().map(LogRecord::getMessage).toList());
  }

  @Test
  void aFirstRenderInAFreshJvmPrintsNothing() throws Exception {
    // Logging back-ends complain once per JVM; only a JVM of its own shows that first time.
    FreshJvm run = FreshJvm.run(RenderInFreshJvm.class);
    assertEquals(0, run.exitCode(), run.output());
    assertEquals("", run.output());
  }

  @Test
  @UsesExternalPrograms
  void arabicAndHebrewExtractInTheOrderTheyAreWrittenWithNothingLost() throws Exception {
    String arabic = "تعلم الآلة يدرس الشبكات العصبية منذ عام 2012، ويهتم بتطوير الخوارزميات.";
    String hebrew = "מודלים גדולים לומדים ייצוגים כלליים.";
    String xhtml = """
        <html xmlns="http://www.w3.org/1999/xhtml" lang="ar"><head><title>t</title>
        <style>body { font-family: "Liberation Serif"; }</style></head>
        <body><h1>مجموعة القراءة</h1><p>%s</p><p>%s</p></body>
        </html>
        """.formatted(arabic, hebrew);
    // What a reader copies out of the PDF: bidi marks aside, the letters as the notes have them,
    // in their order. The gaps between words are the floats' margins, which pdftotext may or may
    // not read as spaces, so spaces are not compared.
    String text = java.text.Normalizer.normalize(Poppler.text(renderOk(xhtml)),
        java.text.Normalizer.Form.NFKC).replaceAll("[\u202A-\u202E\\s]", "");
    assertAll(
        () -> assertTrue(text.contains("مجموعةالقراءة"), text),
        () -> assertTrue(text.contains(arabic.replace(" ", "")), text),
        () -> assertTrue(text.contains(hebrew.replace(" ", "")), text));
  }

  @Test
  void aPngPictureGivenAsDataIsStoredAsItsFileStoresItWithTheSamePixels() throws Exception {
    BufferedImage slide = gradient(96, 54);
    byte[] png = Png.rgb(slide, 6);
    String xhtml = SAMPLE.replace("<h1>Warm-up schedules</h1>", "<h1>Warm-up schedules</h1>"
        + "<img src=\"data:image/png;base64," + Base64.getEncoder().encodeToString(png) + "\"/>");
    assertStoredAsItsFileStoresIt(renderOk(xhtml), png, slide);
  }

  @Test
  void aPictureTheBuildGivesByAddressIsStoredAsItsRowsWereGiven() throws Exception {
    BufferedImage slide = gradient(120, 68);
    Png.StoredRows rows = Png.rgbRows(slide, 6);
    String xhtml = SAMPLE.replace("<h1>Warm-up schedules</h1>", "<h1>Warm-up schedules</h1>"
        + "<img src=\"paperdeck:slide-1.png\"/>");
    PdfRenderer.Result result = renderer.render(xhtml, XhtmlParser.SOURCE,
        URI.create("file:///nonexistent/"), FileRoots.of(), HandoutGlyphs.defaults(),
        new GivenPictures(Map.of("paperdeck:slide-1.png", rows)));
    assertEquals(List.of(), result.diagnostics());
    assertStoredAsItsFileStoresIt(result.pdf(), Png.file(rows), slide);
  }

  @Test
  void anAddressNoPictureIsGivenForIsNotReadFromAnywhereElse() {
    String xhtml = SAMPLE.replace("<h1>Warm-up schedules</h1>", "<h1>Warm-up schedules</h1>"
        + "<img src=\"paperdeck:slide-2.png\"/>");
    PdfRenderer.Result result = renderer.render(xhtml, XhtmlParser.SOURCE,
        URI.create("file:///nonexistent/"), FileRoots.of(), HandoutGlyphs.defaults(),
        new GivenPictures(Map.of("paperdeck:slide-1.png", Png.rgbRows(gradient(40, 30), 6))));
    assertEquals(1, result.diagnostics().size(), result.diagnostics().toString());
    assertEquals("the handout may not read paperdeck:slide-2.png; it is left out",
        result.diagnostics().get(0).message());
    assertEquals(Severity.WARNING, result.diagnostics().get(0).severity());
  }

  private static BufferedImage gradient(int width, int height) {
    BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = picture.createGraphics();
    g.setPaint(new GradientPaint(0, 0, new Color(0x1F3A5F), width, height, new Color(0xE8A33D)));
    g.fillRect(0, 0, width, height);
    g.dispose();
    return picture;
  }

  /** The PDF holds one image: {@code png}'s own deflated rows, which are {@code picture}'s. */
  private static void assertStoredAsItsFileStoresIt(byte[] pdfBytes, byte[] png,
      BufferedImage picture) throws IOException {
    PdfReader pdf = new PdfReader(pdfBytes);
    List<PRStream> images = new ArrayList<>();
    for (int i = 1; i < pdf.getXrefSize(); i++) {
      if (pdf.getPdfObject(i) instanceof PRStream stream
          && PdfName.IMAGE.equals(stream.get(PdfName.SUBTYPE))) {
        images.add(stream);
      }
    }
    assertEquals(1, images.size());
    PRStream image = images.get(0);
    // The PNG's own deflated rows, not decoded and deflated again.
    assertArrayEquals(Png.storedRows(png).orElseThrow().deflated(),
        PdfReader.getStreamBytesRaw(image));
    // Read back through the PNG predictors, the rows are the picture's pixels.
    byte[] rows = PdfReader.getStreamBytes(image);
    int width = picture.getWidth();
    int height = picture.getHeight();
    assertEquals(height * width * 3, rows.length);
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        int at = (y * width + x) * 3;
        int rgb = (rows[at] & 0xFF) << 16 | (rows[at + 1] & 0xFF) << 8 | rows[at + 2] & 0xFF;
        assertEquals(picture.getRGB(x, y) & 0xFFFFFF, rgb, "pixel " + x + "," + y);
      }
    }
  }

  @Test
  void aDamagedPngGivenAsDataIsLeftOutWithAWarningThatDoesNotQuoteIt() {
    BufferedImage picture = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
    byte[] png = Png.rgb(picture, 6);
    png[png.length - 20] ^= 0x5A; // inside the deflated rows, before the end chunk
    String xhtml = SAMPLE.replace("<h1>Warm-up schedules</h1>", "<h1>Warm-up schedules</h1>"
        + "<img src=\"data:image/png;base64," + Base64.getEncoder().encodeToString(png) + "\"/>");
    PdfRenderer.Result result = renderer.render(xhtml, URI.create("file:///nonexistent/"));
    assertEquals(1, result.diagnostics().size(), result.diagnostics().toString());
    Diagnostic warning = result.diagnostics().get(0);
    assertEquals(Severity.WARNING, warning.severity(), warning.toString());
    assertEquals("the handout's image given as a data: address could not be loaded; it is left"
        + " out", warning.message());
  }
}
