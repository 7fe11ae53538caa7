package org.paperdeck.diagnostics;

import java.util.Objects;

/**
 * A place in an input file. Lines and columns are 1-based, as editors and compilers show them;
 * column counts characters (code points are not split).
 */
public record SourcePos(String file, int line, int column) {
  public SourcePos {
    Objects.requireNonNull(file, "file");
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("positions are 1-based: " + line + ":" + column);
    }
  }

  /** The start of a file, for problems that belong to the file as a whole. */
  public static SourcePos startOf(String file) {
    return new SourcePos(file, 1, 1);
  }

  @Override
  public String toString() {
    return file + ":" + line + ":" + column;
  }
}
