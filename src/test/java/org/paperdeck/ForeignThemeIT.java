package org.paperdeck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.presentationml.x2006.main.CTShape;
import org.paperdeck.cli.Cli;

/**
 * The worked example on themes this project did not make: LibreOffice's own Impress templates,
 * exported to .pptx by LibreOffice as a user would. Their layouts are named "Title, Content",
 * they have no "Section Header", repeat every layout per master, and carry sample slides.
 */
class ForeignThemeIT {
  private static final Path TEMPLATES = Path.of("/usr/lib/libreoffice/share/template/common/presnt");
  private static final List<String> THEMES = List.of("Vivid", "Piano");

  @TempDir
  static Path dir;

  @TestFactory
  Stream<DynamicTest> theExampleBuildsOnLibreOfficesOwnTemplates() {
    return THEMES.stream().map(name -> DynamicTest.dynamicTest(name, () -> check(name)));
  }

  private static void check(String name) throws Exception {
    Path work = Files.createDirectories(dir.resolve(name));
    Tools.run(work, List.of("soffice", "-env:UserInstallation=" + work.resolve("profile").toUri(),
        "--headless", "--convert-to", "pptx", "--outdir", work.toString(),
        TEMPLATES.resolve(name + ".otp").toString()));
    Path theme = work.resolve(name + ".pptx");
    List<String> samples = new ArrayList<>();
    try (InputStream in = Files.newInputStream(theme); XMLSlideShow show = new XMLSlideShow(in)) {
      show.getSlides().forEach(slide -> samples.add(textOf(slide).strip()));
    }
    assertFalse(samples.isEmpty(), "LibreOffice's template carries sample slides");

    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Cli.run(new String[] {"build", "talks/iclr-2022.md", "-o", work.toString(),
        "--theme", theme.toString()}, new PrintWriter(out), new PrintWriter(err));
    assertEquals(0, code, err.toString());
    assertTrue(err.toString().contains("has no 'Section Header' layout (nor one of type secHead);"
        + " section slides use 'Title Slide' instead"), err.toString());

    Path deck = work.resolve("iclr-2022.pptx");
    List<String> titles = new ArrayList<>();
    try (InputStream in = Files.newInputStream(deck); XMLSlideShow show = new XMLSlideShow(in)) {
      for (XSLFSlide slide : show.getSlides()) {
        String title = "";
        for (XSLFShape shape : slide.getShapes()) {
          if (shape instanceof XSLFTextShape text && isPlaceholder(text)) {
            assertFalse(text.getText().isBlank(), "an empty placeholder would show 'Click to"
                + " add text': " + text.getShapeName() + " on slide " + (titles.size() + 1));
            if (text.getPlaceholder() == Placeholder.TITLE
                || text.getPlaceholder() == Placeholder.CENTERED_TITLE) {
              title = text.getText().strip();
            }
          }
        }
        assertFalse(title.isEmpty(), "slide " + (titles.size() + 1) + " has its title");
        titles.add(title);
      }
      // Sample slides would come first; the deck starts with the talk's own title slide.
      assertEquals("ICLR 2022 — research works I read", titles.get(0));
      assertEquals("Agenda", titles.get(1));
      // The agenda may go on to a second slide where the body keeps off the theme's artwork.
      int section = titles.indexOf("Training Strategy");
      assertTrue(section >= 2 && titles.subList(2, section).stream()
          .allMatch(t -> t.startsWith("Agenda (cont.)")), titles::toString);
      XSLFSlide paper = show.getSlides().get(section + 1);
      assertTrue(paper.getSlideLayout().getName().equals("Title, Content"), "paper role on obj");
      String face = Tools.squash(textOf(paper));
      assertTrue(face.contains(Tools.squash("Fangyu Liu, Yunlong Jiao")), "the body is on the slide");
      // A footer too long for the theme's box is cut at a word end with an ellipsis.
      String footer = "ICLR 2022 — research works I read";
      String shown = paper.getPlaceholders().length == 0 ? "" : java.util.Arrays.stream(
              paper.getPlaceholders())
          .filter(p -> p.getPlaceholder() == Placeholder.FOOTER).map(p -> p.getText().strip())
          .findFirst().orElse("");
      assertTrue(shown.equals(footer) || shown.endsWith("…")
          && footer.startsWith(shown.substring(0, shown.length() - 1))
          && footer.charAt(shown.length() - 1) == ' ', "footer whole or cut at a word end: " + shown);
      assertTrue(face.contains(String.valueOf(section + 2)), "slide number");
      for (XSLFSlide slide : show.getSlides()) {
        assertFalse(textOf(slide).contains("<number>") || textOf(slide).contains("Click to"),
            "no template leftovers on slide " + slide.getSlideNumber());
      }
    }
    assertEquals(Tools.pdfPages(Tools.libreOfficePdf(deck, work)), titles.size(),
        "LibreOffice renders one page per slide");
    try (InputStream in = Files.newInputStream(deck); XMLSlideShow show = new XMLSlideShow(in)) {
      for (XSLFSlide slide : show.getSlides()) {
        String text = textOf(slide);
        samples.stream().filter(sample -> !sample.isBlank()).forEach(sample -> assertFalse(
            text.contains(sample), "sample slide text on slide " + slide.getSlideNumber()));
      }
    }
  }

  private static boolean isPlaceholder(XSLFTextShape text) {
    return text.getXmlObject() instanceof CTShape sp && sp.getNvSpPr().getNvPr().isSetPh();
  }

  private static String textOf(XSLFSlide slide) {
    StringBuilder sb = new StringBuilder();
    for (XSLFShape shape : slide.getShapes()) {
      if (shape instanceof XSLFTextShape text) {
        sb.append(text.getText()).append('\n');
      }
    }
    return sb.toString();
  }
}
