package org.paperdeck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * --help, --version and templates list answer without the parser and the libraries a build
 * needs, and say exactly what the parser would have said.
 */
class QuickAnswersTest {
  /** The libraries a build loads and these answers must not: POI, FreeMarker, Flying Saucer and OpenPDF, and the parser. */
  private static final List<String> NOT_LOADED = List.of("org.apache.poi.", "org.apache.xmlbeans.",
      "freemarker.", "org.xhtmlrenderer.", "com.lowagie.", "org.openpdf.", "picocli.");

  @TempDir
  Path dir;

  private static Piped quick(boolean terminal, String... args) {
    return Piped.run(new byte[0], terminal, terminal, Map.of(), args);
  }

  /** The same command line through picocli. */
  private static String parsed(boolean terminal, String... args) {
    StringWriter out = new StringWriter();
    PrintWriter writer = new PrintWriter(out);
    int code = Cli.runParsed(args, new StandardStreams(InputStream.nullInputStream(),
        OutputStream.nullOutputStream(), writer, writer, terminal, terminal, Map.of()));
    assertEquals(0, code);
    return out.toString();
  }

  @Test
  void eachAnswerIsWhatTheParserSays() {
    for (List<String> line : List.of(List.of("--help"), List.of("-h"), List.of("--version"),
        List.of("-V"), List.of("templates", "list"))) {
      for (boolean terminal : new boolean[] {false, true}) {
        String[] args = line.toArray(String[]::new);
        Piped run = quick(terminal, args);
        assertEquals(0, run.code());
        assertEquals(parsed(terminal, args), run.out(), line + (terminal ? " on a terminal" : ""));
      }
    }
  }

  @Test
  void templatesListShowsEveryBuiltInSetWhatItIsForAndItsOwnFiles() {
    List<String> lines = quick(false, "templates", "list").out().lines().toList();
    assertEquals(List.of(
        "Built-in template sets (build with --templates NAME; copy one to edit with 'paperdeck"
            + " templates export DIR --set NAME'):",
        "  default    the deck, and a handout with a contents list, one paper after another",
        "             deck.ftlx, handout.ftlh, handout.css, theme.pptx",
        "  compact    the handout in small type and two columns, no contents list",
        "             handout.ftlh, handout.css; the rest from default",
        "  slides     a handout of the deck's own slides, three to a page, each beside ruled lines"
            + " for notes",
        "             handout.ftlh, handout.css; the rest from default",
        "  lightning  a deck for five-minute rounds: one slide per paper, its key insight in large"
            + " type",
        "             deck.ftlx; the rest from default"), lines);
  }

  @Test
  void theAnswersLoadNeitherTheParserNorABuildsLibraries() throws Exception {
    for (List<String> line : List.of(List.of("--help"), List.of("--version"),
        List.of("templates", "list"))) {
      Path log = dir.resolve("classes.txt");
      List<String> command = new ArrayList<>(List.of(
          Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-Xlog:class+load:file=" + log, "-cp", System.getProperty("java.class.path"),
          Main.class.getName()));
      command.addAll(line);
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(process.waitFor(60, TimeUnit.SECONDS));
      assertEquals(0, process.exitValue(), output);
      List<String> loaded = Files.readAllLines(log).stream()
          .map(entry -> entry.replaceFirst("^\\[[^]]*\\]\\[[^]]*\\]\\[[^]]*\\] ", ""))
          .filter(entry -> NOT_LOADED.stream().anyMatch(entry::startsWith)).toList();
      assertEquals(List.of(), loaded, line + " loaded what a build needs");
      assertTrue(Files.readString(log).contains(Main.class.getName()), "the log is of this run");
    }
  }
}
