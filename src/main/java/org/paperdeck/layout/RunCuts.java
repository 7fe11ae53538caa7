package org.paperdeck.layout;

import java.util.ArrayList;
import java.util.List;
import org.paperdeck.plan.Run;

/**
 * Cuts styled runs at a character offset, for text that must be shortened to fit: a paragraph
 * split at a sentence end, a title cut at a word end.
 */
final class RunCuts {
  static final String ELLIPSIS = "\u2026";
  /** The Chinese and Japanese full stop, exclamation and question marks. */
  private static final String WIDE_SENTENCE_ENDS = "。！？";
  /** Closing quotes and brackets: they stay with what they close. */
  private static final String CLOSING = "」』）】〕》〉”’";
  /** Marks a line never starts with: closing ones, pauses, and the halves of —— and ……. */
  private static final String NO_BREAK_BEFORE = CLOSING + "，、。．！？；：—…ー々";
  /** Opening quotes and brackets: they stay with what they open. */
  private static final String OPENING = "「『（【〔《〈“‘";

  /** The runs before and from an offset into their joined text. */
  record Cut(List<Run> head, List<Run> tail) {}

  private RunCuts() {}

  static String text(List<Run> runs) {
    StringBuilder sb = new StringBuilder();
    runs.forEach(run -> sb.append(run.text()));
    return sb.toString();
  }

  static Cut at(List<Run> runs, int offset) {
    List<Run> head = new ArrayList<>();
    List<Run> tail = new ArrayList<>();
    int seen = 0;
    for (Run run : runs) {
      int end = seen + run.text().length();
      if (end <= offset) {
        head.add(run);
      } else if (seen >= offset) {
        tail.add(run);
      } else {
        head.add(run.withText(run.text().substring(0, offset - seen)));
        tail.add(run.withText(run.text().substring(offset - seen)));
      }
      seen = end;
    }
    return new Cut(head, stripLeading(tail));
  }

  /** The head of a cut with an ellipsis, showing the reader that the text goes on. */
  static List<Run> withEllipsis(List<Run> head) {
    List<Run> out = new ArrayList<>(head);
    if (!out.isEmpty()) {
      Run last = out.get(out.size() - 1);
      out.set(out.size() - 1, last.withText(last.text().stripTrailing() + " " + ELLIPSIS));
    }
    return out;
  }

  /**
   * Offsets just after each sentence end in the text: ". ", "? ", "! ", and the Chinese and
   * Japanese full stop, question and exclamation marks, which need no space after them (with
   * the closing quotes or brackets that follow them, as in 「……。」).
   */
  static List<Integer> sentenceEnds(String text) {
    List<Integer> ends = new ArrayList<>();
    for (int i = 1; i < text.length(); i++) {
      char before = text.charAt(i - 1);
      if ((before == '.' || before == '?' || before == '!') && Character.isWhitespace(text.charAt(i))) {
        ends.add(i);
      } else if (WIDE_SENTENCE_ENDS.indexOf(text.charAt(i)) < 0
          && NO_BREAK_BEFORE.indexOf(text.charAt(i)) < 0 && endsWideSentence(text, i)) {
        ends.add(i);
      }
    }
    return ends;
  }

  /** Whether the text before {@code i} ends in 。！？, perhaps followed by closing marks. */
  private static boolean endsWideSentence(String text, int i) {
    int j = i - 1;
    while (j > 0 && CLOSING.indexOf(text.charAt(j)) >= 0) {
      j--;
    }
    return WIDE_SENTENCE_ENDS.indexOf(text.charAt(j)) >= 0;
  }

  /**
   * Offsets of each word end in the text, and of each place between two Chinese or Japanese
   * characters, which wrap between any two characters, except before closing punctuation and
   * after opening punctuation (so “…”, （）, —— and …… stay whole).
   */
  static List<Integer> wordEnds(String text) {
    List<Integer> ends = new ArrayList<>();
    for (int i = 1; i < text.length(); i++) {
      char before = text.charAt(i - 1);
      char after = text.charAt(i);
      if (Character.isWhitespace(after) && !Character.isWhitespace(before)) {
        ends.add(i);
      } else if (EastAsianWidth.isWide(before) && EastAsianWidth.isWide(after)
          && NO_BREAK_BEFORE.indexOf(after) < 0 && OPENING.indexOf(before) < 0) {
        ends.add(i);
      }
    }
    return ends;
  }

  private static List<Run> stripLeading(List<Run> runs) {
    List<Run> out = new ArrayList<>(runs);
    while (!out.isEmpty() && out.get(0).text().isBlank()) {
      out.remove(0);
    }
    if (!out.isEmpty()) {
      out.set(0, out.get(0).withText(out.get(0).text().stripLeading()));
    }
    return out;
  }
}
