package org.paperdeck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperdeck.cli.Cli;

/**
 * The worked customisations of docs/templates.md, done the way the reference says: export the
 * default set, apply the reference's own code blocks, build, and read the deck and handout back.
 */
class WorkedCustomisationsIT {
  private static final String NOTES = """
      ---
      title: Reading group
      ---
      # Training
      ## First paper
      Authors: Ann Lee
      Link: https://example.org/first

      The summary says a lot. It goes on.

      ### Insights
      - The first insight.
      - The second insight.

      ### Questions
      - Why?

      # Inference
      ## Second paper
      Text of the second paper, long enough to reach the top right corner of the slide if nothing moved it out of the way.
      """;

  @TempDir
  Path dir;
  Path mine;
  Path notes;
  Path out;

  @BeforeEach
  void export() throws IOException {
    mine = dir.resolve("mine");
    out = dir.resolve("out");
    notes = Files.writeString(dir.resolve("talk.md"), NOTES);
    assertEquals(0, run("templates", "export", mine.toString()));
  }

  private static int run(String... args) {
    StringWriter err = new StringWriter();
    int code = Cli.run(args, new PrintWriter(new StringWriter()), new PrintWriter(err));
    assertEquals("", code == 0 ? "" : err.toString());
    return code;
  }

  private void build(String... extra) {
    List<String> args = new ArrayList<>(List.of("build", "-q", notes.toString(), "-o",
        out.toString(), "--templates", mine.toString()));
    args.addAll(List.of(extra));
    assertEquals(0, run(args.toArray(String[]::new)));
  }

  /** The first fenced block after the reference's heading that starts with {@code heading}. */
  static String block(String heading) throws IOException {
    String reference = Files.readString(Path.of("docs/templates.md"));
    int at = reference.indexOf("\n### " + heading);
    assertTrue(at >= 0, "no heading " + heading);
    Matcher m = Pattern.compile("```\\w*\\n(.*?)```", Pattern.DOTALL).matcher(reference);
    assertTrue(m.find(at), "no code block after " + heading);
    return m.group(1);
  }

  private String deckTemplate() throws IOException {
    return Files.readString(mine.resolve("deck.ftlx"));
  }

  private XMLSlideShow deck() throws IOException {
    try (InputStream in = Files.newInputStream(out.resolve("talk.pptx"))) {
      return new XMLSlideShow(in);
    }
  }

  private static String text(XSLFSlide slide) {
    StringBuilder sb = new StringBuilder();
    for (XSLFShape shape : slide.getShapes()) {
      if (shape instanceof XSLFTextShape t) {
        sb.append(t.getText()).append('\n');
      }
    }
    return sb.toString();
  }

  @Test
  void thePaperSlideShowsInsightsOnlyInLargerType() throws IOException {
    String template = deckTemplate();
    int slide = template.indexOf("<slide role=\"<#if paper.image??>");
    int start = template.indexOf("<body", slide);
    int end = template.indexOf("</body>", start) + "</body>".length();
    Files.writeString(mine.resolve("deck.ftlx"), template.substring(0, start)
        + block("1.").strip() + template.substring(end));
    build();
    try (XMLSlideShow show = deck()) {
      XSLFSlide paper = show.getSlides().get(3);
      String face = text(paper);
      assertTrue(face.contains("The first insight.") && face.contains("Ann Lee"), face);
      assertFalse(face.contains("The summary says a lot"), "the summary left the slide: " + face);
      StringBuilder notes = new StringBuilder();
      paper.getNotes().getShapes().forEach(shape -> notes.append(
          shape instanceof XSLFTextShape t ? t.getText() : ""));
      assertTrue(notes.toString().contains("The summary says a lot"), notes.toString());
      XSLFTextShape body = paper.getShapes().stream()
          .filter(shape -> shape instanceof XSLFTextShape t && t.getText().contains("first insight"))
          .map(XSLFTextShape.class::cast).findFirst().orElseThrow();
      double size = body.getTextParagraphs().get(1).getTextRuns().get(0).getFontSize();
      assertEquals(28, size, 0.01, "the insights start at 28 pt and fit there");
    }
  }

  @Test
  void aLogoGoesOnEverySlideAndTextMakesRoomForIt() throws IOException {
    BufferedImage logo = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = logo.createGraphics();
    g.setColor(Color.ORANGE);
    g.fillRect(0, 0, 200, 100);
    g.dispose();
    ImageIO.write(logo, "png", dir.resolve("logo.png").toFile());
    String macro = block("2.").strip();
    // After each start tag; its attribute values may hold FreeMarker tags with a '>'.
    String template = deckTemplate().replaceAll("(<slide (?:[^>\"]|\"[^\"]*\")*>)", "$1<@logo/>");
    assertEquals(7, template.split("<@logo/>", -1).length - 1, "seven slides in the default deck");
    Files.writeString(mine.resolve("deck.ftlx"), macro + "\n" + template);

    build();
    try (XMLSlideShow show = deck()) {
      for (XSLFSlide slide : show.getSlides()) {
        assertTrue(logos(slide).isEmpty(), "no variable, no logo");
      }
    }
    build("--var", "logo=logo.png");
    try (XMLSlideShow show = deck()) {
      double width = show.getPageSize().getWidth();
      assertEquals(7, show.getSlides().size());
      for (XSLFSlide slide : show.getSlides()) {
        List<XSLFPictureShape> logos = logos(slide);
        assertEquals(1, logos.size(), "slide " + slide.getSlideNumber());
        Rectangle2D box = logos.get(0).getAnchor();
        assertEquals(36, box.getWidth(), 0.01, "scaled into a 36 pt square, aspect kept");
        assertEquals(18, box.getHeight(), 0.01);
        assertTrue(box.getMaxX() < width && box.getMaxX() > width - 40, "in the top right: " + box);
        assertTrue(box.getY() < 30, box.toString());
        for (XSLFShape shape : slide.getShapes()) {
          if (shape instanceof XSLFTextShape text && !text.getText().isBlank()) {
            assertFalse(text.getAnchor().intersects(box), "slide " + slide.getSlideNumber()
                + ": '" + text.getText() + "' runs under the logo");
          }
        }
      }
    }
  }

  private static List<XSLFPictureShape> logos(XSLFSlide slide) {
    List<XSLFPictureShape> logos = new ArrayList<>();
    for (XSLFShape shape : slide.getShapes()) {
      if (shape instanceof XSLFPictureShape picture && "Logo".equals(picture.getShapeName())) {
        logos.add(picture);
      }
    }
    return logos;
  }

  @Test
  void withoutTheAgendaTheDeckStartsWithTitleThenSection() throws IOException {
    String template = deckTemplate();
    String dropped = template.replaceFirst("(?s)\\s*<slide role=\"agenda\"[^>]*>.*?</slide>", "");
    assertNotEquals(template, dropped);
    Files.writeString(mine.resolve("deck.ftlx"), dropped);
    build();
    try (XMLSlideShow show = deck()) {
      List<XSLFSlide> slides = show.getSlides();
      assertTrue(text(slides.get(0)).startsWith("Reading group"), text(slides.get(0)));
      List<String> titles = slides.subList(1, slides.size()).stream().map(XSLFSlide::getTitle)
          .toList();
      assertEquals(List.of("Training", "First paper", "Discussion: Training", "Inference",
          "Second paper"), titles);
    }
  }

  @Test
  void theHandoutTakesTheNewStyles() throws Exception {
    build("--formats", "pdf");
    String before = Tools.run(out, List.of("pdffonts", out.resolve("talk.pdf").toString()));
    assertTrue(before.contains("LiberationSerif"), before);
    Files.writeString(mine.resolve("handout.css"), Files.readString(mine.resolve("handout.css"))
        + "\n" + block("4."));
    build("--formats", "pdf");
    String after = Tools.run(out, List.of("pdffonts", out.resolve("talk.pdf").toString()));
    assertFalse(after.contains("LiberationSerif"), after);
    assertTrue(after.contains("LiberationSans"), after);
  }
}
