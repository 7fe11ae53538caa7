package org.paperdeck.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.paperdeck.model.Talk;

class EastAsianBreaksTest {
  private static Talk read(String name, String text) {
    ReadResult result = new NotesReader().read(text.getBytes(StandardCharsets.UTF_8), name,
        Path.of("."), "t");
    assertFalse(result.hasErrors(), result.diagnostics()::toString);
    return result.talk();
  }

  private static String summary(Talk talk) {
    return talk.papers().get(0).summary().plainText();
  }

  @Test
  void aLineBreakBetweenChineseCharactersJoinsWithoutASpace() {
    Talk talk = read("t.md", """
        # 类别
        ## 论文
        分享结束后，
        需要讨论。
        """);
    assertEquals("分享结束后，需要讨论。", summary(talk));
  }

  @Test
  void aLineBreakBetweenLatinWordsOrBesideLatinStaysASpace() {
    Talk talk = read("t.md", """
        # C
        ## P
        English words
        keep a space; 中文
        and English 也是
        中文 ok
        """);
    assertEquals("English words keep a space; 中文 and English 也是中文 ok", summary(talk));
  }

  @Test
  void japaneseKanaAndFullwidthPunctuationJoinThroughEmphasis() {
    Talk talk = read("t.md", """
        # C
        ## P
        長い文は**途中で**
        *改行*しても、
        「空白」は入りません。
        """);
    assertEquals("長い文は途中で改行しても、「空白」は入りません。", summary(talk));
  }

  @Test
  void koreanKeepsItsSpacesBetweenWords() {
    // Korean separates words with spaces, as CSS Text 3 knows (Pandoc's extension would glue them).
    Talk talk = read("t.md", """
        # C
        ## P
        단어 사이에
        공백을 씁니다.
        """);
    assertEquals("단어 사이에 공백을 씁니다.", summary(talk));
  }

  @Test
  void foldedYamlAndPlainMultiLineStringsJoinChineseLinesToo() {
    Talk talk = read("t.yaml", """
        title: 标题
        categories:
          - name: 类别
            papers:
              - title: 论文的
                  标题
                summary: >
                  分享结束后，
                  需要讨论。
                  English words
                  stay apart.
        """);
    assertEquals("论文的标题", talk.papers().get(0).title().plainText());
    assertEquals("分享结束后，需要讨论。 English words stay apart.", summary(talk));
  }

  @Test
  void wideCharactersAreHanKanaPunctuationAndFullwidthFormsButNotHangul() {
    assertTrue(EastAsianBreaks.joins('中', '文'));
    assertTrue(EastAsianBreaks.joins('。', 'カ'));
    assertTrue(EastAsianBreaks.joins('Ａ', 'ひ'));
    assertFalse(EastAsianBreaks.joins('한', '국'));
    assertFalse(EastAsianBreaks.joins('中', 'a'));
    assertFalse(EastAsianBreaks.joins('.', '中'));
  }
}
