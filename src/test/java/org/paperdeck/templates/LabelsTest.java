package org.paperdeck.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperdeck.model.Category;
import org.paperdeck.model.Paper;
import org.paperdeck.model.RichText;
import org.paperdeck.model.Talk;
import org.paperdeck.model.TalkInfo;
import org.paperdeck.diagnostics.SourcePos;

class LabelsTest {
  @TempDir
  Path dir;

  @Test
  void eachLanguageHasItsOwnWords() {
    Map<String, String> agenda = Map.ofEntries(Map.entry("en", "Agenda"),
        Map.entry("zh-CN", "议程"), Map.entry("zh-TW", "議程"), Map.entry("ja", "アジェンダ"),
        Map.entry("ko", "발표 순서"), Map.entry("de", "Agenda"), Map.entry("fr", "Programme"),
        Map.entry("es", "Agenda"), Map.entry("pt", "Agenda"), Map.entry("ru", "План"),
        Map.entry("el", "Πρόγραμμα"));
    agenda.forEach((lang, word) -> assertEquals(word, Labels.builtIn(lang).get("agenda"), lang));
    assertEquals("延伸阅读", Labels.builtIn("zh-CN").get("furtherReading"));
    assertEquals("目录", Labels.builtIn("zh-CN").get("contents"));
    assertEquals("第 2 页，共 4 页", Labels.builtIn("zh-CN").format("page", 2, 4));
    assertEquals("Page 2 of 4", Labels.builtIn("en").format("page", 2, 4));
    assertEquals("Seite 2 von 4", Labels.builtIn("de").format("page", 2, 4));
    assertEquals("目次", Labels.builtIn("ja").get("contents"));
    assertEquals("Discussion\u00A0: X", Labels.builtIn("fr").format("discussion", "X"));
    assertEquals(" (cont.)", Labels.builtIn("en").get("continued"));
    assertEquals("（续）", Labels.builtIn("zh-CN").get("continued"));
  }

  @Test
  void everyBundleHasEveryEnglishKey() {
    Set<String> english = new TreeSet<>(Labels.builtIn("en").words().keySet());
    for (String lang : List.of("zh-CN", "zh-TW", "ja", "ko", "de", "fr", "es", "pt", "ru", "el")) {
      Set<String> keys = new TreeSet<>(Labels.builtIn(lang).words().keySet());
      for (String key : english) {
        if (!key.endsWith("One")) { // languages without a singular form need no One
          String own = Labels.of(TemplateSet.builtIn(), lang, Map.of()).get(key);
          assertTrue(keys.contains(key), lang + " lacks " + key);
          assertTrue(!own.equals(Labels.builtIn("en").get(key)) || List.of("agenda", "questions",
              "notes", "code", "codeLink", "codeAt", "minutes", "continued", "nameSeparator",
              "paperAt", "paperLink", "paper", "slide", "page", "discussion", "minutesRange",
              "minutesRangeOf", "papersOther", "insights", "keyInsights", "contents",
              "furtherReading", "presentedBy", "nameLastSeparator").contains(key),
              lang + " " + key);
        }
      }
    }
  }

  @Test
  void languagesFallBackToTheirLanguageThenEnglish() {
    assertEquals(List.of("zh_HK", "zh_TW", "zh", "en"), Labels.bundleNames("zh-HK"));
    assertEquals(List.of("zh_TW", "zh", "en"), Labels.bundleNames("zh-Hant"));
    assertEquals(List.of("zh_CN", "zh", "en"), Labels.bundleNames("zh"));
    assertEquals(List.of("de_AT", "de", "en"), Labels.bundleNames("de-AT"));
    assertEquals("議程", Labels.builtIn("zh-HK").get("agenda"));
    assertEquals("议程", Labels.builtIn("zh-SG").get("agenda"));
    assertEquals("Página 1 de 2", Labels.builtIn("pt-BR").format("page", 1, 2));
    assertEquals("Agenda", Labels.builtIn("sw").get("agenda"));
  }

  @Test
  void namesAreJoinedTheLanguagesWay() {
    List<String> three = List.of("段清华", "廖豪劲", "朱正源");
    assertEquals("段清华、廖豪劲和朱正源", Labels.builtIn("zh-CN").joinNames(three));
    assertEquals("段清华和廖豪劲", Labels.builtIn("zh-CN").joinNames(three.subList(0, 2)));
    assertEquals("佐藤、鈴木、高橋", Labels.builtIn("ja").joinNames(List.of("佐藤", "鈴木", "高橋")));
    assertEquals("Ann Lee, Bo Chen and Cy Diaz",
        Labels.builtIn("en").joinNames(List.of("Ann Lee", "Bo Chen", "Cy Diaz")));
    assertEquals("A, B und C", Labels.builtIn("de").joinNames(List.of("A", "B", "C")));
    assertEquals("А, Б и В", Labels.builtIn("ru").joinNames(List.of("А", "Б", "В")));
    assertEquals("김, 이 및 박", Labels.builtIn("ko").joinNames(List.of("김", "이", "박")));
    assertEquals("Solo", Labels.builtIn("zh-CN").joinNames(List.of("Solo")));
  }

  @Test
  void countsTakeTheLanguagesPluralForm() {
    Labels ru = Labels.builtIn("ru");
    assertEquals("1 статья", ru.count("papers", 1));
    assertEquals("3 статьи", ru.count("papers", 3));
    assertEquals("5 статей", ru.count("papers", 5));
    assertEquals("11 статей", ru.count("papers", 11));
    assertEquals("21 статья", ru.count("papers", 21));
    assertEquals("1 paper", Labels.builtIn("en").count("papers", 1));
    assertEquals("2 papers", Labels.builtIn("en").count("papers", 2));
    assertEquals("3 篇论文", Labels.builtIn("zh-CN").count("papers", 3));
    assertEquals("0 article", Labels.builtIn("fr").count("papers", 0));
    Labels ar = Labels.builtIn("ar");
    assertEquals("ورقتان", ar.count("papers", 2));
    assertEquals("3 أوراق", ar.count("papers", 3));
    assertEquals("11 ورقة", ar.count("papers", 11));
    assertEquals("100 ورقة", ar.count("papers", 100));
    assertEquals("שני מאמרים", Labels.builtIn("he").count("papers", 2));
    assertEquals("5 מאמרים", Labels.builtIn("he").count("papers", 5));
  }

  @Test
  void arabicAndHebrewNamesJoinAsTheLanguagesDo() {
    assertEquals("ليلى، عمر وسارة", Labels.builtIn("ar").joinNames(List.of("ليلى", "عمر", "سارة")));
    assertEquals("דנה, יוסי ורון", Labels.builtIn("he").joinNames(List.of("דנה", "יוסי", "רון")));
    assertEquals("جدول الأعمال", Labels.builtIn("ar").get("agenda"));
  }

  @Test
  void aTemplateFolderOverridesSomeWordsAndTheNotesWinOverIt() throws IOException {
    Files.writeString(dir.resolve("labels_ja.properties"), "agenda=本日の流れ\ncontents=もくじ\n");
    TemplateSet set = new TemplateSet(dir);
    Labels labels = Labels.of(set, "ja", Map.of("contents", "内容"));
    assertEquals("本日の流れ", labels.get("agenda"));
    assertEquals("内容", labels.get("contents"));
    assertEquals("関連文献", labels.get("furtherReading")); // the rest stays built in
  }

  @Test
  void templatesSeeLabelsFunctionsAndTheCommandLinesLabels() throws IOException {
    Files.writeString(dir.resolve("deck.ftlx"), "<deck>${labels.agenda}|${label(\"page\", 1, 2)}|"
        + "${label(\"discussion\", talk.papers[0].title)}|${joinNames(talk.presenters)}|"
        + "${cssLabel(\"page\", \"counter(page)\", \"counter(pages)\")}|"
        + "${label(\"papers\", 3)}|${labels.contents}</deck>");
    Talk talk = talk("zh-CN", Map.of("contents", "本次目录"));
    String plan = new TemplateEngine(new TemplateSet(dir), Map.of("labels.agenda", "日程"))
        .renderDeckPlan(talk).text();
    assertEquals("<deck>日程|第 1 页，共 2 页|讨论：<b>A</b> &lt; B|甲、乙和丙|"
        + "&quot;第 &quot; counter(page) &quot; 页，共 &quot; counter(pages) &quot; 页&quot;|3 篇论文|"
        + "本次目录</deck>", plan);
  }

  private static Talk talk(String lang, Map<String, String> labels) {
    SourcePos pos = new SourcePos("t.md", 1, 1);
    RichText title = RichText.ofInlines(List.of(
        new org.paperdeck.model.Inline.Styled(org.paperdeck.model.Inline.Style.STRONG,
            List.of(new org.paperdeck.model.Inline.Text("A"))),
        new org.paperdeck.model.Inline.Text(" < B")));
    Paper paper = new Paper(title, pos, List.of(), null, null, null, null, null, null, null, null,
        List.of(), RichText.EMPTY, List.of(), List.of(), List.of(), RichText.EMPTY, null);
    TalkInfo info = new TalkInfo("T", null, List.of("甲", "乙", "丙"), null, null, null, null, lang,
        Map.of(), List.of(), false, labels);
    return new Talk("t.md", info, RichText.EMPTY, List.of(new Category("C", pos, RichText.EMPTY,
        List.of(paper))), List.of());
  }
}
