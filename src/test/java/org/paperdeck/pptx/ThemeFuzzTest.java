package org.paperdeck.pptx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.paperdeck.diagnostics.Diagnostic;
import org.paperdeck.plan.DeckPlan;
import org.paperdeck.plan.PlanParser;

/**
 * Whatever file a user passes as the theme, inspecting it gives a report or one clear message,
 * and building a small deck on it gives a deck PowerPoint's format allows or errors: never an
 * exception, never an error of the JVM. A theme that cannot be inspected cannot be built on
 * either, and the build says why in the same words. In a normal test run this replays the seeds
 * and every finding kept under ThemeFuzzTestInputs; with {@code JAZZER_FUZZ=1} it fuzzes (see
 * docs/testing.md and {@link ThemeFuzzInput} for what an input stands for).
 */
class ThemeFuzzTest {
  /** A title, a section, a paper with a list, notes and a link: the roles most decks use. */
  private static final DeckPlan PLAN = plan("<deck footer=\"Fuzz\">"
      + "<slide role=\"title\"><title>A talk</title><subtitle>Someone</subtitle></slide>"
      + "<slide role=\"section\"><title>Part one</title><body><p>Two papers</p></body></slide>"
      + "<slide role=\"paper\" accent=\"2\"><title>A paper</title><body><p>Plain and <b>bold</b>"
      + "</p><ul><li>one</li><li>two</li></ul></body><notes><p>Say this.</p></notes>"
      + "<qr href=\"https://example.org/\"/></slide></deck>");
  private static final String CANNOT_USE = "cannot use theme: ";

  @FuzzTest(maxDuration = "30m")
  void everyThemeFileGivesADeckOrAClearMessage(byte[] input) {
    byte[] theme = ThemeFuzzInput.theme(input);
    String inspectFailure = null;
    try {
      ThemeReport report = ThemeReport.inspect(theme);
      assertFalse(report.layouts().isEmpty(), "a theme with no layout is refused");
    } catch (IOException e) {
      inspectFailure = e.getMessage();
      assertClear(inspectFailure);
    }
    DeckWriter.Result result = new DeckWriter().write(PLAN, theme, "theme.pptx", "deck.ftlx");
    List<String> errors = result.diagnostics().stream().filter(Diagnostic::isError)
        .map(Diagnostic::message).toList();
    assertEquals(result.ok(), errors.isEmpty(), "a deck exactly when there are no errors");
    errors.stream().filter(m -> m.startsWith(CANNOT_USE))
        .forEach(m -> assertClear(m.substring(CANNOT_USE.length())));
    if (inspectFailure != null) {
      assertEquals(List.of(CANNOT_USE + inspectFailure), errors,
          "the build refuses the theme as inspection does");
    }
    if (result.ok()) {
      try (XMLSlideShow deck = new XMLSlideShow(new ByteArrayInputStream(result.pptx()))) {
        assertEquals(result.slideCount(), deck.getSlides().size(), "the deck opens again");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * A message a user can act on: words, not a library's exception or a stack frame. The names
   * of the file's own parts, which it shows in quotes, may say anything.
   */
  private static void assertClear(String message) {
    assertNotNull(message);
    assertFalse(message.isBlank());
    String words = message.replaceAll("'[^']*'", "''");
    for (String internal : List.of("Exception", "java.", "org.apache", "Cannot invoke", "null")) {
      assertFalse(words.contains(internal), message);
    }
    assertTrue(message.chars().noneMatch(Character::isISOControl), message);
  }

  private static DeckPlan plan(String xml) {
    PlanParser.Result parsed = PlanParser.parse(xml, "deck.ftlx");
    if (!parsed.ok()) {
      throw new IllegalStateException(parsed.diagnostics().toString());
    }
    return parsed.plan();
  }
}
