package org.paperdeck;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.paperdeck.pptx.LabThemes;

/**
 * The worked example and a long talk of many papers, links, a table and math, each built with
 * the real command on every theme {@link LabThemes} makes, rendered by LibreOffice and
 * checked as {@link ThemedDecks} does: readable or warned about, on the slide, inside its box,
 * off the theme's artwork.
 */
class LabThemesIT {
  private static final List<Path> TALKS = List.of(Path.of("talks/iclr-2022.md"),
      Path.of("src/test/resources/org/paperdeck/themes/long-talk.md"));

  /** {@code -Dpaperdeck.themes=dark,glow} checks only those themes (names without extension). */
  private static final String ONLY = System.getProperty("paperdeck.themes", "");

  @TempDir
  static Path dir;

  @TestFactory
  Stream<DynamicTest> everyWordReadsOnEveryHostileTheme() throws Exception {
    Tools.require("soffice");
    Tools.require("pdftoppm");
    Path themes = Files.createDirectories(dir.resolve("themes"));
    List<ThemedDecks.Built> decks = new ArrayList<>();
    for (Map.Entry<String, byte[]> theme : LabThemes.all().entrySet()) {
      String name = theme.getKey().replaceFirst("\\.[^.]+$", "");
      if (!ONLY.isEmpty() && !List.of(ONLY.split(",")).contains(name)) {
        continue;
      }
      Path file = Files.write(themes.resolve(theme.getKey()), theme.getValue());
      for (Path talk : TALKS) {
        String talkName = talk.getFileName().toString().replaceFirst("\\.md$", "");
        decks.add(ThemedDecks.build(talk, file, dir, name + "-" + talkName));
      }
    }
    Path pdf = ThemedDecks.render(decks, dir);
    return decks.stream().map(deck -> DynamicTest.dynamicTest(deck.name(), () -> {
      List<String> problems = ThemedDecks.problems(deck, pdf, dir.resolve("pages"));
      assertTrue(problems.isEmpty(), deck.name() + ":\n" + String.join("\n", problems));
    }));
  }
}
