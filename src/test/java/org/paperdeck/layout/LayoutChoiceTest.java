package org.paperdeck.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.paperdeck.plan.SlideRole;

/** Layout choice on hand-made themes whose layouts have foreign names and no types. */
class LayoutChoiceTest {
  private static final ThemeGeometry.Insets INSETS = new ThemeGeometry.Insets(3.6, 7.2, 3.6, 7.2);

  private static ThemeGeometry.Placeholder ph(ThemeGeometry.Kind kind, double y) {
    return new ThemeGeometry.Placeholder(kind, true, true, new Box(36, y, 648, 80), INSETS, 24.0,
        false, "Arial", java.awt.Color.BLACK);
  }

  private static ThemeGeometry.Layout layout(int index, String name, ThemeGeometry.Kind... kinds) {
    List<ThemeGeometry.Placeholder> placeholders = new java.util.ArrayList<>();
    for (int i = 0; i < kinds.length; i++) {
      placeholders.add(ph(kinds[i], 30 + 100 * i));
    }
    return new ThemeGeometry.Layout(index, name, "cust", new java.util.HashSet<>(List.of(kinds)),
        placeholders);
  }

  private static ThemeGeometry theme(ThemeGeometry.Layout... layouts) {
    return new ThemeGeometry(720, 540, 12700, List.of(layouts),
        List.of(layouts).stream().map(ThemeGeometry.Layout::name).toList());
  }

  private static String chosen(ThemeGeometry theme, SlideRole role) {
    return LayoutChooser.choose(theme, role, Map.of()).orElseThrow().layout().name();
  }

  @Test
  void portugueseNamesAreFound() {
    ThemeGeometry theme = theme(
        layout(0, "Slide de Título", ThemeGeometry.Kind.CENTERED_TITLE, ThemeGeometry.Kind.SUBTITLE),
        layout(1, "Título e Conteúdo", ThemeGeometry.Kind.TITLE, ThemeGeometry.Kind.CONTENT),
        layout(2, "Cabeçalho da Seção", ThemeGeometry.Kind.TITLE, ThemeGeometry.Kind.BODY));
    assertEquals("Slide de Título", chosen(theme, SlideRole.TITLE));
    assertEquals("Título e Conteúdo", chosen(theme, SlideRole.PAPER));
    assertEquals("Cabeçalho da Seção", chosen(theme, SlideRole.SECTION));
  }

  @Test
  void germanNamesAreFound() {
    ThemeGeometry theme = theme(
        layout(0, "Titelfolie", ThemeGeometry.Kind.CENTERED_TITLE, ThemeGeometry.Kind.SUBTITLE),
        layout(1, "Inhalt", ThemeGeometry.Kind.TITLE, ThemeGeometry.Kind.CONTENT),
        layout(2, "Abschnittsüberschrift", ThemeGeometry.Kind.TITLE, ThemeGeometry.Kind.BODY),
        layout(3, "Zwei Inhalte", ThemeGeometry.Kind.TITLE, ThemeGeometry.Kind.CONTENT,
            ThemeGeometry.Kind.CONTENT));
    assertEquals("Titelfolie", chosen(theme, SlideRole.TITLE));
    assertEquals("Inhalt", chosen(theme, SlideRole.AGENDA));
    assertEquals("Abschnittsüberschrift", chosen(theme, SlideRole.SECTION));
    assertEquals("Zwei Inhalte", chosen(theme, SlideRole.PAPER_WITH_FIGURE));
  }

  @Test
  void libreOfficeSpellingOfTitleAndContentIsFound() {
    ThemeGeometry theme = theme(
        layout(0, "Title Only", ThemeGeometry.Kind.TITLE),
        layout(1, "Title, Content", ThemeGeometry.Kind.TITLE, ThemeGeometry.Kind.CONTENT));
    assertEquals("Title, Content", chosen(theme, SlideRole.PAPER));
  }

  @Test
  void sectionSlidesSkipAStandInWithNowhereForTheirText() {
    ThemeGeometry theme = theme(
        layout(0, "Title Only", ThemeGeometry.Kind.TITLE),
        layout(1, "Title Slide", ThemeGeometry.Kind.CENTERED_TITLE, ThemeGeometry.Kind.SUBTITLE),
        layout(2, "Title, Content", ThemeGeometry.Kind.TITLE, ThemeGeometry.Kind.CONTENT));
    LayoutChooser.Choice choice = LayoutChooser.choose(theme, SlideRole.SECTION, Map.of())
        .orElseThrow();
    assertEquals("Title Slide", choice.layout().name());
    assertEquals(LayoutChooser.Via.STAND_IN, choice.via());
  }

  @Test
  void aTemplatesChoiceStillWins() {
    ThemeGeometry theme = theme(
        layout(0, "Titelfolie", ThemeGeometry.Kind.CENTERED_TITLE, ThemeGeometry.Kind.SUBTITLE),
        layout(1, "Nur Titel", ThemeGeometry.Kind.TITLE));
    assertEquals("Nur Titel", LayoutChooser.choose(theme, SlideRole.SECTION,
        Map.of(SlideRole.SECTION, "nur titel")).orElseThrow().layout().name());
  }

  @Test
  void plainNamesIgnoreCaseAccentsAndPunctuation() {
    assertEquals("titulo e conteudo", LayoutNames.plain("  Título e Conteúdo "));
    assertTrue(LayoutNames.means("Title, Content", "Title and Content"));
  }

  @Test
  void layoutNamesOfPolishChineseAndBulgarianPowerPointAreKnown() {
    // As the themes of labs in those languages name them (types left out, as after an edit).
    Map<String, String> names = Map.of("Tytuł i zawartość", "Title and Content",
        "Slajd tytułowy", "Title Slide", "Nagłówek sekcji", "Section Header",
        "标题和内容", "Title and Content", "节标题", "Section Header",
        "Заглавие и съдържание", "Title and Content", "Заглавен слайд", "Title Slide",
        "Заглавка на секция", "Section Header", "Две съдържания", "Two Content");
    names.forEach((name, english) -> assertTrue(LayoutNames.means(name, english), name));
    assertFalse(LayoutNames.means("Заглавие и съдържание", "Title Slide"));
  }
}
