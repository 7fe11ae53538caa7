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

  /** Offsets just after each sentence end (". ", "? ", "! ") in the text. */
  static List<Integer> sentenceEnds(String text) {
    List<Integer> ends = new ArrayList<>();
    for (int i = 1; i < text.length(); i++) {
      char before = text.charAt(i - 1);
      if ((before == '.' || before == '?' || before == '!') && Character.isWhitespace(text.charAt(i))) {
        ends.add(i);
      }
    }
    return ends;
  }

  /** Offsets of each word end in the text. */
  static List<Integer> wordEnds(String text) {
    List<Integer> ends = new ArrayList<>();
    for (int i = 1; i < text.length(); i++) {
      if (Character.isWhitespace(text.charAt(i)) && !Character.isWhitespace(text.charAt(i - 1))) {
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
