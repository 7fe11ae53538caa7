package org.paperdeck.notes;

import org.paperdeck.diagnostics.Diagnostics;
import org.paperdeck.diagnostics.SourcePos;
import org.paperdeck.model.Paper;
import org.paperdeck.model.Talk;

/**
 * Warns when the time a talk plans does not add up (format doc, "Timing"): the papers'
 * {@code Minutes:} together exceed the front matter's {@code duration}, or leave less than a
 * minute for a paper without {@code Minutes:}. The build goes on; the templates share out what
 * is left (see docs/templates.md, {@code paper.minutes}).
 */
final class TimingCheck {
  private TimingCheck() {}

  /** @param durationPos where {@code duration} is written; nothing to check when {@code null} */
  static void check(Talk talk, SourcePos durationPos, Diagnostics diagnostics) {
    Integer duration = talk.info().duration();
    if (duration == null || durationPos == null) {
      return;
    }
    int given = 0;
    int open = 0;
    for (Paper paper : talk.papers()) {
      if (paper.minutes() == null) {
        open++;
      } else {
        given += paper.minutes();
      }
    }
    int left = duration - given;
    String openPapers = open + " paper" + (open == 1 ? "" : "s") + " without Minutes";
    if (left < 0) {
      diagnostics.warning(durationPos, "the papers' Minutes add up to " + given
          + ", more than the talk's duration of " + duration + " minutes"
          + (open > 0 ? "; the " + openPapers + " get no time" : ""),
          "raise duration, or lower some paper's Minutes");
    } else if (left < open) {
      int without = open - left;
      diagnostics.warning(durationPos, "the papers' Minutes leave " + left + " of the talk's "
          + duration + " minutes for the " + openPapers + "; " + without + " of them get no time",
          "raise duration, or lower some paper's Minutes");
    }
  }
}
