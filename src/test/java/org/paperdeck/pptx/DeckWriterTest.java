package org.paperdeck.pptx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFHyperlink;
import org.apache.poi.xslf.usermodel.XSLFNotes;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperdeck.OoxmlValidation;
import org.paperdeck.diagnostics.Diagnostic;
import org.paperdeck.diagnostics.Severity;
import org.paperdeck.diagnostics.SourcePos;
import org.paperdeck.layout.Flow;
import org.paperdeck.layout.TextFitter;
import org.paperdeck.layout.TextMeasure;
import org.paperdeck.plan.PlanParser;
import org.paperdeck.plan.Run;

class DeckWriterTest {
  static final Path THEME = Path.of("templates/default/theme.pptx");

  @TempDir Path temp;

  /** Parses a plan, writes it on the default theme, and (with -Dpaperdeck.render=DIR) saves it. */
  static DeckWriter.Result write(String planXml, String name) throws IOException {
    PlanParser.Result parsed = PlanParser.parse(planXml, "deck.ftlx");
    assertEquals(List.of(), parsed.diagnostics());
    DeckWriter.Result result = new DeckWriter().write(parsed.plan(), Files.readAllBytes(THEME),
        "theme.pptx", "deck.ftlx");
    String dir = System.getProperty("paperdeck.render");
    if (dir != null && result.pptx() != null) {
      Files.createDirectories(Path.of(dir));
      Files.write(Path.of(dir, name + ".pptx"), result.pptx());
    }
    return result;
  }

  /** The theme's own decor on a slide: footer, slide number, date. */
  static boolean isDecor(Placeholder placeholder) {
    return placeholder == Placeholder.FOOTER || placeholder == Placeholder.SLIDE_NUMBER
        || placeholder == Placeholder.DATETIME;
  }

  static XMLSlideShow read(DeckWriter.Result result) throws IOException {
    assertNotNull(result.pptx(), () -> result.diagnostics().toString());
    OoxmlValidation.assertValid(result.pptx(), "the deck");
    return new XMLSlideShow(new ByteArrayInputStream(result.pptx()));
  }

  static String items(int count, String words) {
    StringBuilder sb = new StringBuilder();
    for (int i = 1; i <= count; i++) {
      sb.append("<li>Item ").append(i).append(": ").append(words).append("</li>\n");
    }
    return sb.toString();
  }

  static XSLFTextShape placeholder(XSLFSlide slide, Placeholder... types) {
    for (XSLFTextShape shape : slide.getPlaceholders()) {
      if (List.of(types).contains(shape.getPlaceholder())) {
        return shape;
      }
    }
    return null;
  }

  static String notesText(XMLSlideShow show, XSLFSlide slide) {
    XSLFNotes notes = slide.getNotes();
    if (notes == null) {
      return "";
    }
    return notes.getPlaceholders().length == 0 ? "" : java.util.Arrays.stream(notes.getPlaceholders())
        .filter(s -> s.getPlaceholder() == Placeholder.BODY).map(XSLFTextShape::getText)
        .collect(Collectors.joining("\n"));
  }

  static List<Double> runSizes(XSLFTextShape shape) {
    List<Double> sizes = new ArrayList<>();
    for (XSLFTextParagraph p : shape.getTextParagraphs()) {
      for (XSLFTextRun r : p.getTextRuns()) {
        sizes.add(r.getFontSize());
      }
    }
    return sizes;
  }

  @Test
  void smallPlanReadsBackWithOrderTitlesLayoutsNotesAndLinks() throws IOException {
    DeckWriter.Result result = write("""
        <deck>
          <slide layout="Title Slide">
            <title>ICLR 2022 — posters I read</title>
            <subtitle>Jane Doe · NLP reading group</subtitle>
            <notes><p>Welcome everyone.</p></notes>
          </slide>
          <slide layout="section header"><title>Training strategy</title>
            <body><p>Three papers</p></body></slide>
          <slide layout="Title and Content">
            <title>Paper one</title>
            <body>
              <p class="byline">A. Author · Somewhere · ICLR 2022</p>
              <p class="label">Idea</p>
              <ul><li>Read <a href="https://arxiv.org/abs/1234">the paper</a></li>
                <li>Loss <math>x^2 + y_i</math><ul><li>nested <code>code</code></li></ul></li></ul>
              <ol><li>first</li><li>second</li></ol>
            </body>
            <notes><p>Mention the <a href="https://example.org/code">code</a>.</p></notes>
          </slide>
        </deck>
        """, "small");
    assertEquals(List.of(), result.diagnostics());
    try (XMLSlideShow show = read(result)) {
      assertEquals(960, show.getPageSize().width);
      assertEquals(540, show.getPageSize().height);
      List<XSLFSlide> slides = show.getSlides();
      assertEquals(3, slides.size());
      assertEquals(List.of("Title Slide", "Section Header", "Title and Content"),
          slides.stream().map(s -> s.getSlideLayout().getName()).toList());
      assertEquals(List.of("ICLR 2022 — posters I read", "Training strategy", "Paper one"),
          slides.stream().map(s -> placeholder(s, Placeholder.TITLE, Placeholder.CENTERED_TITLE)
              .getText()).toList());
      assertEquals("Jane Doe · NLP reading group",
          placeholder(slides.get(0), Placeholder.SUBTITLE).getText());
      assertTrue(notesText(show, slides.get(0)).contains("Welcome everyone."));
      assertTrue(notesText(show, slides.get(2))
          .contains("Mention the code (https://example.org/code)."), notesText(show, slides.get(2)));

      XSLFTextShape body = placeholder(slides.get(2), Placeholder.CONTENT, Placeholder.BODY);
      // A link of several words is a run per word, each to the same address and one link id,
      // so that LibreOffice can wrap it between words; a reader sees one link.
      List<String> links = new ArrayList<>();
      Set<String> ids = new HashSet<>();
      for (XSLFTextParagraph p : body.getTextParagraphs()) {
        String address = null;
        for (XSLFTextRun r : p.getTextRuns()) {
          XSLFHyperlink link = r.getHyperlink();
          if (link != null && link.getAddress().equals(address)) {
            links.set(links.size() - 1, links.get(links.size() - 1) + r.getRawText());
          } else if (link != null) {
            links.add(r.getRawText());
          }
          address = link == null ? null : link.getAddress();
          if (link != null) {
            ids.add(r.getRPr(false).getHlinkClick().getId());
          }
        }
      }
      assertEquals(List.of("the paper"), links);
      assertEquals(1, ids.size(), "one link id: " + ids);
      assertEquals("https://arxiv.org/abs/1234", body.getTextParagraphs().stream()
          .flatMap(p -> p.getTextRuns().stream()).filter(r -> r.getHyperlink() != null)
          .findFirst().orElseThrow().getHyperlink().getAddress());
      assertTrue(body.getXmlObject().xmlText().contains("normAutofit"), "PowerPoint keeps it fitted");
      List<XSLFTextParagraph> paras = body.getTextParagraphs();
      assertEquals("A. Author · Somewhere · ICLR 2022", paras.get(0).getText());
      assertTrue(paras.get(0).getTextRuns().get(0).isItalic());
      assertTrue(paras.get(1).getTextRuns().get(0).isBold());
      assertEquals(1, paras.get(4).getIndentLevel());
      assertEquals(TextMeasure.MONO_FAMILY, paras.get(4).getTextRuns().get(1).getFontFamily());
      assertEquals("second", paras.get(6).getText());

      for (XSLFSlide slide : slides) {
        for (XSLFTextShape shape : slide.getPlaceholders()) {
          assertFalse(shape.getText().isBlank(), "empty placeholder " + shape.getShapeName());
        }
      }
    }
  }

  @Test
  void longBodyShrinksBetweenFloorAndDefaultAndTheMeasuredHeightFits() throws IOException {
    DeckWriter.Result result = write("<deck><slide layout='Title and Content'><title>Long</title>"
        + "<body><ul>" + items(9, "a fairly long bullet point that surely wraps onto a second line of the slide,"
            + " since it goes on and on for a while")
        + "</ul></body></slide></deck>", "shrink");
    assertEquals(List.of(), result.diagnostics());
    try (XMLSlideShow show = read(result)) {
      XSLFTextShape body = placeholder(show.getSlides().get(0), Placeholder.CONTENT);
      List<Double> sizes = runSizes(body);
      double size = sizes.get(0);
      assertTrue(size < 24 && size >= 14, "size " + size);
      assertTrue(sizes.stream().allMatch(s -> s == size), sizes.toString());
      List<Flow.Para> paras = new ArrayList<>();
      for (int i = 1; i <= 9; i++) {
        paras.add(new Flow.Para(List.of(Run.plain(body.getTextParagraphs().get(i - 1).getText())),
            0, Flow.Marker.BULLET, 0, null, false));
      }
      TextFitter.Area area = WrittenText.area(body);
      assertTrue(TextMeasure.height(paras, size, area.width() * TextFitter.WIDTH_SLACK)
          <= area.height(), "measured text taller than the box");
      assertFalse(TextFitter.fits(paras, size + 1, area), "one point larger should not fit");
    }
  }

  @Test
  void bodyTooLongForTheFloorMovesTheRestToNotesWithAWarning() throws IOException {
    DeckWriter.Result result = write("<deck><slide layout='Title and Content' overflow='notes'>"
        + "<title>Too much</title>"
        + "<body><ul>" + items(30, "words words words words words words words words words")
        + "</ul></body><notes><p>Own notes.</p></notes></slide></deck>", "overflow");
    assertEquals(1, result.diagnostics().size());
    Diagnostic warning = result.diagnostics().get(0);
    assertEquals(Severity.WARNING, warning.severity());
    assertTrue(warning.message().startsWith("slide 1 \"Too much\": the body does not fit even at 14 pt"),
        warning.message());
    try (XMLSlideShow show = read(result)) {
      XSLFSlide slide = show.getSlides().get(0);
      XSLFTextShape body = placeholder(slide, Placeholder.CONTENT);
      assertTrue(runSizes(body).stream().allMatch(s -> s == 14.0));
      assertTrue(body.getText().startsWith("Item 1: "));
      assertFalse(body.getText().contains("Item 30:"));
      String notes = notesText(show, slide);
      assertTrue(notes.startsWith("Own notes.\n(Did not fit on the slide:)\n"), notes);
      assertTrue(notes.contains("Item 30: words"), notes);
      int kept = body.getTextParagraphs().size();
      assertTrue(notes.contains("Item " + (kept + 1) + ": "), "first moved item in notes");
    }
  }

  @Test
  void aParagraphTooLongForTheSlideKeepsTheSentencesThatFit() throws IOException {
    StringBuilder text = new StringBuilder();
    for (int i = 1; i <= 80; i++) {
      text.append("Sentence ").append(i).append(" says something about the paper. ");
    }
    DeckWriter.Result result = write("<deck><slide layout='Title and Content' overflow='notes'>"
        + "<title>Long</title><body><p>" + text + "</p></body></slide></deck>", "long-paragraph");
    try (XMLSlideShow show = read(result)) {
      XSLFSlide slide = show.getSlides().get(0);
      String face = placeholder(slide, Placeholder.CONTENT).getText();
      assertTrue(face.startsWith("Sentence 1 says"), face);
      assertTrue(face.endsWith("about the paper. \u2026"), face);
      String notes = notesText(show, slide);
      String firstMoved = notes.substring(notes.indexOf("Sentence "), notes.indexOf(" says"));
      int kept = Integer.parseInt(face.substring(face.lastIndexOf("Sentence ") + 9, face.lastIndexOf(" says")));
      assertEquals("Sentence " + (kept + 1), firstMoved, "the notes go on where the slide stops");
      assertTrue(kept > 10, "a slide's worth of sentences stays on the slide: " + kept);
    }
  }

  @Test
  void aTitleTooLongEvenAtTheFloorIsShortenedAndKeptWholeInTheNotes() throws IOException {
    String title = "A very long title that goes on and on ".repeat(10).strip();
    DeckWriter.Result result = write("<deck><slide layout='Title and Content'><title>" + title
        + "</title><body><p>Body.</p></body></slide></deck>", "long-title");
    assertTrue(result.diagnostics().get(0).message().contains("the title does not fit"));
    try (XMLSlideShow show = read(result)) {
      XSLFSlide slide = show.getSlides().get(0);
      String shown = placeholder(slide, Placeholder.TITLE).getText();
      assertTrue(shown.endsWith(" \u2026") && shown.length() < title.length(), shown);
      assertTrue(runSizes(placeholder(slide, Placeholder.TITLE)).stream().allMatch(s -> s == 24.0));
      assertTrue(notesText(show, slide).startsWith(title), "the whole title opens the notes");
    }
  }

  @Test
  void continueSplitsAtListItemsOntoContSlides() throws IOException {
    DeckWriter.Result result = write("<deck><slide layout='Title and Content' overflow='continue'>"
        + "<title>Many</title><body><ol>" + items(30, "words words words words words words")
        + "</ol></body></slide></deck>", "continue");
    result.diagnostics().forEach(d -> assertTrue(d.message().contains("continues on slide"),
        d.toString()));
    try (XMLSlideShow show = read(result)) {
      List<XSLFSlide> slides = show.getSlides();
      assertTrue(slides.size() >= 2, "slides: " + slides.size());
      assertEquals("Many", slides.get(0).getTitle());
      for (XSLFSlide slide : slides.subList(1, slides.size())) {
        assertEquals("Many (cont.)", slide.getTitle());
        assertEquals("Title and Content", slide.getSlideLayout().getName());
      }
      List<String> all = new ArrayList<>();
      for (XSLFSlide slide : slides) {
        placeholder(slide, Placeholder.CONTENT).getTextParagraphs()
            .forEach(p -> all.add(p.getText().substring(0, p.getText().indexOf(':'))));
      }
      List<String> expected = new ArrayList<>();
      for (int i = 1; i <= 30; i++) {
        expected.add("Item " + i);
      }
      assertEquals(expected, all);
      XSLFTextParagraph firstOnSecond =
          placeholder(slides.get(1), Placeholder.CONTENT).getTextParagraphs().get(0);
      int number = Integer.parseInt(firstOnSecond.getText().replaceAll("Item (\\d+):.*", "$1"));
      assertEquals(number, firstOnSecond.getXmlObject().getPPr().getBuAutoNum().getStartAt());
    }
  }

  @Test
  void unknownLayoutIsAnErrorListingTheThemesLayouts() throws IOException {
    PlanParser.Result parsed = PlanParser.parse(
        "<deck>\n<slide layout='Title Slide'><title>a</title></slide>\n"
            + "<slide layout='Title and Contnet'><title>b</title></slide>\n</deck>", "deck.ftlx");
    DeckWriter.Result result = new DeckWriter().write(parsed.plan(), Files.readAllBytes(THEME),
        "theme.pptx", "deck.ftlx");
    assertNull(result.pptx());
    assertEquals(1, result.diagnostics().size());
    Diagnostic error = result.diagnostics().get(0);
    assertEquals(new SourcePos("deck.ftlx", 3, 1), error.pos());
    assertEquals("no layout 'Title and Contnet' in theme.pptx; it has: Title Slide, Blank, "
        + "Title and Content, Title Only, Section Header, Two Content", error.message());
    assertEquals("did you mean 'Title and Content'?", error.hint());
  }

  @Test
  void imageSitsRightOfANarrowedBodyAtMostAtNativeSize() throws IOException {
    Path png = temp.resolve("fig.png");
    BufferedImage image = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(0x2563EB));
    g.fillRect(0, 0, 400, 300);
    g.dispose();
    ImageIO.write(image, "png", png.toFile());
    DeckWriter.Result result = write("<deck><slide layout='Title and Content'><title>Figure</title>"
        + "<body><ul><li>left text</li></ul></body><image src='" + png + "' alt='A blue box'/>"
        + "</slide></deck>", "image");
    try (XMLSlideShow show = read(result)) {
      XSLFSlide slide = show.getSlides().get(0);
      XSLFPictureShape picture = null;
      for (XSLFShape shape : slide.getShapes()) {
        if (shape instanceof XSLFPictureShape p) {
          picture = p;
        }
      }
      assertNotNull(picture);
      Rectangle2D box = picture.getAnchor();
      assertEquals(300, box.getWidth(), 0.01); // 400 px at 96 dpi
      assertEquals(225, box.getHeight(), 0.01);
      Rectangle2D body = placeholder(slide, Placeholder.CONTENT).getAnchor();
      assertTrue(body.getMaxX() < box.getX(), body + " vs " + box);
      assertTrue(body.getWidth() < 864 * 0.6 + 1, "body narrowed: " + body.getWidth());
      assertEquals("A blue box", picture.getXmlObject().xmlText().contains("descr=\"A blue box\"")
          ? "A blue box" : picture.getXmlObject().xmlText());
    }
  }

  @Test
  void narrowingOneSlidesBodyLeavesTheNextSlidesBodyWhole() throws IOException {
    Path png = temp.resolve("small.png");
    ImageIO.write(new BufferedImage(80, 60, BufferedImage.TYPE_INT_RGB), "png", png.toFile());
    DeckWriter.Result result = write("<deck><slide layout='Title and Content'><title>One</title>"
        + "<body><p>Text.</p></body><image src='" + png + "' alt='x'/></slide>"
        + "<slide layout='Title and Content'><title>Two</title><body><p>Text.</p></body></slide>"
        + "</deck>", "two-bodies");
    try (XMLSlideShow show = read(result)) {
      double first = placeholder(show.getSlides().get(0), Placeholder.CONTENT).getAnchor().getWidth();
      double second = placeholder(show.getSlides().get(1), Placeholder.CONTENT).getAnchor().getWidth();
      assertTrue(first < second, first + " vs " + second);
      assertEquals(864, second, 0.01);
    }
  }

  @Test
  void themeSampleSlidesAreDropped() throws IOException {
    byte[] theme;
    try (XMLSlideShow show = new XMLSlideShow(Files.newInputStream(THEME))) {
      show.createSlide(show.getSlideMasters().get(0).getSlideLayouts()[0]);
      show.createSlide();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      show.write(out);
      theme = out.toByteArray();
    }
    PlanParser.Result parsed = PlanParser.parse(
        "<deck><slide layout='Blank'/></deck>", "deck.ftlx");
    DeckWriter.Result result = new DeckWriter().write(parsed.plan(), theme, "t.pptx", "deck.ftlx");
    try (XMLSlideShow show = read(result)) {
      assertEquals(1, show.getSlides().size());
      assertEquals("Blank", show.getSlides().get(0).getSlideLayout().getName());
    }
  }
}
