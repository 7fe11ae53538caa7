package org.paperdeck.pptx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFSlideLayout;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.presentationml.x2006.main.STSlideLayoutType;
import org.paperdeck.diagnostics.Diagnostic;
import org.paperdeck.plan.PlanParser;

/** Which layout a slide role lands on: by name, by type, by stand-in, or as the template says. */
class LayoutChooserTest {
  private static final String PLAN = """
      <deck>%s
        <slide role="title"><title>Talk</title><subtitle>Jane</subtitle></slide>
        <slide role="section"><title>One</title></slide>
        <slide role="paper"><title>Paper</title><body><p>Text.</p></body></slide>
        <slide role="section"><title>Two</title></slide>
      </deck>
      """;

  /** The default theme, changed as a theme made elsewhere might be. */
  static byte[] theme(Consumer<XMLSlideShow> change) throws IOException {
    try (XMLSlideShow show = new XMLSlideShow(
        new ByteArrayInputStream(Files.readAllBytes(DeckWriterTest.THEME)))) {
      change.accept(show);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      show.write(out);
      return out.toByteArray();
    }
  }

  static void rename(XMLSlideShow show, String from, String to, STSlideLayoutType.Enum type) {
    XSLFSlideLayout layout = show.getSlideMasters().get(0).getLayout(from);
    layout.getXmlObject().getCSld().setName(to);
    if (type != null) {
      layout.getXmlObject().setType(type);
    }
  }

  static DeckWriter.Result write(String layouts, byte[] theme) {
    PlanParser.Result parsed = PlanParser.parse(PLAN.formatted(layouts), "deck.ftlx");
    assertEquals(List.of(), parsed.diagnostics());
    return new DeckWriter().write(parsed.plan(), theme, "lab.pptx", "deck.ftlx");
  }

  static List<String> layoutsUsed(DeckWriter.Result result) throws IOException {
    try (XMLSlideShow show = DeckWriterTest.read(result)) {
      return show.getSlides().stream().map(XSLFSlide::getSlideLayout)
          .map(XSLFSlideLayout::getName).toList();
    }
  }

  @Test
  void rolesFindPowerPointsLayoutNames() throws IOException {
    DeckWriter.Result result = write("", theme(show -> { }));
    assertEquals(List.of(), result.diagnostics());
    assertEquals(List.of("Title Slide", "Section Header", "Title and Content", "Section Header"),
        layoutsUsed(result));
  }

  @Test
  void aLayoutNamedOtherwiseIsFoundByItsTypeWithoutAWarning() throws IOException {
    byte[] theme = theme(show -> {
      rename(show, "Title and Content", "Title, Content", null);
      rename(show, "Section Header", "Chapter Opener", null);
    });
    DeckWriter.Result result = write("", theme);
    assertEquals(List.of(), result.diagnostics());
    assertEquals(List.of("Title Slide", "Chapter Opener", "Title, Content", "Chapter Opener"),
        layoutsUsed(result));
  }

  @Test
  void withNeitherNameNorTypeAStandInWithRoomForTheTextStandsInWithOneWarningNamingIt()
      throws IOException {
    byte[] theme = theme(show -> rename(show, "Section Header", "Quote", STSlideLayoutType.CUST));
    DeckWriter.Result result = write("", theme);
    // "Title Only" has nowhere for a section slide's text; "Title Slide" has its subtitle.
    assertEquals(List.of("Title Slide", "Title Slide", "Title and Content", "Title Slide"),
        layoutsUsed(result));
    assertEquals(1, result.diagnostics().size(), "one warning for the role, not one per slide");
    Diagnostic warning = result.diagnostics().get(0);
    assertEquals("lab.pptx has no 'Section Header' layout (nor one of type secHead); section"
        + " slides use 'Title Slide' instead", warning.message());
    assertEquals(3, warning.pos().line(), "at the first section slide");
  }

  @Test
  void aTitleSlideLayoutWithoutATitleBoxGivesWayWithAWarningAndTheTitleStaysOnTheSlide()
      throws IOException {
    // A title slide drawn as a picture, its placeholders deleted.
    byte[] theme = theme(show -> {
      XSLFSlideLayout titleSlide = show.getSlideMasters().get(0).getLayout("Title Slide");
      List.copyOf(titleSlide.getShapes()).stream()
          .filter(shape -> shape instanceof XSLFTextShape text && text.isPlaceholder())
          .forEach(titleSlide::removeShape);
    });
    DeckWriter.Result result = write("", theme);
    assertEquals(List.of("Section Header", "Section Header", "Title and Content",
        "Section Header"), layoutsUsed(result));
    assertEquals(List.of("lab.pptx's 'Title Slide' layout has no box for the title; title slides"
        + " use 'Section Header' instead"), result.diagnostics().stream()
        .map(Diagnostic::message).toList());
    try (XMLSlideShow show = DeckWriterTest.read(result)) {
      String shown = texts(show.getSlides().get(0).getShapes());
      assertTrue(shown.contains("Talk") && shown.contains("Jane"), shown);
    }
  }

  @Test
  void aSlideOnALayoutWithoutATitleBoxGivesItsTitleToTheNotesAndSaysSo() throws IOException {
    DeckWriter.Result result = writeOnDefault("<deck><slide role='paper' layout='Blank'>"
        + "<title>Attention Is Enough</title></slide></deck>");
    assertEquals(List.of("slide 1: layout 'Blank' has no title placeholder; the title went to"
        + " the speaker notes"), result.diagnostics().stream().map(Diagnostic::message).toList());
    try (XMLSlideShow show = DeckWriterTest.read(result)) {
      String notes = texts(show.getSlides().get(0).getNotes().getShapes());
      assertTrue(notes.contains("Attention Is Enough"), notes);
    }
  }

  @Test
  void theTemplatesLayoutsElementOverridesTheRolesDefault() throws IOException {
    DeckWriter.Result result = write("<layouts section=\"title slide\"/>", theme(show -> { }));
    assertEquals(List.of(), result.diagnostics());
    assertEquals(List.of("Title Slide", "Title Slide", "Title and Content", "Title Slide"),
        layoutsUsed(result));
  }

  @Test
  void anOverrideNamingALayoutTheThemeLacksIsAnErrorListingWhatItHas() {
    DeckWriter.Result result = write("<layouts paper=\"Title, Content\"/>", theme -> { });
    assertNull(result.pptx());
    assertEquals(1, result.diagnostics().size());
    Diagnostic error = result.diagnostics().get(0);
    assertTrue(error.isError());
    assertEquals("no layout 'Title, Content' (<layouts paper>) in lab.pptx; it has: Title Slide,"
        + " Blank, Title and Content, Title Only, Section Header, Two Content", error.message());
  }

  @Test
  void anExplicitLayoutBeatsTheRole() throws IOException {
    DeckWriter.Result result = writeOnDefault("<deck><slide role='paper' layout='Title Only'>"
        + "<title>P</title></slide></deck>");
    assertEquals(List.of("Title Only"), layoutsUsed(result));
  }

  private static String texts(List<? extends org.apache.poi.xslf.usermodel.XSLFShape> shapes) {
    return shapes.stream().filter(XSLFTextShape.class::isInstance)
        .map(shape -> ((XSLFTextShape) shape).getText()).toList().toString();
  }

  private static DeckWriter.Result writeOnDefault(String plan) throws IOException {
    PlanParser.Result parsed = PlanParser.parse(plan, "deck.ftlx");
    return new DeckWriter().write(parsed.plan(), Files.readAllBytes(DeckWriterTest.THEME),
        "theme.pptx", "deck.ftlx");
  }

  private static DeckWriter.Result write(String layouts, Consumer<XMLSlideShow> change) {
    try {
      return write(layouts, theme(change));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
