package org.paperdeck.notes;

import org.paperdeck.diagnostics.SourcePos;

/**
 * Where a piece of Markdown text starts in its file, so positions inside the text become
 * positions in the file. A notes file's body starts at line 1, column 1; a text value of a YAML
 * notes file starts wherever its scalar does, and a block scalar's lines are all indented.
 *
 * @param firstLine the 1-based file line of the text's first line
 * @param firstColumn the 1-based file column of the text's first character
 * @param indent how many columns every later line is shifted right in the file
 */
record TextOrigin(String file, int firstLine, int firstColumn, int indent) {
  static TextOrigin wholeFile(String file) {
    return new TextOrigin(file, 1, 1, 0);
  }

  /** The file position of a 0-based line and column inside the text. */
  SourcePos at(int lineIndex, int columnIndex) {
    int column = columnIndex + 1 + (lineIndex == 0 ? firstColumn - 1 : indent);
    return new SourcePos(file, firstLine + lineIndex, column);
  }

  SourcePos start() {
    return at(0, 0);
  }
}
