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
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFNotes;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperdeck.cli.Cli;
import org.paperdeck.math.MathText;
import org.paperdeck.model.Block;
import org.paperdeck.model.Inline;
import org.paperdeck.model.Insight;
import org.paperdeck.model.Paper;
import org.paperdeck.model.Reading;
import org.paperdeck.model.RichText;
import org.paperdeck.model.Talk;
import org.paperdeck.notes.NotesReader;

/**
 * The worked example, built by the real command and read back the way users' programs read it:
 * the deck with POI and LibreOffice, the handout with poppler.
 */
class EndToEndIT {
  private static final Path EXAMPLE = Path.of("talks/iclr-2022.md");

  @TempDir
  static Path out;

  static Talk talk;
  static Path deck;
  static Path handout;

  @BeforeAll
  static void build() {
    StringWriter stdout = new StringWriter();
    StringWriter stderr = new StringWriter();
    int code = Cli.run(new String[] {"build", EXAMPLE.toString(), "-o", out.toString()},
        new PrintWriter(stdout), new PrintWriter(stderr));
    assertEquals(0, code, stderr.toString());
    assertEquals("", Tools.withoutContinuations(stderr.toString()),
        "the example builds without a warning but those of its (cont.) slides");
    talk = new NotesReader().read(EXAMPLE, EXAMPLE.toString()).talk();
    deck = out.resolve("iclr-2022.pptx");
    handout = out.resolve("iclr-2022.pdf");
  }

  @Test
  void deckHasTheSlidesInOrder() throws Exception {
    List<String> expected = new ArrayList<>();
    expected.add(talk.info().title());
    expected.add("Agenda");
    talk.categories().forEach(category -> {
      expected.add(category.name());
      category.papers().forEach(paper -> expected.add(paper.title().plainText()));
    });
    expected.add("Further reading");
    // A body that does not fit goes on on its own "(cont.)" slides, right after its slide.
    List<String> titles = new ArrayList<>(slideTitles());
    for (int i = titles.size() - 1; i > 0; i--) {
      if (titles.get(i).equals(titles.get(i - 1) + " (cont.)")
          || titles.get(i).endsWith(" (cont.)") && titles.get(i - 1).endsWith(" (cont.)")) {
        titles.remove(i);
      }
    }
    assertEquals(expected, titles);
    assertEquals(15, expected.size(), "title, agenda, 2 sections, 10 papers, further reading");
  }

  @Test
  void everyPaperSlideHasSpeakerNotesWithItsFullSummary() throws Exception {
    try (InputStream in = Files.newInputStream(deck); XMLSlideShow show = new XMLSlideShow(in)) {
      for (Paper paper : talk.papers()) {
        XSLFSlide slide = slideTitled(show, paper.title().plainText());
        XSLFNotes notes = slide.getNotes();
        assertTrue(notes != null, "notes on " + paper.title().plainText());
        String notesText = Tools.squash(textOf(notes));
        String summary = Tools.squash(shown(paper.summary()));
        assertTrue(notesText.contains(summary), "full summary in the notes of " + paper.title().plainText());
        for (var section : paper.sections()) {
          assertTrue(notesText.contains(Tools.squash(shown(section.body()))), section.label());
        }
      }
    }
  }

  @Test
  void eachPapersNotesStartWithItsTimeCue() throws Exception {
    // The example gives no duration (its source names none), so a talk of its own: 45 minutes
    // shared by ten papers without Minutes gives five of 5, then five of 4.
    StringBuilder notes = new StringBuilder("---\ntitle: Timed\nduration: 45\n---\n# C\n");
    for (int i = 1; i <= 10; i++) {
      notes.append("## Paper ").append(i).append("\nSummary.\n\n");
    }
    Path timed = Files.writeString(out.resolve("timed.md"), notes.toString());
    int code = Cli.run(new String[] {"build", "-q", timed.toString()},
        new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    assertEquals(0, code);
    try (InputStream in = Files.newInputStream(out.resolve("timed.pptx")); XMLSlideShow show = new XMLSlideShow(in)) {
      assertTrue(notesBody(slideTitled(show, "Paper 1")).startsWith("5 min · minutes 0–5 of 45\n"));
      assertTrue(notesBody(slideTitled(show, "Paper 10")).startsWith("4 min · minutes 41–45 of 45\n"));
    }
  }

  @Test
  void paperSlidesShowBylineAndInsights() throws Exception {
    try (InputStream in = Files.newInputStream(deck); XMLSlideShow show = new XMLSlideShow(in)) {
      Paper first = talk.papers().get(0);
      String face = Tools.squash(textOf(slideTitled(show, first.title().plainText()))
          + textOf(slideTitled(show, first.title().plainText() + " (cont.)")));
      assertTrue(face.contains(Tools.squash("Fangyu Liu, Yunlong Jiao")), face);
      for (Insight insight : first.insights()) {
        assertTrue(face.contains(Tools.squash(shown(insight.text()))), "insight on the slide face");
      }
      assertTrue(face.contains("≥2"), "math shown as Unicode on the slide");
    }
  }

  @Test
  void handoutHasEveryInsightAndEveryFurtherReadingTitleInOrder() throws Exception {
    String text = Tools.squash(Tools.pdfText(handout));
    int at = 0;
    for (Paper paper : talk.papers()) {
      int title = text.indexOf(Tools.squash(paper.title().plainText()), at);
      assertTrue(title >= at, "paper title in order: " + paper.title().plainText());
      at = title;
      for (Insight insight : paper.insights()) {
        int found = text.indexOf(Tools.squash(shown(insight.text())), at);
        assertTrue(found >= 0, "insight in the handout: " + shown(insight.text()));
        at = found;
      }
    }
    for (Reading reading : talk.furtherReading()) {
      int found = text.indexOf(Tools.squash(reading.title().plainText()), at);
      assertTrue(found >= 0, "further reading in the handout, in order: " + reading.title().plainText());
      at = found;
    }
    assertTrue(text.contains(Tools.squash("Hyperparameters")) || text.contains("hyperparameters"));
  }

  @Test
  void handoutPrintsGreekAndMathSymbols() throws Exception {
    String text = Tools.pdfText(handout);
    assertTrue(text.contains("≥"), "≥ printed");
    assertTrue(text.contains("α"), "α printed");
    assertTrue(text.contains("γ"), "γ printed");
    assertTrue(text.contains("θ"), "θ printed");
  }

  @Test
  void handoutLeavesSpeakerNotesOut() throws Exception {
    String text = Tools.squash(Tools.pdfText(handout));
    for (Paper paper : talk.papers()) {
      if (!paper.notes().isEmpty()) {
        assertFalse(text.contains(Tools.squash(shown(paper.notes()))), "speaker notes stay out of the handout");
      }
    }
  }

  @Test
  void deckOpensWithoutARepairPrompt() throws Exception {
    OoxmlValidation.assertValid(deck);
  }

  @Test
  void libreOfficeRendersOnePagePerSlide() throws Exception {
    Path rendered = Tools.libreOfficePdf(deck, Files.createDirectories(out.resolve("lo")));
    assertEquals(slideTitles().size(), Tools.pdfPages(rendered));
  }

  // ---- helpers ----

  private static List<String> slideTitles() throws Exception {
    try (InputStream in = Files.newInputStream(deck); XMLSlideShow show = new XMLSlideShow(in)) {
      List<String> titles = new ArrayList<>();
      for (XSLFSlide slide : show.getSlides()) {
        titles.add(titleOf(slide));
      }
      return titles;
    }
  }

  /** The text of the slide's title placeholder, centred (title slides) or not. */
  private static String titleOf(XSLFSlide slide) {
    for (XSLFShape shape : slide.getShapes()) {
      if (shape instanceof XSLFTextShape text && text.getTextType() != null
          && (text.getTextType() == org.apache.poi.sl.usermodel.Placeholder.TITLE
              || text.getTextType() == org.apache.poi.sl.usermodel.Placeholder.CENTERED_TITLE)) {
        return text.getText().replace('\u000B', ' ').replace('\n', ' ').strip();
      }
    }
    return "";
  }

  private static XSLFSlide slideTitled(XMLSlideShow show, String title) {
    return show.getSlides().stream().filter(s -> title.equals(titleOf(s))).findFirst()
        .orElseThrow(() -> new AssertionError("no slide titled " + title));
  }

  /** The text of a slide's speaker notes, without the notes page's date and page number. */
  private static String notesBody(XSLFSlide slide) {
    for (XSLFTextShape shape : slide.getNotes().getPlaceholders()) {
      if (shape.getTextType() == org.apache.poi.sl.usermodel.Placeholder.BODY) {
        return shape.getText();
      }
    }
    return "";
  }

  /** The text of every text shape on a slide or notes page. */
  private static String textOf(org.apache.poi.xslf.usermodel.XSLFSheet sheet) {
    StringBuilder sb = new StringBuilder();
    for (XSLFShape shape : sheet.getShapes()) {
      if (shape instanceof XSLFTextShape text) {
        sb.append(text.getText()).append('\n');
      }
    }
    return sb.toString();
  }

  /** Rich text as a reader sees it rendered: math as its Unicode form. */
  static String shown(RichText text) {
    StringBuilder sb = new StringBuilder();
    for (Block block : text.blocks()) {
      shownBlock(block, sb);
    }
    return sb.toString();
  }

  private static void shownBlock(Block block, StringBuilder sb) {
    if (block instanceof Block.Paragraph p) {
      shownInlines(p.inlines(), sb);
      sb.append('\n');
    } else if (block instanceof Block.ListBlock list) {
      list.items().forEach(item -> item.blocks().forEach(b -> shownBlock(b, sb)));
    } else if (block instanceof Block.DisplayMath m) {
      sb.append(MathText.toPlain(m.latex()));
    }
  }

  private static void shownInlines(List<Inline> inlines, StringBuilder sb) {
    for (Inline inline : inlines) {
      if (inline instanceof Inline.Text t) {
        sb.append(t.text());
      } else if (inline instanceof Inline.Math m) {
        sb.append(MathText.toPlain(m.latex()));
      } else if (inline instanceof Inline.Styled s) {
        shownInlines(s.children(), sb);
      } else if (inline instanceof Inline.Link l) {
        shownInlines(l.children(), sb);
      } else if (inline instanceof Inline.Code c) {
        sb.append(c.text());
      } else {
        sb.append(' ');
      }
    }
  }
}
