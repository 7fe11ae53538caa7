package org.paperdeck.notes;

import java.util.List;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.paperdeck.diagnostics.SourcePos;

/** The one place where commonmark's 0-based source spans become 1-based file positions. */
final class Positions {
  private final TextOrigin origin;

  Positions(TextOrigin origin) {
    this.origin = origin;
  }

  SourcePos of(Node node) {
    for (Node n = node; n != null; n = n.getParent()) {
      List<SourceSpan> spans = n.getSourceSpans();
      if (!spans.isEmpty()) {
        SourceSpan first = spans.get(0);
        return origin.at(first.getLineIndex(), first.getColumnIndex());
      }
    }
    return origin.start();
  }

}
