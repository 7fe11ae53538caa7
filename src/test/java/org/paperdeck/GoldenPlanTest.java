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
    return Files.list(TALKS).filter(p -> p.toString().endsWith(".md")).sorted().flatMap(notes -> {
      String name = notes.getFileName().toString().replaceFirst("\\.md$", "");
      Path golden = GOLDEN.resolve(name + ".plan.xml");
      return Stream.of(
          DynamicTest.dynamicTest(name, () -> check(engine, reader, notes, golden, false)),
          DynamicTest.dynamicTest(name + " with CRLF line endings", () -> check(engine, reader, notes, golden, true)));
    });
  }

  private static void check(TemplateEngine engine, NotesReader reader, Path notes, Path golden,
      boolean crlf) throws IOException {
    byte[] bytes = Files.readAllBytes(notes);
    if (crlf) {
      bytes = new String(bytes, java.nio.charset.StandardCharsets.UTF_8).replace("\n", "\r\n")
          .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
    String base = notes.getFileName().toString().replaceFirst("\\.md$", "");
    Talk talk = reader.read(bytes, notes.toString(), notes.toAbsolutePath().getParent(), base).talk();
    String plan = engine.renderDeckPlan(talk).text();
    if (Boolean.getBoolean("paperdeck.accept") && !crlf) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, plan);
    }
    assertEquals(Files.readString(golden), plan, "plan differs from " + golden + " (-Dpaperdeck.accept=true rewrites it)");
  }
}
