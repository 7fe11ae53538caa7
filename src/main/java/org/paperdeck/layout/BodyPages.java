package org.paperdeck.layout;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.paperdeck.plan.PlanBlock;
import org.paperdeck.plan.Run;

/**
 * Splits a body that does not fit one slide into pages for "(cont.)" slides, at block
 * boundaries only: a paragraph, a list item, a labelled section, an item of a nested list (an
 * agenda's paper under its category). Each page is filled while it fits at the packing size.
 *
 * <ul>
 *   <li>A label paragraph ({@code class="label"}, a section's heading such as "Method") never
 *       ends a page: it moves on with the section it heads.
 *   <li>A list item with a nested list (an agenda category) splits between nested items when
 *       at least two of them fit on the page; the rest follow under the item's text with
 *       "(cont.)".
 *   <li>A paragraph longer than a whole slide splits at the last sentence end that fits (at a
 *       word end only when not even one sentence fits), never inside a word.
 * </ul>
 */
final class BodyPages {
  /** The fewest nested items that start a category at the foot of a page, or end it on the next. */
  private static final int FEWEST_NESTED = 2;

  private BodyPages() {}

  /**
   * The pages of {@code units} packed at {@code size}.
   *
   * @param continued what follows a nested list's item text when its list goes on, the deck's
   *     mark of a continued slide
   */
  static List<List<Flow.Unit>> split(List<Flow.Unit> units, double size, TextFitter.Area area,
      String continued) {
    List<List<Flow.Unit>> pages = new ArrayList<>();
    Deque<Flow.Unit> queue = new ArrayDeque<>(units);
    List<Flow.Unit> page = new ArrayList<>();
    while (!queue.isEmpty()) {
      Flow.Unit unit = queue.pop();
      if (fits(page, unit, size, area)) {
        page.add(unit);
        continue;
      }
      Flow.Unit[] parts = divide(page, unit, size, area, continued);
      if (parts != null) {
        page.add(parts[0]);
        queue.push(parts[1]);
      } else if (page.isEmpty()) {
        page.add(unit); // too big for any page and no boundary inside: the slide shrinks it
      } else {
        queue.push(unit);
      }
      // A label stays with what it heads.
      while (page.size() > 1 && isLabel(page.get(page.size() - 1))) {
        queue.push(page.remove(page.size() - 1));
      }
      pages.add(page);
      page = new ArrayList<>();
    }
    if (!page.isEmpty()) {
      pages.add(page);
    }
    return pages;
  }

  private static boolean fits(List<Flow.Unit> page, Flow.Unit unit, double size,
      TextFitter.Area area) {
    List<Flow.Unit> with = new ArrayList<>(page);
    with.add(unit);
    return TextFitter.fits(Flow.paras(with), size, area);
  }

  /** The head of {@code unit} that fits after {@code page} and the rest, or null. */
  private static Flow.Unit[] divide(List<Flow.Unit> page, Flow.Unit unit, double size,
      TextFitter.Area area, String continued) {
    if (unit.block() instanceof PlanBlock.Paragraph paragraph) {
      // A paragraph that fits a slide of its own moves whole.
      if (!page.isEmpty() && fits(List.of(), unit, size, area)) {
        return null;
      }
      String text = RunCuts.text(paragraph.runs());
      RunCuts.Cut cut = head(page, paragraph, RunCuts.sentenceEnds(text), size, area);
      if (cut == null && page.isEmpty()) {
        cut = head(page, paragraph, RunCuts.wordEnds(text), size, area);
      }
      return cut == null ? null : new Flow.Unit[] {
          new Flow.Unit(new PlanBlock.Paragraph(cut.head(), paragraph.styleClass(),
              paragraph.at()), 1),
          new Flow.Unit(new PlanBlock.Paragraph(cut.tail(), paragraph.styleClass(),
              paragraph.at()), 1)};
    }
    if (unit.block() instanceof PlanBlock.ListBlock list && list.items().size() == 1) {
      return divideNested(page, list, unit.firstNumber(), size, area, continued);
    }
    return null;
  }

  private static Flow.Unit[] divideNested(List<Flow.Unit> page, PlanBlock.ListBlock list,
      int number, double size, TextFitter.Area area, String continued) {
    PlanBlock.Item item = list.items().get(0);
    int nestedAt = -1;
    for (int i = 0; i < item.children().size(); i++) {
      if (item.children().get(i) instanceof PlanBlock.ListBlock) {
        nestedAt = i;
        break;
      }
    }
    if (nestedAt < 0) {
      return null;
    }
    PlanBlock.ListBlock nested = (PlanBlock.ListBlock) item.children().get(nestedAt);
    int least = page.isEmpty() ? 1 : FEWEST_NESTED;
    for (int keep = nested.items().size() - 1; keep >= least; keep--) {
      if (!page.isEmpty() && nested.items().size() - keep < FEWEST_NESTED) {
        continue;
      }
      Flow.Unit head = withNested(list, item, nestedAt, nested, 0, keep, item.runs(), number);
      if (fits(page, head, size, area)) {
        List<Run> goesOn = new ArrayList<>(item.runs());
        goesOn.add(Run.plain(continued));
        return new Flow.Unit[] {head, withNested(list, item, nestedAt, nested, keep,
            nested.items().size(), goesOn, number)};
      }
    }
    return null;
  }

  /** The item with its nested list cut to items [from, to); blocks after the list go last. */
  private static Flow.Unit withNested(PlanBlock.ListBlock list, PlanBlock.Item item, int nestedAt,
      PlanBlock.ListBlock nested, int from, int to, List<Run> runs, int number) {
    List<PlanBlock> children = new ArrayList<>();
    if (from == 0) {
      children.addAll(item.children().subList(0, nestedAt));
    }
    children.add(new PlanBlock.ListBlock(nested.ordered(), nested.items().subList(from, to)));
    if (to == nested.items().size()) {
      children.addAll(item.children().subList(nestedAt + 1, item.children().size()));
    }
    PlanBlock.Item part = new PlanBlock.Item(runs, children, item.at());
    return new Flow.Unit(new PlanBlock.ListBlock(list.ordered(), List.of(part)), number);
  }

  /** The longest head of the paragraph, cut at one of {@code cuts}, that fits after the page. */
  private static RunCuts.Cut head(List<Flow.Unit> page, PlanBlock.Paragraph paragraph,
      List<Integer> cuts, double size, TextFitter.Area area) {
    int low = 0;
    int high = cuts.size() - 1;
    RunCuts.Cut best = null;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      RunCuts.Cut cut = RunCuts.at(paragraph.runs(), cuts.get(mid));
      Flow.Unit head = new Flow.Unit(new PlanBlock.Paragraph(cut.head(), paragraph.styleClass()),
          1);
      if (fits(page, head, size, area)) {
        best = cut;
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    return best;
  }

  private static boolean isLabel(Flow.Unit unit) {
    return unit.block() instanceof PlanBlock.Paragraph p && "label".equals(p.styleClass());
  }
}
