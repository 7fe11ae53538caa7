package org.paperdeck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Test;

/**
 * Talks in Chinese, Japanese, Korean, Russian, Greek, Arabic (with Hebrew) and mixed Chinese
 * and English (src/test/resources/lang), built and read back with poppler: every letter of the notes
 * reaches the handout's text, the script's font is embedded, no space comes between Chinese or
 * Japanese characters where the notes wrapped a line, and the fixed words are the language's.
 */
class LanguagesIT {
  private static final Path TALKS = Path.of("src/test/resources/lang");
  /** Chinese, Japanese and Korean letters: the machine needs a CJK font (.ci/run installs one). */
  private static final Pattern CJK = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}]");

  @TempDir
  Path out;

  private Path build(String talk) throws Exception {
    Path notes = TALKS.resolve(talk + ".md");
    StringWriter err = new StringWriter();
    int code = org.paperdeck.cli.Cli.run(new String[] {"build", notes.toString(), "-o",
        out.toString(), "--formats", "pptx,pdf"}, new PrintWriter(new StringWriter()),
        new PrintWriter(err));
    if (code == 1 && err.toString().contains("no font has")
        && CJK.matcher(Files.readString(notes)).find()) {
      String notice = "no CJK font on this machine; install one (Debian: apt-get install"
          + " fonts-noto-cjk)";
      if ("true".equals(System.getenv("CI"))) {
        Assertions.fail(notice + "\n" + err);
      }
      System.err.println("SKIPPED: " + notice);
      Assumptions.abort(notice);
    }
    assertEquals(0, code, err.toString());
    assertEquals("", err.toString(), talk + " builds without a warning");
    return out.resolve(talk + ".pdf");
  }

  @ParameterizedTest
  @CsvSource({
      "zh-CN, NotoSansCJKsc, 目录, 延伸阅读, 第 1 页，共 1 页, 议程",
      "ja, NotoSansCJKjp, 目次, 関連文献, 1 / 1 ページ, アジェンダ",
      "ko, NotoSansCJKkr, 목차, 핵심 내용, 1 / 1 페이지, 발표 순서",
      "ru, LiberationSerif, Содержание, Дополнительная литература, Страница 1 из 1, План",
      "el, LiberationSerif, Περιεχόμενα, Βασικά συμπεράσματα, Σελίδα 1 από 1, Πρόγραμμα",
      "mixed, NotoSansCJKsc, 目录, 要点, 第 1 页，共 1 页, 议程"})
  void everyLetterOfTheNotesReachesTheHandoutAndTheDeckInTheLanguagesFontAndWords(
      String talk, String font, String label1, String label2, String pageLabel, String agenda)
      throws Exception {
    Path pdf = build(talk);
    String text = Tools.pdfText(pdf);
    String squashed = text.replaceAll("\\s+", "");
    String notes = Files.readString(TALKS.resolve(talk + ".md"));
    // Letters of the notes outside Markdown syntax and English keywords (metadata keys, section
    // names): all of them are non-ASCII here, and every one must be printed.
    List<String> letters = notes.codePoints().filter(c -> c > 0x7F && Character.isLetter(c))
        .mapToObj(Character::toString).distinct().toList();
    List<String> lost = letters.stream().filter(c -> !squashed.contains(c)).toList();
    assertEquals(List.of(), lost, text);
    // The deck: every letter in its slides' or speaker notes' XML, the agenda in the language.
    String deck = deckXml(out.resolve(talk + ".pptx"));
    assertEquals(List.of(), letters.stream().filter(c -> !deck.contains(c)).toList(),
        talk + ".pptx");
    assertTrue(deck.contains("<a:t>" + agenda + "</a:t>"), agenda + " in " + talk + ".pptx");
    Tools.require("pdffonts");
    String fonts = Tools.run(out, List.of("pdffonts", pdf.toString()));
    assertTrue(Pattern.compile("[A-Z]{6}\\+" + font).matcher(fonts).find(), fonts);
    for (String line : fonts.split("\n")) {
      if (line.matches("[A-Z]{6}\\+.*")) {
        assertTrue(line.matches(".*\\byes\\s+yes\\s+yes\\s+\\d+\\s+\\d+\\s*"), "embedded subset: " + line);
      }
    }
    for (String label : List.of(label1, label2, pageLabel)) {
      // Section headings are upper case in the default stylesheet (text-transform).
      String printed = text.replace('\u00A0', ' ');
      assertTrue(printed.contains(label) || printed.contains(label.toUpperCase(java.util.Locale.ROOT)),
          label + " in:\n" + text);
    }
  }

  @Test
  void wrappedChineseAndJapaneseLinesJoinWithoutASpace() throws Exception {
    String zh = Tools.pdfText(build("zh-CN"));
    assertTrue(zh.contains("分享结束后，需要大家一起讨论。"), zh);
    assertTrue(zh.contains("张明、李华和王芳"), zh);
    assertFalse(Pattern.compile("\\p{IsHan} \\p{IsHan}").matcher(zh).find(), zh);
    String ja = Tools.pdfText(build("ja"));
    assertTrue(ja.contains("表現を学習する手法"), ja);
    String ko = Tools.pdfText(build("ko"));
    assertTrue(ko.contains("단어 사이에 공백을"), ko); // Korean keeps its spaces
    String mixed = Tools.pdfText(build("mixed"));
    assertTrue(mixed.contains("中文段落在换行时不应出现空格，but English lines keep their spaces."),
        mixed);
  }

  /** The XML of every slide and speaker-notes page of the deck, one after another. */
  private static String deckXml(Path pptx) throws Exception {
    StringBuilder xml = new StringBuilder();
    try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(pptx))) {
      for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
        if (e.getName().matches("ppt/(slides|notesSlides)/[^/]+\\.xml")) {
          xml.append(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
        }
      }
    }
    return xml.toString();
  }

  /** Every text of the deck, slides and speaker notes, one shape a line. */
  private static String deckText(Path pptx) throws Exception {
    StringBuilder text = new StringBuilder();
    try (XMLSlideShow deck = new XMLSlideShow(Files.newInputStream(pptx))) {
      for (XSLFSlide slide : deck.getSlides()) {
        List<XSLFShape> shapes = new ArrayList<>(slide.getShapes());
        if (slide.getNotes() != null) {
          shapes.addAll(slide.getNotes().getShapes());
        }
        for (XSLFShape shape : shapes) {
          if (shape instanceof XSLFTextShape t) {
            text.append(t.getText()).append('\n');
          }
        }
      }
    }
    return text.toString();
  }

  @Test
  void wrappedChineseAndJapaneseLinesJoinWithoutASpaceInTheDeckToo() throws Exception {
    for (String talk : List.of("zh-CN", "ja", "mixed")) {
      build(talk);
      String text = deckText(out.resolve(talk + ".pptx"));
      assertFalse(Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}] "
          + "[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]").matcher(text).find(), text);
    }
    assertTrue(deckText(out.resolve("zh-CN.pptx")).contains("分享结束后，需要大家一起讨论。"));
    assertTrue(deckText(out.resolve("ja.pptx")).contains("表現を学習する手法"));
    assertTrue(deckText(out.resolve("mixed.pptx"))
        .contains("中文段落在换行时不应出现空格，but English lines keep their spaces."));
  }

  private record Outcome(int code, String err) {}

  /** Builds a Chinese talk of one paper whose summary is {@code summary}, in {@code formats}. */
  private Outcome buildChinese(String name, String summary, String formats) throws Exception {
    Path notes = out.resolve(name + ".md");
    Files.writeString(notes, """
        ---
        title: 组会
        lang: zh-CN
        ---
        # 训练策略
        ## 一种方法
        %s
        """.formatted(summary));
    StringWriter err = new StringWriter();
    int code = org.paperdeck.cli.Cli.run(new String[] {"build", notes.toString(), "-o",
        out.toString(), "--formats", formats}, new PrintWriter(new StringWriter()),
        new PrintWriter(err));
    return new Outcome(code, err.toString());
  }

  @Test
  void aContinuedSlideOfAChineseTalkIsMarkedInChinese() throws Exception {
    Outcome run = buildChinese("long",
        "作者提出先训练小模型，再逐步扩大规模，并在每个阶段重新调整学习率。".repeat(24), "pptx");
    assertEquals(0, run.code(), run.err());
    assertTrue(run.err().contains("continues on slide"), run.err());
    List<String> titles = new ArrayList<>();
    try (XMLSlideShow deck = new XMLSlideShow(Files.newInputStream(out.resolve("long.pptx")))) {
      deck.getSlides().forEach(slide -> titles.add(slide.getTitle()));
    }
    assertTrue(titles.contains("一种方法（续）"), titles::toString);
    assertFalse(titles.stream().anyMatch(t -> t != null && t.contains("(cont.)")),
        titles::toString);
  }

  @Test
  void aCharacterNoFontHasFailsAtItsPlaceInAChineseTalkNamingTheFontsTried() throws Exception {
    Outcome run = buildChinese("glyph", "作者提出\u0378先训练小模型。", "pdf");
    assertEquals(1, run.code(), run.err());
    assertTrue(run.err().contains("glyph.md:7:5: error: no font has U+0378 '\u0378'"), run.err());
    if (!run.err().contains("no font has U+4F5C")) { // the machine has a Chinese font
      assertTrue(run.err().contains("CJK"), "the Chinese font tried is named: " + run.err());
    }
    assertFalse(Files.exists(out.resolve("glyph.pdf")), "nothing is written");
  }

  @Test
  void theDeckSpeaksTheTalksLanguage() throws Exception {
    build("zh-CN");
    List<String> titles = new ArrayList<>();
    String all;
    try (XMLSlideShow deck = new XMLSlideShow(Files.newInputStream(out.resolve("zh-CN.pptx")))) {
      StringBuilder text = new StringBuilder();
      for (XSLFSlide slide : deck.getSlides()) {
        titles.add(slide.getTitle());
        for (XSLFShape shape : slide.getShapes()) {
          if (shape instanceof XSLFTextShape t) {
            text.append(t.getText()).append('\n');
          }
        }
      }
      all = text.toString();
    }
    assertTrue(titles.contains("议程"), titles::toString);
    assertTrue(titles.contains("延伸阅读"), titles::toString);
    assertTrue(titles.contains("讨论：训练策略"), titles::toString);
    assertTrue(all.contains("主讲：张明"), all);
    assertTrue(all.contains("作者提出先训练小模型，再逐步扩大规模。"), all);
    assertFalse(all.contains("Agenda") || all.contains("presented by"),
        all.lines().collect(Collectors.joining("\n")));
  }

  @Test
  void anArabicTalkReadsRightToLeftInTheHandoutAndTheDeckWithArabicWords() throws Exception {
    Path pdf = build("ar");
    // What a reader copies out of the PDF, Arabic's joined forms normalised back to letters;
    // the gaps between right-to-left words are not characters, so spaces are not compared.
    String text = java.text.Normalizer.normalize(Tools.pdfText(pdf),
        java.text.Normalizer.Form.NFKC).replaceAll("[\\u202A-\\u202E\\s]", "");
    for (String line : List.of("حلقة قراءة الأوراق البحثية",
        "يقترح المؤلفون تدريب نموذج صغير أولا ثم توسيعه تدريجيا باستخدام Knowledge"
            + " Distillation منذ عام 2021.",
        "מודלים גדולים לומדים ייצוגים כלליים שניתן להעביר למשימות אחרות.",
        "المحتويات", "ليلى حسن وعمر خالد")) {
      assertTrue(text.contains(line.replace(" ", "")), line + " in:\n" + text);
    }
    String deck;
    try (var zip = new ZipInputStream(Files.newInputStream(out.resolve("ar.pptx")))) {
      StringBuilder xml = new StringBuilder();
      for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
        if (entry.getName().startsWith("ppt/slides/slide")) {
          xml.append(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
        }
      }
      deck = xml.toString();
    }
    assertTrue(deck.contains("جدول الأعمال"), "the agenda in Arabic");
    assertTrue(deck.matches("(?s).*rtl=\"(1|true)\".*"), "right-to-left paragraphs");
    assertTrue(deck.contains("lang=\"ar\""), "runs in Arabic");
    assertFalse(deck.contains(">Agenda<"), "no English label");
  }
}
