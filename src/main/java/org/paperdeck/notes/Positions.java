package org.paperdeck.notes;

import java.util.List;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.paperdeck.diagnostics.SourcePos;

/** The one place where commonmark's 0-based source spans become 1-based positions. */
final class Positions {
  private final String file;

  Positions(String file) {
    this.file = file;
  }

  SourcePos of(Node node) {
    for (Node n = node; n != null; n = n.getParent()) {
      List<SourceSpan> spans = n.getSourceSpans();
      if (!spans.isEmpty()) {
        SourceSpan first = spans.get(0);
        return new SourcePos(file, first.getLineIndex() + 1, first.getColumnIndex() + 1);
      }
    }
    return SourcePos.startOf(file);
  }

}
