package org.paperdeck.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.paperdeck.diagnostics.Diagnostic;
import org.paperdeck.files.FileRoots;
import org.paperdeck.handout.HtmlWriter;
import org.paperdeck.model.Talk;
import org.paperdeck.model.TalkInfo;
import org.paperdeck.notes.NotesReader;
import org.paperdeck.plan.PlanParser;

/**
 * Whatever a notes file or the command line puts into {@code vars} and {@code labels} (huge or
 * odd strings, control characters, markup, numbers, lists, maps), every built-in template set
 * answers with its text or with clear diagnostics, and the stage after it (the deck plan's
 * reader, the handout's XHTML reader) does the same: never an exception, never a JVM error,
 * never a message in Java's words. In a normal {@code mvn verify} this replays the seeds and
 * every finding kept under TemplateVarsFuzzTestInputs; with {@code JAZZER_FUZZ=1} it fuzzes (see
 * docs/testing.md).
 *
 * <p>The input is text, one entry a line, so that seeds can be written by hand: the first byte
 * picks the template set, then {@code KIND KEY=VALUE} lines, KIND one of {@code s} (a string),
 * {@code n} (a number), {@code b} (a boolean), {@code l} (a list, items split at {@code |}),
 * {@code m} (a map, {@code k:v} items split at {@code |}), {@code r} (a string repeated:
 * {@code COUNT*TEXT}, up to a few million characters), {@code L} (a label).
 */
class TemplateVarsFuzzTest {
  private static final Path FOLDER = Path.of("target", "fuzz-templates").toAbsolutePath();
  private static final Talk TALK = new NotesReader().read("""
      ---
      title: A talk
      presenter: Ann Lee
      ---
      Introduction with $x^2$.

      # A category

      ## A paper
      Authors: Ann Lee, Bo Chen
      Link: https://example.org/a

      The summary. Its second sentence.

      ### Insights
      1. One insight.
      2. Another, with **bold** text.

      # Further reading
      - [Something](https://example.org/b): worth it.
      """.getBytes(StandardCharsets.UTF_8), "talk.md", FOLDER, "talk").talk();
  private static final List<TemplateEngine> ENGINES = new ArrayList<>();

  static {
    try {
      for (String name : TemplateSet.BUILT_IN_NAMES) {
        ENGINES.add(new TemplateEngine(TemplateSet.builtIn(name)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @FuzzTest(maxDuration = "30m")
  void builtInTemplatesAnswerHostileVarsWithTextOrClearDiagnostics(byte[] input) {
    if (input.length == 0) {
      return;
    }
    TemplateEngine engine = ENGINES.get(Math.floorMod(input[0], ENGINES.size()));
    Map<String, Object> vars = new LinkedHashMap<>();
    Map<String, String> labels = new LinkedHashMap<>();
    String text = new String(input, 1, input.length - 1, StandardCharsets.UTF_8);
    for (String line : text.split("\n")) {
      entry(line, vars, labels);
    }
    TalkInfo info = TALK.info();
    Talk talk = new Talk(TALK.sourceName(), new TalkInfo(info.title(), info.subtitle(),
        info.presenters(), info.date(), info.event(), info.venue(), info.duration(), info.lang(),
        vars, info.fonts(), info.warnMissingGlyphs(), labels), TALK.intro(), TALK.categories(),
        TALK.furtherReading());

    Rendered plan = engine.renderDeckPlan(talk);
    assertAnswered(plan, text);
    if (!plan.failed()) {
      assertClear(PlanParser.parse(plan.text(), plan.sourceName(), FileRoots.of(FOLDER))
          .diagnostics(), text);
    }
    Rendered handout = engine.renderHandout(talk);
    assertAnswered(handout, text);
    if (!handout.failed()) {
      List<Diagnostic> read = new HtmlWriter().write(handout.text(), handout.sourceName(),
          FOLDER.toUri(), FileRoots.of(FOLDER)).diagnostics();
      assertClear(read, text);
      // Whatever the values hold, the handout the built-in templates print is well-formed.
      assertFalse(read.stream().anyMatch(d -> d.message().contains("not well-formed")),
          read.toString());
    }
  }

  /** Text or an error, never both and never neither, in words a user can read. */
  private static void assertAnswered(Rendered rendered, String input) {
    assertEquals(rendered.failed(), rendered.diagnostics().stream().anyMatch(Diagnostic::isError),
        "text exactly when there is no error: " + rendered.diagnostics());
    assertClear(rendered.diagnostics(), input);
  }

  /**
   * No Java class names or exceptions in the messages. Messages quote the values (a hint shows
   * the output line), so a word the input itself holds proves nothing and is not looked for.
   */
  private static void assertClear(List<Diagnostic> diagnostics, String input) {
    for (Diagnostic d : diagnostics) {
      String said = d.message() + " " + d.hint();
      for (String javaWord : List.of("java.", "xception", "freemarker.")) {
        assertFalse(said.contains(javaWord) && !input.contains(javaWord),
            "a message in Java's words: " + d);
      }
    }
  }

  private static void entry(String line, Map<String, Object> vars, Map<String, String> labels) {
    int equals = line.indexOf('=');
    if (line.length() < 3 || line.charAt(1) != ' ' || equals < 3) {
      return;
    }
    String key = line.substring(2, equals);
    String value = line.substring(equals + 1);
    switch (line.charAt(0)) {
      case 's' -> vars.put(key, value);
      case 'n' -> vars.put(key, number(value));
      case 'b' -> vars.put(key, value.startsWith("t"));
      case 'l' -> vars.put(key, List.of(value.split("\\|", -1)));
      case 'm' -> {
        Map<String, Object> map = new LinkedHashMap<>();
        for (String item : value.split("\\|")) {
          int colon = item.indexOf(':');
          map.put(colon < 0 ? item : item.substring(0, colon),
              colon < 0 ? "" : item.substring(colon + 1));
        }
        vars.put(key, map);
      }
      case 'r' -> vars.put(key, repeated(value));
      case 'L' -> labels.put(key, value);
      default -> { }
    }
  }

  private static Number number(String value) {
    try {
      return value.contains(".") || value.contains("e") ? Double.parseDouble(value)
          : Long.parseLong(value);
    } catch (NumberFormatException e) {
      return value.length();
    }
  }

  /** {@code COUNT*TEXT}: TEXT repeated, at most 4 million characters in all. */
  private static String repeated(String value) {
    int star = value.indexOf('*');
    String unit = star < 0 ? value : value.substring(star + 1);
    int count;
    try {
      count = star < 0 ? 1 : Integer.parseInt(value.substring(0, star));
    } catch (NumberFormatException e) {
      count = 1;
    }
    if (unit.isEmpty()) {
      return "";
    }
    return unit.repeat(Math.max(0, Math.min(count, 4_000_000 / unit.length())));
  }
}
