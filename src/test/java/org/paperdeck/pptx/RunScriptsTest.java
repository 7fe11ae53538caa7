package org.paperdeck.pptx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class RunScriptsTest {
  /** The language a run written all in one script is tagged with in a talk in {@code talk}. */
  private static String language(String text, String talk) {
    List<RunScripts.Segment> segments = RunScripts.segments(text);
    assertEquals(1, segments.size(), "one script: " + segments);
    return RunScripts.language(segments.get(0), talk);
  }

  /** Each segment's text and language, "text=lang". */
  private static List<String> tagged(String text, String talk) {
    return RunScripts.segments(text).stream()
        .map(s -> s.text() + "=" + RunScripts.language(s, talk)).toList();
  }

  @Test
  void runsAreTaggedWithTheLanguageTheirScriptAndTheTalkSay() {
    assertEquals("zh-CN", language("训练策略", "zh-CN"));
    assertEquals("zh-TW", language("訓練策略", "zh-TW"));
    assertEquals("en-US", language("The method is evaluated", "zh-CN"));
    assertEquals("ja-JP", language("学習のしかた", "en"));
    assertEquals("ja", language("学習のしかた", "ja"));
    assertEquals("ko-KR", language("학습 전략", "zh-CN"));
    assertEquals("zh-CN", language("训练", "de"));
    assertEquals("de", language("Lernstrategie", "de"));
    assertEquals("ru", language("Обучение модели", "ru"));
    assertEquals("en-US", language("Attention", "ru"), "Latin in a Russian talk is English");
    assertEquals("ar-SA", language("تعلم الآلة", "en"));
    assertEquals("ar-EG", language("تعلم الآلة", "ar-EG"));
    assertEquals("fa", language("یادگیری ماشین", "fa"), "Persian writes in Arabic letters");
    assertEquals("he-IL", language("למידת מכונה", "en"));
    assertEquals("th-TH", language("การเรียนรู้", "en"));
    assertEquals("hi-IN", language("मशीन लर्निंग", "en"));
    assertEquals("en", language("2022, 3.5 %", "en"), "digits take the talk's language");
    assertNull(language("Training strategy", null), "no lang: runs left as they are");
  }

  @Test
  void aRunThatChangesScriptIsCutWhereItChangesAndPunctuationGoesWithTheTextBefore() {
    assertEquals(List.of("作者用 =zh-CN", "BERT =en-US", "做实验。=zh-CN"),
        tagged("作者用 BERT 做实验。", "zh-CN"));
    assertEquals(List.of("2022 年的论文，=zh-CN", "Transformer=en-US"),
        tagged("2022 年的论文，Transformer", "zh-CN"));
    assertEquals(List.of("Модель =ru", "GPT-2 =en-US", "обучена.=ru"),
        tagged("Модель GPT-2 обучена.", "ru"));
    assertEquals(List.of("Named after =en", "ابن الهيثم, =ar-SA", "a scholar.=en"),
        tagged("Named after ابن الهيثم, a scholar.", "en"));
  }

  @Test
  void aLoneLetterOfAnotherAlphabetIsASymbolAndStaysInItsRun() {
    assertEquals(List.of("The loss falls with α as x grows.=en"),
        tagged("The loss falls with α as x grows.", "en"));
    assertEquals(List.of("При x → 0 ошибка мала.=ru"), tagged("При x → 0 ошибка мала.", "ru"));
  }

  @Test
  void onlyComplexScriptsTakeTheComplexScriptFace() {
    List<RunScripts.Segment> segments = RunScripts.segments("Named after ابن الهيثم, 中文");
    assertEquals(List.of(false, true, false), segments.stream()
        .map(RunScripts.Segment::complex).toList());
  }
  /**
   * Plain ASCII takes a shortcut; it must cut and tag as the letter-by-letter reading does,
   * lone letters and letterless text included.
   */
  @Test
  void asciiIsCutAsEveryLetterAskedWouldCutIt() {
    java.util.Random random = new java.util.Random(20);
    String alphabet = "ab xZ1 =+-.,()\\$";
    List<String> texts = new java.util.ArrayList<>(List.of("", " ", "x", "x = 2", "2x", "a b",
        "(1, 2)", "Attention is all you need", "p < 0.05"));
    for (int n = 0; n < 2000; n++) {
      StringBuilder text = new StringBuilder();
      for (int length = random.nextInt(8); length > 0; length--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      texts.add(text.toString());
    }
    for (String text : texts) {
      assertEquals(RunScripts.byScript(text), RunScripts.segments(text), "'" + text + "'");
    }
  }
}
