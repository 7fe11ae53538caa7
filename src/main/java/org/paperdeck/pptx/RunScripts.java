package org.paperdeck.pptx;

import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The writing systems in a run of text, as PowerPoint keeps them: one language a run, so a run
 * that changes script (Chinese, then an English term; Arabic, then a Latin name) becomes one
 * run a script, each with its language, as PowerPoint makes them when one types; and whether
 * a script is one PowerPoint sets in the theme's complex-script face (Arabic, Hebrew, Thai, the
 * Indic scripts …). Spaces, digits and punctuation belong to no script: they go with the text
 * before them (or, at the start, after them).
 */
final class RunScripts {
  /** Chinese, Japanese and Korean share one face, the theme's East Asian one: one segment. */
  private static final Set<UnicodeScript> EAST_ASIAN = EnumSet.of(UnicodeScript.HAN,
      UnicodeScript.HIRAGANA, UnicodeScript.KATAKANA, UnicodeScript.HANGUL,
      UnicodeScript.BOPOMOFO);
  /** Scripts PowerPoint sets in a run's complex-script face ({@code a:cs}). */
  private static final Set<UnicodeScript> COMPLEX = EnumSet.of(UnicodeScript.ARABIC,
      UnicodeScript.HEBREW, UnicodeScript.SYRIAC, UnicodeScript.THAANA, UnicodeScript.THAI,
      UnicodeScript.LAO, UnicodeScript.KHMER, UnicodeScript.MYANMAR, UnicodeScript.TIBETAN,
      UnicodeScript.DEVANAGARI, UnicodeScript.BENGALI, UnicodeScript.GURMUKHI,
      UnicodeScript.GUJARATI, UnicodeScript.ORIYA, UnicodeScript.TAMIL, UnicodeScript.TELUGU,
      UnicodeScript.KANNADA, UnicodeScript.MALAYALAM, UnicodeScript.SINHALA);
  /**
   * For each script, the language a run in it is tagged with when the talk is in another
   * language, then the other languages written in it (ISO 639 codes), whose talks keep their own
   * tag for it. A talk whose language is listed nowhere writes in Latin.
   */
  private static final Map<UnicodeScript, List<String>> LANGUAGES = Map.ofEntries(
      Map.entry(UnicodeScript.LATIN, List.of("en-US")),
      Map.entry(UnicodeScript.CYRILLIC, List.of("ru-RU", "uk", "be", "bg", "sr", "mk", "kk",
          "ky", "mn", "tg")),
      Map.entry(UnicodeScript.GREEK, List.of("el-GR")),
      Map.entry(UnicodeScript.ARMENIAN, List.of("hy-AM")),
      Map.entry(UnicodeScript.GEORGIAN, List.of("ka-GE")),
      Map.entry(UnicodeScript.ARABIC, List.of("ar-SA", "fa", "ur", "ps", "ug", "ku", "sd")),
      Map.entry(UnicodeScript.HEBREW, List.of("he-IL", "iw", "yi")),
      Map.entry(UnicodeScript.SYRIAC, List.of("syr-SY")),
      Map.entry(UnicodeScript.THAANA, List.of("dv-MV")),
      Map.entry(UnicodeScript.THAI, List.of("th-TH")),
      Map.entry(UnicodeScript.LAO, List.of("lo-LA")),
      Map.entry(UnicodeScript.KHMER, List.of("km-KH")),
      Map.entry(UnicodeScript.MYANMAR, List.of("my-MM")),
      Map.entry(UnicodeScript.TIBETAN, List.of("bo-CN", "dz")),
      Map.entry(UnicodeScript.DEVANAGARI, List.of("hi-IN", "mr", "ne", "sa", "kok")),
      Map.entry(UnicodeScript.BENGALI, List.of("bn-IN", "as")),
      Map.entry(UnicodeScript.GURMUKHI, List.of("pa-IN")),
      Map.entry(UnicodeScript.GUJARATI, List.of("gu-IN")),
      Map.entry(UnicodeScript.ORIYA, List.of("or-IN")),
      Map.entry(UnicodeScript.TAMIL, List.of("ta-IN")),
      Map.entry(UnicodeScript.TELUGU, List.of("te-IN")),
      Map.entry(UnicodeScript.KANNADA, List.of("kn-IN")),
      Map.entry(UnicodeScript.MALAYALAM, List.of("ml-IN")),
      Map.entry(UnicodeScript.SINHALA, List.of("si-LK")),
      Map.entry(UnicodeScript.ETHIOPIC, List.of("am-ET", "ti")));
  private static final Set<String> EAST_ASIAN_LANGUAGES = Set.of("zh", "ja", "ko");
  /** Alphabets PowerPoint sets in a run's Latin face, as it does Latin itself. */
  private static final Set<UnicodeScript> LATIN_FACE = EnumSet.of(UnicodeScript.LATIN,
      UnicodeScript.GREEK, UnicodeScript.CYRILLIC, UnicodeScript.ARMENIAN,
      UnicodeScript.GEORGIAN);

  /**
   * A stretch of a run in one script.
   *
   * @param script its script (Han for any Chinese, Japanese or Korean text), or {@code null}
   *     when it has only spaces, digits and punctuation
   */
  record Segment(String text, UnicodeScript script) {
    /** Whether PowerPoint sets it in the complex-script face. */
    boolean complex() {
      return script != null && COMPLEX.contains(script);
    }
  }

  private RunScripts() {}

  /**
   * The run's text cut where its script changes; one segment for text in one script. A lone
   * letter of an alphabet that shares the Latin face, amid text of another script on both sides
   * (α in "falls with α as", x in Russian text), is a symbol there rather than a word in another
   * language, and stays with the text around it.
   */
  static List<Segment> segments(String text) {
    return isAscii(text) ? List.of(asciiSegment(text)) : byScript(text);
  }

  /**
   * Plain ASCII, the bulk of most talks, in one segment without asking each letter its script:
   * ASCII letters are Latin and the rest belongs to no script, so the text never changes script,
   * and a lone letter (the x in "x = 2") is a symbol, as {@link #byScript} decides.
   */
  private static Segment asciiSegment(String text) {
    int letters = 0;
    for (int i = 0; i < text.length() && letters < 2; i++) {
      char c = text.charAt(i);
      if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
        letters++;
      }
    }
    return new Segment(text, letters < 2 ? null : UnicodeScript.LATIN);
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** {@link #segments}, letter by letter. */
  static List<Segment> byScript(String text) {
    int[] points = text.codePoints().toArray();
    UnicodeScript[] scripts = new UnicodeScript[points.length];
    for (int i = 0; i < points.length; i++) {
      scripts[i] = scriptOf(points[i]);
    }
    UnicodeScript[] own = scripts.clone();
    for (int i = 0; i < points.length; i++) {
      boolean alone = (i == 0 || own[i - 1] != own[i])
          && (i == points.length - 1 || own[i + 1] != own[i]);
      if (alone && own[i] != null && LATIN_FACE.contains(own[i])
          && own[i] != nearest(own, i, -1) && own[i] != nearest(own, i, 1)) {
        scripts[i] = null;
      }
    }
    List<Segment> segments = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    UnicodeScript script = null;
    for (int i = 0; i < points.length; i++) {
      if (scripts[i] != null && script != null && scripts[i] != script) {
        segments.add(new Segment(current.toString(), script));
        current.setLength(0);
      }
      if (scripts[i] != null) {
        script = scripts[i];
      }
      current.appendCodePoint(points[i]);
    }
    if (current.length() > 0 || segments.isEmpty()) {
      segments.add(new Segment(current.toString(), script));
    }
    return segments;
  }

  /** The script of the nearest letter before ({@code step} -1) or after (1) {@code i}. */
  private static UnicodeScript nearest(UnicodeScript[] scripts, int i, int step) {
    for (int j = i + step; j >= 0 && j < scripts.length; j += step) {
      if (scripts[j] != null) {
        return scripts[j];
      }
    }
    return null;
  }

  /** A letter's script, Han for all of Chinese, Japanese and Korean; null for the rest. */
  private static UnicodeScript scriptOf(int c) {
    UnicodeScript script = UnicodeScript.of(c);
    if (script == UnicodeScript.COMMON || script == UnicodeScript.INHERITED
        || script == UnicodeScript.UNKNOWN) {
      return null;
    }
    return EAST_ASIAN.contains(script) ? UnicodeScript.HAN : script;
  }

  /**
   * The language a segment is tagged with, so PowerPoint spell-checks it as what it is and sets
   * it in a face for its script: the talk's {@code lang} for text in the talk's own script (and
   * for text in none), else the script's usual language: English for Latin in a Chinese or
   * Russian talk, Arabic for Arabic in an English one. Chinese, Japanese and Korean text goes by
   * its letters: kana is Japanese, Hangul Korean, Han alone the talk's East Asian language or
   * else Chinese.
   *
   * @param talkLang the talk's {@code lang}, or {@code null}
   * @return a BCP 47 tag, or {@code null} to leave the run as it is
   */
  static String language(Segment segment, String talkLang) {
    String talk = talkLang == null ? ""
        : Locale.forLanguageTag(talkLang.replace('_', '-')).getLanguage();
    if (segment.script() == null) {
      return talkLang;
    }
    if (segment.script() == UnicodeScript.HAN) {
      String letters = segment.text();
      if (letters.codePoints().anyMatch(c -> UnicodeScript.of(c) == UnicodeScript.HIRAGANA
          || UnicodeScript.of(c) == UnicodeScript.KATAKANA)) {
        return talk.equals("ja") ? talkLang : "ja-JP";
      }
      if (letters.codePoints().anyMatch(c -> UnicodeScript.of(c) == UnicodeScript.HANGUL)) {
        return talk.equals("ko") ? talkLang : "ko-KR";
      }
      return EAST_ASIAN_LANGUAGES.contains(talk) ? talkLang : "zh-CN";
    }
    List<String> languages = LANGUAGES.get(segment.script());
    if (languages == null) {
      return talkLang;
    }
    if (writes(talk, segment.script(), languages)) {
      return talkLang;
    }
    // Latin in a talk that gave no language stays as it is.
    return talkLang == null && segment.script() == UnicodeScript.LATIN ? null : languages.get(0);
  }

  /** Whether a talk in language {@code talk} writes in {@code script}. */
  private static boolean writes(String talk, UnicodeScript script, List<String> languages) {
    if (talk.isEmpty()) {
      return false;
    }
    if (languages.stream().anyMatch(tag -> tag.equals(talk) || tag.startsWith(talk + "-"))) {
      return true;
    }
    return script == UnicodeScript.LATIN && !EAST_ASIAN_LANGUAGES.contains(talk)
        && LANGUAGES.values().stream().flatMap(List::stream)
            .noneMatch(tag -> tag.equals(talk) || tag.startsWith(talk + "-"));
  }
}
