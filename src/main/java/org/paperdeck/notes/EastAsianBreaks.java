package org.paperdeck.notes;

import java.util.ArrayList;
import java.util.List;
import org.paperdeck.model.Inline;

/**
 * Soft line breaks as the script wants them (format doc, "Line breaks in Chinese and
 * Japanese"). Chinese and Japanese put no spaces between words, so a newline that only wraps a
 * long line of the notes must vanish, not become a space ("分享结束后，\n需要" is
 * "分享结束后，需要"). The rule is CSS Text 3's segment-break transformation: a break between two
 * East Asian wide characters (Han, kana, Bopomofo, CJK punctuation, fullwidth forms) is removed,
 * unless either side is Hangul, because Korean, like English, separates words with spaces.
 * Pandoc's {@code east_asian_line_breaks} also joins Hangul, which glues Korean words together.
 */
final class EastAsianBreaks {
  private EastAsianBreaks() {}

  /** True when a line break between {@code before} and {@code after} joins them without a space. */
  static boolean joins(int before, int after) {
    return isWide(before) && isWide(after);
  }

  /** East Asian Width W or F (and H), outside Hangul. */
  static boolean isWide(int c) {
    Character.UnicodeScript script;
    try {
      script = Character.UnicodeScript.of(c);
    } catch (IllegalArgumentException e) {
      return false;
    }
    if (script == Character.UnicodeScript.HANGUL) {
      return false;
    }
    if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA
        || script == Character.UnicodeScript.BOPOMOFO) {
      return true;
    }
    return c >= 0x2E80 && c <= 0x303F // CJK radicals, Kangxi, ideographic description, CJK punctuation
        || c >= 0x3190 && c <= 0x31FF // Kanbun, CJK strokes, katakana extension
        || c >= 0x3200 && c <= 0x33FF // enclosed CJK letters, CJK compatibility
        || c >= 0xFE10 && c <= 0xFE1F // vertical forms
        || c >= 0xFE30 && c <= 0xFE4F // CJK compatibility forms
        || c >= 0xFF01 && c <= 0xFF60 // fullwidth ASCII variants and brackets
        || c >= 0xFFE0 && c <= 0xFFE6; // fullwidth signs
  }

  /**
   * Drops every soft break of {@code inlines} that sits between two wide characters, looking
   * through emphasis and links for the characters on either side.
   */
  static List<Inline> apply(List<Inline> inlines) {
    List<Inline> out = null;
    for (int i = 0; i < inlines.size(); i++) {
      Inline inline = inlines.get(i);
      boolean drop = inline instanceof Inline.Break b && !b.hard() && i > 0
          && i + 1 < inlines.size() && joins(last(inlines.get(i - 1)), first(inlines.get(i + 1)));
      if (drop && out == null) {
        out = new ArrayList<>(inlines.subList(0, i));
      } else if (!drop && out != null) {
        out.add(inline);
      }
    }
    return out == null ? inlines : out;
  }

  private static int last(Inline inline) {
    if (inline instanceof Inline.Text t) {
      return t.text().isEmpty() ? -1 : t.text().codePointBefore(t.text().length());
    }
    List<Inline> children = children(inline);
    return children.isEmpty() ? -1 : last(children.get(children.size() - 1));
  }

  private static int first(Inline inline) {
    if (inline instanceof Inline.Text t) {
      return t.text().isEmpty() ? -1 : t.text().codePointAt(0);
    }
    List<Inline> children = children(inline);
    return children.isEmpty() ? -1 : first(children.get(0));
  }

  private static List<Inline> children(Inline inline) {
    if (inline instanceof Inline.Styled s) {
      return s.children();
    }
    if (inline instanceof Inline.Link l) {
      return l.children();
    }
    return List.of();
  }

  /**
   * YAML folds the lines of a multi-line plain, quoted or {@code >} scalar into one, joining
   * them with a space before paperdeck sees the value. {@code source} is the scalar as written;
   * for each line it wraps between two wide characters, the space YAML put there is taken out
   * again, matching the folds in order.
   */
  static String unfold(String value, String source) {
    String[] lines = source.split("\r?\n", -1);
    StringBuilder out = null;
    int from = 0;
    for (int i = 0; i + 1 < lines.length; i++) {
      String before = lines[i].stripTrailing();
      String after = lines[i + 1].stripLeading();
      if (before.isEmpty() || after.isEmpty()) {
        continue; // an empty line is a paragraph break, kept as a newline
      }
      int b = before.codePointBefore(before.length());
      int a = after.codePointAt(0);
      if (!joins(b, a)) {
        continue;
      }
      String fold = new StringBuilder().appendCodePoint(b).append(' ').appendCodePoint(a).toString();
      int at = value.indexOf(fold, from);
      if (at < 0) {
        continue;
      }
      if (out == null) {
        out = new StringBuilder(value.length());
      }
      int space = at + Character.charCount(b);
      out.append(value, from, space);
      from = space + 1;
    }
    if (out == null) {
      return value;
    }
    return out.append(value, from, value.length()).toString();
  }
}
