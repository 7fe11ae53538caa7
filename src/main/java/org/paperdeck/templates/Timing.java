package org.paperdeck.templates;

import java.util.ArrayList;
import java.util.List;
import org.paperdeck.model.Paper;
import org.paperdeck.model.Talk;

/**
 * The talk's time plan, paper by paper (docs/templates.md, {@code paper.minutes}): a paper's own
 * {@code Minutes:} where given; with a {@code duration}, what is left of it shared evenly among
 * the other papers in whole minutes, the first of them taking the odd minutes, so the shares
 * add up to exactly what was left. Nothing is left (and the reader has warned) when the given
 * minutes reach the duration: the others then get 0.
 */
final class Timing {
  /**
   * One paper's slot.
   *
   * @param minutes its minutes, or {@code null} when neither it nor a duration says
   * @param startMinute minutes into the talk when it starts, or {@code null} when a paper before
   *     it has no minutes
   */
  record Slot(Integer minutes, Integer startMinute) {}

  /**
   * @param slots one per paper, in talk order
   * @param total all papers' minutes together, or {@code null} when a paper has none
   */
  record Plan(List<Slot> slots, Integer total) {}

  private Timing() {}

  static Plan of(Talk talk) {
    List<Paper> papers = talk.papers();
    Integer duration = talk.info().duration();
    int given = 0;
    int open = 0;
    for (Paper paper : papers) {
      if (paper.minutes() == null) {
        open++;
      } else {
        given += paper.minutes();
      }
    }
    int left = duration == null ? 0 : Math.max(0, duration - given);
    int share = open == 0 ? 0 : left / open;
    int oddMinutes = open == 0 ? 0 : left % open;
    List<Slot> slots = new ArrayList<>();
    Integer start = 0;
    for (Paper paper : papers) {
      Integer minutes = paper.minutes();
      if (minutes == null && duration != null) {
        minutes = share + (oddMinutes-- > 0 ? 1 : 0);
      }
      slots.add(new Slot(minutes, start));
      start = start == null || minutes == null ? null : start + minutes;
    }
    return new Plan(slots, start);
  }
}
