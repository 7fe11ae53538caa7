package org.paperdeck.diagnostics;

import java.util.Objects;

/**
 * One problem found in an input, printed as {@code FILE:LINE:COL: error: message}.
 *
 * @param hint what the user can do about it, or {@code null} when the message says it all
 */
public record Diagnostic(Severity severity, SourcePos pos, String message, String hint) {
  public Diagnostic {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(pos, "pos");
    Objects.requireNonNull(message, "message");
  }

  public static Diagnostic error(SourcePos pos, String message) {
    return new Diagnostic(Severity.ERROR, pos, message, null);
  }

  public static Diagnostic warning(SourcePos pos, String message) {
    return new Diagnostic(Severity.WARNING, pos, message, null);
  }

  public Diagnostic withHint(String newHint) {
    return new Diagnostic(severity, pos, message, newHint);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** The one-line form: {@code FILE:LINE:COL: error: message}. */
  public String headline() {
    return pos + ": " + severity.label() + ": " + message;
  }

  @Override
  public String toString() {
    return headline();
  }
}
