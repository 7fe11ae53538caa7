package org.paperdeck.plan;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.paperdeck.diagnostics.SourcePos;

/** A block inside a slide's body or notes. */
public sealed interface PlanBlock {

  /**
   * A paragraph; {@code styleClass} is the template's {@code class} attribute (for instance
   * {@code byline} or {@code label}), or {@code null}; {@code at} the notes-file position the
   * template gave it ({@code <p at>}), or {@code null}.
   */
  record Paragraph(List<Run> runs, String styleClass, SourcePos at) implements PlanBlock {
    public Paragraph {
      runs = List.copyOf(runs);
    }

    public Paragraph(List<Run> runs, String styleClass) {
      this(runs, styleClass, null);
    }
  }

  /** A bulleted ({@code ul}) or numbered ({@code ol}) list. */
  record ListBlock(boolean ordered, List<Item> items) implements PlanBlock {
    public ListBlock {
      items = List.copyOf(items);
    }
  }

  /**
   * A list item: its own text runs, then any nested blocks (usually a nested list); {@code at}
   * the notes-file position the template gave it ({@code <li at>}), or {@code null}.
   */
  record Item(List<Run> runs, List<PlanBlock> children, SourcePos at) {
    public Item {
      runs = List.copyOf(runs);
      children = List.copyOf(children);
    }

    public Item(List<Run> runs, List<PlanBlock> children) {
      this(runs, children, null);
    }
  }

  /** A table; each cell is a list of runs. The first row is a header when {@code header}. */
  record Table(boolean header, List<List<List<Run>>> rows) implements PlanBlock {
    public Table {
      rows = rows.stream().map(row -> row.stream().map(List::copyOf).toList()).toList();
    }
  }

  /**
   * A formula typeset as a picture on the slide.
   *
   * @param copy true when this repeats inline math that the text beside it can only approximate
   *     in Unicode; a copy is left out of the speaker notes, which have the text already
   */
  record DisplayMath(String latex, boolean copy) implements PlanBlock {
    public DisplayMath {
      Objects.requireNonNull(latex, "latex");
    }
  }

  /** A picture in the body's reading order, with a caption under it. */
  record Figure(Path source, String alt, List<Run> caption) implements PlanBlock {
    public Figure {
      Objects.requireNonNull(source, "source");
      alt = alt == null ? "" : alt;
      caption = List.copyOf(caption);
    }
  }
}
