package org.paperdeck.layout;

/**
 * Which characters a slide sets one em wide: those of Chinese, Japanese and Korean, which need a
 * face of their own to be measured and set.
 */
public final class EastAsianWidth {
  /** Where the first of the blocks below (Hangul Jamo) begins; every other one begins later. */
  private static final char FIRST_WIDE_BLOCK = '\u1100';

  private EastAsianWidth() {}

  /** Han, kana, Hangul, CJK punctuation and full-width forms: one em wide in any CJK face. */
  public static boolean isWide(char c) {
    if (c < FIRST_WIDE_BLOCK) {
      return false; // Latin, Greek, Cyrillic, Arabic, Indic...: no table lookup for most text
    }
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
}
