package org.paperdeck.diagnostics;

/** How bad a problem is: an error stops the build, a warning does not. */
public enum Severity {
  ERROR,
  WARNING;

  /** The word printed after the position, as compilers print it. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
