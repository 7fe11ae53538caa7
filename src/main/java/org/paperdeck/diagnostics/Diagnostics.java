package org.paperdeck.diagnostics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A collector that stages add problems to instead of throwing on the first one, so a user sees
 * everything wrong with a file in one run. Not thread-safe: one per run.
 */
public final class Diagnostics {
  private final List<Diagnostic> items = new ArrayList<>();

  public void add(Diagnostic diagnostic) {
    items.add(diagnostic);
  }

  public void error(SourcePos pos, String message) {
    add(Diagnostic.error(pos, message));
  }

  public void error(SourcePos pos, String message, String hint) {
    add(Diagnostic.error(pos, message).withHint(hint));
  }

  public void warning(SourcePos pos, String message) {
    add(Diagnostic.warning(pos, message));
  }

  public void warning(SourcePos pos, String message, String hint) {
    add(Diagnostic.warning(pos, message).withHint(hint));
  }

  public boolean hasErrors() {
    return items.stream().anyMatch(Diagnostic::isError);
  }

  /** Everything collected, in file order (then in the order found), ready to print. */
  public List<Diagnostic> sorted() {
    return items.stream()
        .sorted(Comparator.comparing((Diagnostic d) -> d.pos().file())
            .thenComparingInt(d -> d.pos().line())
            .thenComparingInt(d -> d.pos().column()))
        .toList();
  }
}
