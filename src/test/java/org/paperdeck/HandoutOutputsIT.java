package org.paperdeck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.SimpleBookmark;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperdeck.cli.Cli;
import org.paperdeck.model.Category;
import org.paperdeck.model.Insight;
import org.paperdeck.model.Paper;
import org.paperdeck.model.Talk;
import org.paperdeck.notes.NotesReader;

/**
 * The worked example's handouts in each variant, read back by the programs and libraries a
 * reader's viewer is built on: OpenPDF for the outline, links and language, poppler for text,
 * metadata and page size, qpdf for the file's structure.
 */
class HandoutOutputsIT {
  private static final Path EXAMPLE = Path.of("talks/iclr-2022.md");

  @TempDir
  static Path out;

  static Talk talk;
  static Path pdf;
  static Path html;
  static Path letter;
  static Path compact;
  static Path slides;
  static List<String> written;

  @BeforeAll
  static void build() throws Exception {
    Path all = build("all", "--formats", "pptx,pdf,html");
    try (Stream<Path> files = Files.list(all)) {
      written = files.map(p -> p.getFileName().toString()).sorted().toList();
    }
    pdf = all.resolve("iclr-2022.pdf");
    html = all.resolve("iclr-2022.html");
    letter = build("letter", "--paper", "letter", "--formats", "pdf").resolve("iclr-2022.pdf");
    compact = build("compact", "--templates", "compact", "--formats", "pdf").resolve("iclr-2022.pdf");
    slides = build("slides", "--templates", "slides", "--formats", "pdf").resolve("iclr-2022.pdf");
    talk = new NotesReader().read(EXAMPLE, EXAMPLE.toString()).talk();
  }

  private static Path build(String name, String... options) {
    Path dir = out.resolve(name);
    List<String> args = new ArrayList<>(List.of("build", EXAMPLE.toString(), "-o", dir.toString()));
    args.addAll(List.of(options));
    StringWriter stderr = new StringWriter();
    int code = Cli.run(args.toArray(String[]::new), new PrintWriter(new StringWriter()),
        new PrintWriter(stderr));
    assertEquals(0, code, stderr.toString());
    assertEquals("", Tools.withoutContinuations(stderr.toString()),
        name + " builds without a warning but those of its (cont.) slides");
    return dir;
  }

  @Test
  void allThreeFormatsAreWrittenTogetherAndNothingElse() {
    assertEquals(List.of("iclr-2022.html", "iclr-2022.pdf", "iclr-2022.pptx"), written);
  }

  @Test
  void outlineHasEachCategoryWithItsPapersThenFurtherReading() throws Exception {
    List<Map<String, Object>> outline;
    try (PdfReader reader = new PdfReader(Files.readAllBytes(pdf))) {
      outline = SimpleBookmark.getBookmarkList(reader);
    }
    List<String> expected = new ArrayList<>();
    List<String> actual = new ArrayList<>();
    for (Category category : talk.categories()) {
      expected.add(category.name());
      category.papers().forEach(paper -> expected.add("  " + paper.title().plainText()));
    }
    expected.add("Further reading");
    for (Map<String, Object> entry : outline) {
      actual.add(((String) entry.get("Title")).replaceFirst("^\\d+\\. ", ""));
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> kids = (List<Map<String, Object>>) entry.get("Kids");
      if (kids != null) {
        kids.forEach(kid -> actual.add("  " + ((String) kid.get("Title")).replaceFirst("^\\d+\\. ", "")));
      }
    }
    assertEquals(expected, actual);
  }

  @Test
  void contentsGiveThePageEachPaperStartsOnAndLinkToIt() throws Exception {
    String[] pages = Tools.pdfText(pdf).split("\f");
    String contents = pages[0].substring(pages[0].indexOf("Contents"));
    // The body of each A4 page, between the default template's 20 mm margins.
    List<String> bodies = new ArrayList<>();
    for (int page = 1; page < pages.length + 1; page++) {
      bodies.add(Tools.squash(Tools.pdfTextIn(pdf, page, 0, 57, 595, 728)));
    }
    int number = 0;
    for (Paper paper : talk.papers()) {
      number++;
      String title = paper.title().plainText();
      Matcher entry = Pattern.compile(Pattern.quote(title) + "[ .]*?(\\d+)\\s*$", Pattern.MULTILINE)
          .matcher(contents);
      assertTrue(entry.find(), "contents entry for " + title + "\n" + contents);
      int listed = Integer.parseInt(entry.group(1));
      String heading = Tools.squash(number + ". " + title);
      int actual = -1;
      for (int i = 0; i < bodies.size() && actual < 0; i++) {
        // On page 1 the contents list itself names the paper: look past it.
        String body = bodies.get(i);
        int from = i == 0 ? body.indexOf(heading) + heading.length() : 0;
        if (body.indexOf(heading, from) >= 0) {
          actual = i + 1;
        }
      }
      assertEquals(listed, actual, "the contents say page " + listed + " for " + title);
    }
    Map<String, Integer> links = linkKinds(pdf, 1);
    assertTrue(links.getOrDefault("internal", 0) >= talk.papers().size(), links.toString());
  }

  @Test
  void paperAndCodeLinksAreClickable() throws Exception {
    Map<String, Integer> links = linkKinds(pdf, 1);
    assertTrue(links.getOrDefault("https://openreview.net/forum?id=AmUhwTOHgm", 0) >= 1, links.toString());
    assertTrue(links.getOrDefault("https://github.com/amzn/trans-encoder", 0) >= 1, links.toString());
  }

  @Test
  void metadataNamesTheTalkAndItsLanguage() throws Exception {
    String info = Tools.run(out, List.of("pdfinfo", "-enc", "UTF-8", pdf.toString()));
    assertTrue(info.contains("Title:           ICLR 2022 — research works I read"), info);
    assertTrue(info.contains("Subject:         Training strategy; symbolic learning and structured prediction"), info);
    assertTrue(info.contains("Keywords:        Training Strategy, Symbolic Learning and Structured Prediction"), info);
    try (PdfReader reader = new PdfReader(Files.readAllBytes(pdf))) {
      assertEquals("en", reader.getCatalog().getAsString(PdfName.LANG).toUnicodeString());
    }
  }

  @Test
  void pageSizeIsA4ByDefaultAndLetterWhenAsked() throws Exception {
    assertTrue(pdfinfo(pdf).contains("595.28 x 841.88 pts (A4)"), pdfinfo(pdf));
    assertTrue(pdfinfo(letter).contains("612 x 792 pts (letter)"), pdfinfo(letter));
  }

  @Test
  void everyPdfIsStructurallySound() throws Exception {
    for (Path file : List.of(pdf, letter, compact, slides)) {
      String check = Tools.run(out, List.of("qpdf", "--check", file.toString()));
      assertTrue(check.contains("No syntax or stream encoding errors found"), file + ": " + check);
    }
  }

  @Test
  void theCompactHandoutFitsTheExampleOnTwoPagesWithEveryInsight() throws Exception {
    assertEquals(2, Tools.pdfPages(compact));
    // Each column read on its own: whole lines across both columns would interleave them.
    StringBuilder columns = new StringBuilder();
    for (int page = 1; page <= 2; page++) {
      columns.append(Tools.pdfTextIn(compact, page, 0, 30, 290, 790));
      columns.append(Tools.pdfTextIn(compact, page, 290, 30, 305, 790));
    }
    // pdftotext joins a word hyphenated at a line end without its hyphen ("Mixup-style").
    String text = Tools.squash(columns.toString()).replace("-", "");
    for (Paper paper : talk.papers()) {
      assertTrue(text.contains(Tools.squash(paper.title().plainText()).replace("-", "")),
          paper.title().plainText());
      for (Insight insight : paper.insights()) {
        assertTrue(text.contains(Tools.squash(EndToEndIT.shown(insight.text())).replace("-", "")),
            "insight in the compact handout: " + EndToEndIT.shown(insight.text()));
      }
    }
    // Papers sit in rows of two that never break across a page: each paper, title to last
    // line, is on one page, and the papers come in order page by page.
    String first = Tools.squash(Tools.pdfText(compact).split("\f")[0]).replace("-", "");
    int lastOnFirstPage = 0;
    for (Paper paper : talk.papers()) {
      String title = Tools.squash(paper.title().plainText()).replace("-", "");
      String summaryEnd = Tools.squash(EndToEndIT.shown(paper.summary())).replace("-", "");
      summaryEnd = summaryEnd.substring(Math.max(0, summaryEnd.length() - 40));
      assertEquals(first.contains(title), first.contains(summaryEnd), "one page for " + paper.title().plainText());
      if (first.contains(title)) {
        assertEquals(lastOnFirstPage, talk.papers().indexOf(paper), "papers in order: " + paper.title().plainText());
        lastOnFirstPage++;
      }
    }
  }

  @Test
  void theSlidesHandoutShowsEverySlideThreeToAPage() throws Exception {
    int slideCount = 17; // the example's 15 and two "(cont.)" slides
    String images = Tools.run(out, List.of("pdfimages", "-list", slides.toString()));
    long shown = images.lines().skip(2).filter(line -> line.contains(" image ")).count();
    assertEquals(slideCount, shown, images);
    assertEquals(6, Tools.pdfPages(slides));
    String text = Tools.pdfText(slides);
    assertTrue(text.contains("Slide 1") && text.contains("Slide 17"), text);
  }

  @Test
  void theHtmlHandoutHasEveryInsightAndNeedsNothingFromOutside() throws Exception {
    String page = Files.readString(html, StandardCharsets.UTF_8);
    assertTrue(page.startsWith("<!DOCTYPE html>"), page.substring(0, 40));
    String text = Tools.squash(page.replaceAll("<[^>]+>", "").replace("&lt;", "<")
        .replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&"));
    for (Paper paper : talk.papers()) {
      for (Insight insight : paper.insights()) {
        assertTrue(text.contains(Tools.squash(EndToEndIT.shown(insight.text()))),
            "insight in the HTML handout: " + EndToEndIT.shown(insight.text()));
      }
    }
    Matcher external = Pattern.compile("<(img|link|script|iframe)\\b[^>]*\\b(src|href)=\"(?!data:)[^\"]*\"")
        .matcher(page);
    assertFalse(external.find(), () -> "loads from outside: " + external.group());
    assertTrue(page.contains("<style"), "styles are inlined");
    assertTrue(page.contains("href=\"https://openreview.net/forum?id=AmUhwTOHgm\""), "links stay links");
    assertFalse(page.contains("<bookmarks"), "no PDF-only elements");
  }

  private static String pdfinfo(Path file) throws Exception {
    return Tools.run(out, List.of("pdfinfo", file.toString()));
  }

  /** Link annotations on a page: external ones by URI, internal ones counted as "internal". */
  private static Map<String, Integer> linkKinds(Path file, int page) throws Exception {
    Map<String, Integer> kinds = new HashMap<>();
    try (PdfReader reader = new PdfReader(Files.readAllBytes(file))) {
      PdfArray annots = reader.getPageN(page).getAsArray(PdfName.ANNOTS);
      if (annots != null) {
        for (PdfObject ref : annots.getElements()) {
          PdfDictionary annot = (PdfDictionary) PdfReader.getPdfObject(ref);
          if (!PdfName.LINK.equals(annot.getAsName(PdfName.SUBTYPE))) {
            continue;
          }
          PdfDictionary action = annot.getAsDict(PdfName.A);
          String kind = annot.get(PdfName.DEST) != null
              || (action != null && PdfName.GOTO.equals(action.getAsName(PdfName.S)))
              ? "internal"
              : action != null && action.getAsString(PdfName.URI) != null
                  ? action.getAsString(PdfName.URI).toUnicodeString() : "other";
          kinds.merge(kind, 1, Integer::sum);
        }
      }
    }
    return kinds;
  }
}
