package org.paperdeck.deck;

import java.util.List;

/** A block inside a slide's body or notes. */
public sealed interface PlanBlock {

  /**
   * A paragraph; {@code styleClass} is the template's {@code class} attribute (for instance
   * {@code byline} or {@code label}), or {@code null}.
   */
  record Paragraph(List<Run> runs, String styleClass) implements PlanBlock {
    public Paragraph {
      runs = List.copyOf(runs);
    }
  }

  /** A bulleted ({@code ul}) or numbered ({@code ol}) list. */
  record ListBlock(boolean ordered, List<Item> items) implements PlanBlock {
    public ListBlock {
      items = List.copyOf(items);
    }
  }

  /** A list item: its own text runs, then any nested blocks (usually a nested list). */
  record Item(List<Run> runs, List<PlanBlock> children) {
    public Item {
      runs = List.copyOf(runs);
      children = List.copyOf(children);
    }
  }

  /** A table; each cell is a list of runs. The first row is a header when {@code header}. */
  record Table(boolean header, List<List<List<Run>>> rows) implements PlanBlock {
    public Table {
      rows = rows.stream().map(row -> row.stream().map(List::copyOf).toList()).toList();
    }
  }
}
