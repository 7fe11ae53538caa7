package org.paperdeck.pptx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextCharacterProperties;
import org.openxmlformats.schemas.presentationml.x2006.main.CTPicture;
import org.paperdeck.cli.Cli;
import org.paperdeck.diagnostics.Diagnostic;
import org.paperdeck.plan.DeckPlan;

/**
 * The worked example written on each theme {@link LabThemes} makes, read back with POI: the
 * layouts it lands on, the colours it is given, and where it is put. (LabThemesIT renders
 * the same decks with LibreOffice and checks them word by word.)
 */
class LabThemesTest {
  private static DeckPlan example;

  @TempDir Path temp;

  @BeforeAll
  static void planTheExampleOnce() {
    example = ExamplePlan.read();
  }

  private static DeckWriter.Result write(byte[] theme, String name) {
    return new DeckWriter().write(example, theme, name, "deck.ftlx");
  }

  private static List<String> layouts(XMLSlideShow show) {
    return show.getSlides().stream().map(s -> s.getSlideLayout().getName()).toList();
  }

  private static String messages(DeckWriter.Result result) {
    return String.join("\n", result.diagnostics().stream().map(Diagnostic::message).toList());
  }

  @Test
  void layoutsNamedInPortugueseOrGermanWithoutTheirTypesAreFoundByName() throws IOException {
    DeckWriter.Result pt = write(LabThemes.portuguese(), "portugues.pptx");
    try (XMLSlideShow show = DeckWriterTest.read(pt)) {
      List<String> used = layouts(show);
      assertEquals("Slide de Título", used.get(0));
      assertEquals("Conteúdo", used.get(1), "the agenda");
      assertEquals("Cabeçalho da Seção", used.get(2), "a section");
      assertEquals("Conteúdo", used.get(3), "a paper");
      assertFalse(messages(pt).contains("layout"), messages(pt));
    }
    DeckWriter.Result de = write(LabThemes.germanWithoutSection(), "deutsch.pptx");
    try (XMLSlideShow show = DeckWriterTest.read(de)) {
      List<String> used = layouts(show);
      assertEquals(List.of("Titelfolie", "Inhalt", "Titelfolie", "Inhalt"), used.subList(0, 4));
      assertTrue(messages(de).contains("deutsch.pptx has no 'Section Header' layout (nor one of"
          + " type secHead); section slides use 'Titelfolie' instead"), messages(de));
    }
  }

  @Test
  void aContentLayoutThatLostItsBodyGivesWayToTheRoomiestLayoutWithABody() throws IOException {
    DeckWriter.Result result = write(LabThemes.noBodyOnContent(), "lab.pptx");
    try (XMLSlideShow show = DeckWriterTest.read(result)) {
      XSLFSlide paper = titled(show, "TRANS-ENCODER");
      assertEquals("Two Content", paper.getSlideLayout().getName(), "a paper, on the layout with"
          + " most room under a full-width title");
      XSLFTextShape body = placeholder(paper, Placeholder.CONTENT,
          Placeholder.BODY);
      assertTrue(body.getText().contains("Fangyu Liu"), "the paper's text is on its slide");
    }
    String said = messages(result);
    assertTrue(said.contains("lab.pptx's 'Title and Content' layout has no box for the body;"
        + " paper slides use 'Two Content' instead"), said);
    assertFalse(said.contains("went to the speaker notes"), said);
  }

  @Test
  void onADarkThemeLinksBylinesAndLabelsTakeLightSchemeColours() throws IOException {
    DeckWriter.Result result = write(LabThemes.dark(), "dark.pptx");
    try (XMLSlideShow show = DeckWriterTest.read(result)) {
      XSLFTextShape body = placeholder(titled(show, "TRANS-ENCODER"),
          Placeholder.CONTENT, Placeholder.BODY);
      List<String> links = new ArrayList<>();
      List<String> muted = new ArrayList<>();
      for (XSLFTextParagraph paragraph : body.getTextParagraphs()) {
        for (XSLFTextRun run : paragraph.getTextRuns()) {
          CTTextCharacterProperties props = run.getRPr(false);
          if (props != null && props.isSetHlinkClick()) {
            // The theme's dark blue link colour would vanish; the run's own colour is shown,
            // and the link says so for PowerPoint and LibreOffice.
            links.add(scheme(props) + " " + props.getHlinkClick().getExtLst().getExtArray(0)
                .getUri());
          } else if (MutedInk.is(props)) {
            muted.add(scheme(props));
          }
        }
      }
      assertEquals(List.of("lt1 {A12FA001-AC4F-418D-AE19-62706E023703}",
          "lt1 {A12FA001-AC4F-418D-AE19-62706E023703}"), links, "paper and code");
      assertFalse(muted.isEmpty(), "the byline");
      muted.forEach(colour -> assertTrue(colour.startsWith("lt"), "a light shade: " + colour));
    }
  }

  @Test
  void aBylinesLinksShowInTheBylinesOwnJudgedColourNotTheThemesBlue() throws IOException {
    try (XMLSlideShow show = DeckWriterTest.read(write(LabThemes.yellow(), "yellow.pptx"))) {
      XSLFTextShape body = placeholder(titled(show, "TRANS-ENCODER"),
          Placeholder.CONTENT, Placeholder.BODY);
      List<String> links = new ArrayList<>();
      for (XSLFTextParagraph paragraph : body.getTextParagraphs()) {
        for (XSLFTextRun run : paragraph.getTextRuns()) {
          CTTextCharacterProperties props = run.getRPr(false);
          if (props != null && props.isSetHlinkClick()) {
            // Left to the theme's blue, LibreOffice shows it tinted as the byline is: 4.0:1.
            links.add(scheme(props) + " " + (props.getHlinkClick().isSetExtLst()
                ? props.getHlinkClick().getExtLst().getExtArray(0).getUri() : "theme blue"));
          }
        }
      }
      assertEquals(List.of("dk1 {A12FA001-AC4F-418D-AE19-62706E023703}",
          "dk1 {A12FA001-AC4F-418D-AE19-62706E023703}"), links, "paper and code");
    }
  }

  @Test
  void qrCodesAreDrawnInTheSchemesDarkestAndLightestColours() throws IOException {
    try (XMLSlideShow show = DeckWriterTest.read(write(LabThemes.dark(), "dark.pptx"))) {
      CTPicture code = qrCode(titled(show, "TRANS-ENCODER"));
      String blip = code.getBlipFill().getBlip().xmlText();
      assertTrue(blip.matches("(?s).*<a:duotone><a:schemeClr val=\"dk1\"/><a:schemeClr"
          + " val=\"lt1\"/></a:duotone>.*"), blip);
    }
  }

  @Test
  void textAndQrCodesKeepOffTheThemesArtworkAndItsFooter() throws IOException {
    Rectangle2D seal = new Rectangle2D.Double(632, 404, 64, 64);
    Rectangle2D band = new Rectangle2D.Double(0, 496, 720, 44);
    try (XMLSlideShow show = DeckWriterTest.read(write(LabThemes.fourThree(), "4x3.pptx"))) {
      for (XSLFSlide slide : show.getSlides()) {
        List<Rectangle2D> footers = new ArrayList<>();
        List<Rectangle2D> placed = new ArrayList<>();
        for (XSLFShape shape : slide.getShapes()) {
          if (shape instanceof XSLFTextShape text && DeckWriterTest.isDecor(text.getPlaceholder())) {
            footers.add(text.getAnchor());
          } else if (shape instanceof XSLFTextShape || shape instanceof XSLFPictureShape) {
            placed.add(shape.getAnchor());
          }
        }
        for (Rectangle2D box : placed) {
          String where = "slide " + slide.getSlideNumber() + ": " + box;
          assertFalse(box.intersects(seal), where + " runs over the seal");
          assertFalse(box.intersects(band), where + " runs over the footer band");
          footers.forEach(footer -> assertFalse(box.intersects(footer), where + " runs over "
              + footer));
        }
      }
    }
  }

  @Test
  void textKeepsOffSmallShapesTheThemeDrawsInsideTheBodysBox() throws IOException {
    try (XMLSlideShow show = DeckWriterTest.read(write(LabThemes.leaves(), "leaves.pptx"))) {
      for (XSLFSlide slide : show.getSlides()) {
        for (XSLFShape shape : slide.getShapes()) {
          if (shape instanceof XSLFTextShape text && !DeckWriterTest.isDecor(text.getPlaceholder())
              && !text.getText().isBlank() || shape instanceof XSLFPictureShape) {
            for (Rectangle2D leaf : LabThemes.LEAVES) {
              assertFalse(shape.getAnchor().intersects(leaf), "slide " + slide.getSlideNumber()
                  + ": '" + shape.getShapeName() + "' " + shape.getAnchor() + " runs over the leaf "
                  + leaf);
            }
          }
        }
      }
    }
  }

  @Test
  void whiteFooterTextOnTheThemesFooterBarIsLeftAsItIs() throws IOException {
    DeckWriter.Result result = write(LabThemes.footerBar(), "footer-bar.pptx");
    assertFalse(messages(result).contains("the footer") || messages(result).contains("number"),
        messages(result));
    try (XMLSlideShow show = DeckWriterTest.read(result)) {
      XSLFTextShape footer = placeholder(show.getSlides().get(1), Placeholder.FOOTER);
      for (XSLFTextParagraph paragraph : footer.getTextParagraphs()) {
        for (XSLFTextRun run : paragraph.getTextRuns()) {
          CTTextCharacterProperties props = run.getRPr(false);
          assertFalse(props != null && props.isSetSolidFill(), "the footer keeps the theme's"
              + " white, not " + (props == null ? "" : props.getSolidFill()));
        }
      }
    }
  }

  @Test
  void aFaintGlowOverADarkPageLeavesLightTextAlone() {
    String said = messages(write(LabThemes.nightGlow(), "night-glow.pptx"));
    assertFalse(said.contains("no colour of the theme's scheme"), said);
    assertFalse(said.contains("the theme's dk"), "light text stays light: " + said);
  }

  @Test
  void aQrCodeKeepsOffAFigureTheThemeDrawsInItsCorner() throws IOException {
    try (XMLSlideShow show = DeckWriterTest.read(write(LabThemes.figure(), "figure.pptx"))) {
      int codes = 0;
      for (XSLFSlide slide : show.getSlides()) {
        for (XSLFShape shape : slide.getShapes()) {
          if (shape instanceof XSLFPictureShape && "QR code".equals(shape.getShapeName())) {
            codes++;
            assertFalse(shape.getAnchor().intersects(LabThemes.FIGURE), "slide "
                + slide.getSlideNumber() + ": the code " + shape.getAnchor() + " lies on the"
                + " figure");
          }
        }
      }
      assertTrue(codes > 5, "the example's papers have codes: " + codes);
    }
  }

  @Test
  void aQrCodeStaysOnATriangleThatFillsItsCornerWhole() throws IOException {
    try (XMLSlideShow show = DeckWriterTest.read(write(LabThemes.cornerTriangle(),
        "corner-triangle.pptx"))) {
      int codes = 0;
      for (XSLFSlide slide : show.getSlides()) {
        for (XSLFShape shape : slide.getShapes()) {
          if (shape instanceof XSLFPictureShape && "QR code".equals(shape.getShapeName())) {
            codes++;
            assertTrue(LabThemes.TRIANGLE.contains(shape.getAnchor()), "slide "
                + slide.getSlideNumber() + ": the code " + shape.getAnchor() + " left the"
                + " triangle's corner, taking the body's room");
          }
        }
      }
      assertTrue(codes > 5, "the example's papers have codes: " + codes);
    }
  }

  @Test
  void aSlideNumberTheThemeGreysOutIsSetInAReadableSchemeColour() throws IOException {
    byte[] theme = Files.readAllBytes(Path.of(
        "src/test/resources/golden/iclr-libreoffice-4x3/theme.pptx"));
    DeckWriter.Result result = write(theme, "4x3.pptx");
    // Read without the schema check: the theme's own master breaks it (a bullet size of 45000).
    try (XMLSlideShow show = new XMLSlideShow(new java.io.ByteArrayInputStream(result.pptx()))) {
      XSLFTextShape number = placeholder(show.getSlides().get(1),
          Placeholder.SLIDE_NUMBER);
      // The theme's #8B8B8B reads at 3.4:1 on white; a slide number is small text.
      assertTrue(number.getXmlObject().xmlText().contains("<a:schemeClr val=\"dk1\"/>"),
          number.getXmlObject().xmlText());
    }
    Diagnostic warning = result.diagnostics().stream()
        .filter(d -> d.message().contains("the slide number")).findFirst().orElseThrow();
    assertTrue(warning.message().startsWith("slides 2, 3, 4,"), warning.message());
  }

  @Test
  void aContrastWarningPointsAtTheNotesLineOfItsSlide() {
    DeckWriter.Result result = write(LabThemes.template(), "lab.potx");
    Diagnostic label = result.diagnostics().stream()
        .filter(d -> d.message().startsWith("slide 10: the text of the body")).findFirst()
        .orElseThrow(() -> new AssertionError(messages(result)));
    assertEquals("talks/iclr-2022.md", label.pos().file());
    assertEquals(100, label.pos().line(), "the paper's heading");
  }

  @Test
  void aPotxThemeBuildsAPresentation() throws IOException {
    Path theme = Files.write(temp.resolve("lab.potx"), LabThemes.template());
    StringWriter err = new StringWriter();
    int code = Cli.run(new String[] {"build", "talks/iclr-2022.md", "-o", temp.toString(),
        "--formats", "pptx", "--theme", theme.toString()}, new PrintWriter(new StringWriter()),
        new PrintWriter(err));
    assertEquals(0, code, err.toString());
    try (var pkg = org.apache.poi.openxml4j.opc.OPCPackage.open(
        temp.resolve("iclr-2022.pptx").toFile())) {
      assertTrue(pkg.getPartsByContentType("application/vnd.openxmlformats-officedocument"
          + ".presentationml.presentation.main+xml").size() == 1, "PowerPoint opens it as a deck");
    } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
      throw new IOException(e);
    }
  }

  /** The slide's first placeholder of one of {@code kinds}, bare LibreOffice ones too. */
  private static XSLFTextShape placeholder(XSLFSlide slide, Placeholder... kinds) {
    for (XSLFTextShape shape : Placeholders.all(slide)) {
      if (java.util.Arrays.asList(kinds).contains(Placeholders.kind(shape))) {
        return shape;
      }
    }
    return null;
  }

  /** The first slide whose title starts with {@code start}. */
  private static XSLFSlide titled(XMLSlideShow show, String start) {
    for (XSLFSlide slide : show.getSlides()) {
      XSLFTextShape title = placeholder(slide, Placeholder.TITLE,
          Placeholder.CENTERED_TITLE);
      if (title != null && title.getText().startsWith(start)) {
        return slide;
      }
    }
    throw new AssertionError("no slide titled " + start + "…");
  }

  private static String scheme(CTTextCharacterProperties props) {
    return props.getSolidFill().getSchemeClr().getVal().toString();
  }

  private static CTPicture qrCode(XSLFSlide slide) {
    for (XSLFShape shape : slide.getShapes()) {
      if (shape instanceof XSLFPictureShape picture && "QR code".equals(picture.getShapeName())) {
        return (CTPicture) picture.getXmlObject();
      }
    }
    throw new AssertionError("no QR code on slide " + slide.getSlideNumber());
  }
}
