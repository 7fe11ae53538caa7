package org.paperdeck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.paperdeck.model.Talk;
import org.paperdeck.notes.NotesReader;
import org.paperdeck.templates.TemplateEngine;
import org.paperdeck.templates.TemplateSet;

/**
 * Golden deck plans: every talk in {@code talks/} against {@code src/test/golden/NAME.plan.xml}.
 * Run with {@code -Dpaperdeck.accept=true} to rewrite the golden files after a deliberate
 * change, then review the diff (and the renders) before committing.
 */
class GoldenPlanTest {
  private static final Path TALKS = Path.of("talks");
  private static final Path GOLDEN = Path.of("src/test/golden");

  @TestFactory
  Stream<DynamicTest> everyTalkPlansAsItsGoldenFile() throws IOException {
    TemplateEngine engine = new TemplateEngine(TemplateSet.builtIn());
    NotesReader reader = new NotesReader();
    // A talk's YAML or JSON translation must plan exactly as its Markdown form: one golden file.
    return Files.list(TALKS).filter(p -> p.toString().matches(".*\\.(md|yaml|json)$")).sorted().flatMap(notes -> {
      String file = notes.getFileName().toString();
      Path golden = GOLDEN.resolve(baseName(notes) + ".plan.xml");
      return Stream.of(
          DynamicTest.dynamicTest(file, () -> check(engine, reader, notes, golden, false)),
          DynamicTest.dynamicTest(file + " with CRLF line endings", () -> check(engine, reader, notes, golden, true)));
    });
  }

  private static void check(TemplateEngine engine, NotesReader reader, Path notes, Path golden,
      boolean crlf) throws IOException {
    byte[] bytes = Files.readAllBytes(notes);
    if (crlf) {
      bytes = new String(bytes, java.nio.charset.StandardCharsets.UTF_8).replace("\n", "\r\n")
          .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
    String base = baseName(notes);
    Talk talk = reader.read(bytes, notes.toString(), notes.toAbsolutePath().getParent(), base).talk();
    String plan = engine.renderDeckPlan(talk).text();
    if (Boolean.getBoolean("paperdeck.accept") && !crlf && notes.toString().endsWith(".md")) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, plan);
    }
    assertEquals(Files.readString(golden), plan, "plan differs from " + golden + " (-Dpaperdeck.accept=true rewrites it)");
  }

  private static String baseName(Path notes) {
    return notes.getFileName().toString().replaceFirst("\\.(md|yaml|json)$", "");
  }
}
