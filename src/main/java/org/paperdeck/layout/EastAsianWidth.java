package org.paperdeck.layout;

/**
 * Which characters a slide sets one em wide and which language a run of text is in, for the
 * scripts that need their own fonts and spell-checking: Chinese, Japanese and Korean.
 */
public final class EastAsianWidth {
  private EastAsianWidth() {}

  /** Han, kana, Hangul, CJK punctuation and full-width forms: one em wide in any CJK face. */
  public static boolean isWide(char c) {
    Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
    return block == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS
        || block == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS_EXTENSION_A
        || block == Character.UnicodeBlock.CJK_COMPATIBILITY_IDEOGRAPHS
        || block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
        || block == Character.UnicodeBlock.HIRAGANA
        || block == Character.UnicodeBlock.KATAKANA
        || block == Character.UnicodeBlock.HANGUL_SYLLABLES
        || block == Character.UnicodeBlock.HANGUL_JAMO
        || block == Character.UnicodeBlock.HANGUL_COMPATIBILITY_JAMO
        || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS && c < '\uFF61'
        || block == Character.UnicodeBlock.BOPOMOFO;
  }

  /**
   * The language a run is tagged with, so PowerPoint spell-checks it as what it is and sets it
   * in a face that has its glyphs: the talk's {@code lang}, except that Latin text in a Chinese,
   * Japanese or Korean talk is English, and Chinese, Japanese or Korean text in another talk is
   * tagged by its script (kana: Japanese, Hangul: Korean, Han alone: the talk's own CJK
   * language, else Chinese).
   *
   * @param talkLang the talk's {@code lang}, or {@code null}
   * @return a BCP 47 tag, or {@code null} to leave the run as it is
   */
  public static String languageOf(String text, String talkLang) {
    boolean kana = false;
    boolean hangul = false;
    boolean han = false;
    boolean latin = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
      if (block == Character.UnicodeBlock.HIRAGANA || block == Character.UnicodeBlock.KATAKANA) {
        kana = true;
      } else if (block == Character.UnicodeBlock.HANGUL_SYLLABLES
          || block == Character.UnicodeBlock.HANGUL_JAMO
          || block == Character.UnicodeBlock.HANGUL_COMPATIBILITY_JAMO) {
        hangul = true;
      } else if (isWide(c)) {
        han = true;
      } else if (Character.isLetter(c)) {
        latin = true;
      }
    }
    boolean talkIsCjk = talkLang != null && talkLang.matches("(?i)(zh|ja|ko)([-_].*)?");
    if (kana) {
      return "ja-JP";
    }
    if (hangul) {
      return "ko-KR";
    }
    if (han) {
      return talkIsCjk ? talkLang : "zh-CN";
    }
    if (latin && talkIsCjk) {
      return "en-US";
    }
    return talkLang;
  }
}
