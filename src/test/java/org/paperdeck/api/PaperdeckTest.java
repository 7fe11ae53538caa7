package org.paperdeck.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperdeck.diagnostics.Diagnostic;
import org.paperdeck.diagnostics.Severity;
import org.paperdeck.diagnostics.SourcePos;

/** The Java API, used as a program that embeds paperdeck would use it. */
class PaperdeckTest {
  private static final Path EXAMPLE = Path.of("talks", "iclr-2022.md");

  /** One build of the worked example, in memory, shared: a build takes seconds. */
  private static Result example;

  @TempDir
  Path dir;

  @BeforeAll
  static void buildTheExample() throws Exception {
    example = Paperdeck.builder().build().build(EXAMPLE);
  }

  @Test
  void theExampleBuildsInMemoryIntoADeckWithItsSlides() throws Exception {
    assertTrue(example.ok(), example.diagnostics().toString());
    assertEquals(List.of(Format.PPTX, Format.PDF), example.formats());
    byte[] pptx = example.output(Format.PPTX).orElseThrow();
    try (XMLSlideShow deck = new XMLSlideShow(new ByteArrayInputStream(pptx))) {
      List<XSLFSlide> slides = deck.getSlides();
      assertEquals(example.slideCount(), slides.size());
      assertEquals(example.slideCount() + " slides", example.summary(Format.PPTX));
      assertTrue(text(slides.get(0)).contains("ICLR 2022 — research works I read"),
          text(slides.get(0)));
      assertTrue(slides.stream().anyMatch(slide -> text(slide).contains("TRANS-ENCODER")),
          "a paper's slide");
    }
    byte[] pdf = example.output(Format.PDF).orElseThrow();
    assertEquals("%PDF-", new String(pdf, 0, 5, StandardCharsets.US_ASCII));
    assertEquals("iclr-2022", example.baseName());
  }

  private static String text(XSLFSlide slide) {
    StringBuilder text = new StringBuilder();
    for (XSLFShape shape : slide.getShapes()) {
      if (shape instanceof XSLFTextShape box) {
        text.append(box.getText()).append('\n');
      }
    }
    return text.toString();
  }

  @Test
  void theWarningsOfABuildAreValuesAtTheirNotesLines() {
    List<Diagnostic> warnings = example.diagnostics();
    assertFalse(warnings.isEmpty(), "the example's long sections continue on a second slide");
    for (Diagnostic warning : warnings) {
      assertEquals(Severity.WARNING, warning.severity());
      assertEquals(EXAMPLE.toString(), warning.pos().file());
      assertTrue(warning.pos().line() > 1, warning.toString());
    }
  }

  @Test
  void brokenNotesGiveErrorsAsValuesAndNoOutputs() throws Exception {
    Path notes = dir.resolve("talk.md");
    Files.writeString(notes, "---\ntitle: T\n---\n# Cat\n## Paper\nAutors: Fangyu Liu\n\nText.\n");
    Result result = Paperdeck.builder().formats(Format.HTML).build().build(notes);
    assertFalse(result.ok());
    assertTrue(result.hasErrors());
    assertEquals(List.of(new Diagnostic(Severity.ERROR, new SourcePos(notes.toString(), 6, 1),
        "unknown metadata key 'Autors'; did you mean 'authors'?", null)),
        result.diagnostics().stream().map(d -> d.withHint(null)).toList());
    assertTrue(result.output(Format.HTML).isEmpty());
    assertThrows(IllegalStateException.class, () -> result.writeTo(dir.resolve("out")));
    assertFalse(Files.exists(dir.resolve("out")), "nothing written");
  }

  @Test
  void writeToWritesEachFormatNamedAfterTheNotes() throws Exception {
    Path notes = dir.resolve("talk.md");
    Files.writeString(notes, "---\ntitle: T\n---\n# Cat\n## Paper\nText.\n");
    Result result = Paperdeck.builder().formats(Format.HTML, Format.PDF).paper(Paper.LETTER)
        .build().build(notes);
    assertTrue(result.ok(), result.diagnostics().toString());
    Path out = dir.resolve("out");
    List<Path> written = result.writeTo(out);
    assertEquals(List.of(out.resolve("talk.pdf"), out.resolve("talk.html")), written);
    try (Stream<Path> files = Files.list(out)) {
      assertEquals(2, files.count(), "no temporary file is left");
    }
    assertArrayEquals(result.output(Format.HTML).orElseThrow(),
        Files.readAllBytes(out.resolve("talk.html")));
    assertTrue(result.output(Format.PPTX).isEmpty(), "not asked for");
  }

  @Test
  void anUnknownTemplateSetIsRefusedWhenConfigured() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Paperdeck.builder().templates("compactt"));
    assertEquals("no built-in template set 'compactt'; the built-in sets are default, compact,"
        + " slides, lightning", e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> Paperdeck.builder().templateFolder(dir.resolve("missing")).build());
  }

  @Test
  void theExampleOfTheDocsCompilesAgainstTheApiAloneAndBuildsTheTalk() throws Exception {
    String doc = Files.readString(Path.of("docs", "api.md"));
    Matcher block = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL).matcher(doc);
    assertTrue(block.find(), "docs/api.md has a Java example");
    Path source = dir.resolve("src/MakeHandouts.java");
    Files.createDirectories(source.getParent());
    Files.writeString(source, block.group(1));
    // Only paperdeck's own classes on the classpath: the API shows no library's type.
    Path classes = Path.of(Paperdeck.class.getProtectionDomain().getCodeSource().getLocation()
        .toURI());
    Path compiled = dir.resolve("classes");
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream messages = new ByteArrayOutputStream();
    int status = javac.run(null, messages, messages, "-d", compiled.toString(),
        "-cp", classes.toString(), "-Xlint:all", "-Werror", source.toString());
    assertEquals(0, status, messages.toString(StandardCharsets.UTF_8));

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream originalOut = System.out;
    PrintStream originalErr = System.err;
    Path folder = dir.resolve("out");
    try (URLClassLoader loader = new URLClassLoader(new URL[] {compiled.toUri().toURL()},
        getClass().getClassLoader())) {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      loader.loadClass("MakeHandouts").getMethod("main", String[].class)
          .invoke(null, (Object) new String[] {folder.toString(), EXAMPLE.toString()});
    } finally {
      System.setOut(originalOut);
      System.setErr(originalErr);
    }
    assertTrue(out.toString(StandardCharsets.UTF_8).matches("wrote "
        + Pattern.quote(folder.resolve("iclr-2022.pptx").toString()) + "\nwrote "
        + Pattern.quote(folder.resolve("iclr-2022.pdf").toString()) + "\n\\d+ slides\n"),
        out.toString(StandardCharsets.UTF_8));
    try (InputStream in = Files.newInputStream(folder.resolve("iclr-2022.pptx"));
        XMLSlideShow deck = new XMLSlideShow(in)) {
      assertFalse(deck.getSlides().isEmpty());
    }
    // The example's problems, one line each as Diagnostic prints itself: warnings only.
    for (String line : err.toString(StandardCharsets.UTF_8).lines().toList()) {
      assertTrue(line.matches(Pattern.quote(EXAMPLE.toString()) + ":\\d+:\\d+: warning: .+"),
          line);
    }
  }
}
