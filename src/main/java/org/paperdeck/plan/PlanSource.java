package org.paperdeck.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.paperdeck.diagnostics.SourcePos;

/**
 * The plan text, for turning SAX positions into the positions a user wants. SAX reports where
 * a start tag ends; a message about an element should point at its {@code <}, and one about an
 * attribute at the attribute's name, so we look back into the text from SAX's position.
 */
final class PlanSource {
  private final String text;
  private final String file;
  private final int[] lineStarts;

  PlanSource(String text, String file) {
    this.text = text;
    this.file = file;
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        starts.add(i + 1);
      }
    }
    lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
  }

  /** A position as SAX reports it (1-based, -1 when unknown), made safe for {@link SourcePos}. */
  SourcePos at(int line, int column) {
    return new SourcePos(file, Math.max(1, line), Math.max(1, column));
  }

  /** The {@code <} of the start tag that ends just before SAX's (line, column). */
  SourcePos tagStart(int line, int column) {
    int tag = tagOffset(line, column);
    return tag < 0 ? at(line, column) : position(tag);
  }

  /** The name of {@code attribute} inside the start tag that ends at SAX's (line, column). */
  SourcePos attribute(int line, int column, String attribute) {
    int tag = tagOffset(line, column);
    if (tag < 0) {
      return at(line, column);
    }
    int end = Math.min(text.length(), offset(line, column));
    Matcher m = Pattern.compile("\\s(" + Pattern.quote(attribute) + ")\\s*=")
        .matcher(text).region(tag, end);
    return m.find() ? position(m.start(1)) : position(tag);
  }

  private int tagOffset(int line, int column) {
    if (line < 1 || column < 1 || line > lineStarts.length) {
      return -1;
    }
    // '<' cannot occur inside an attribute value, so the last one before SAX's position
    // opens the tag, even across line breaks.
    return text.lastIndexOf('<', Math.min(text.length(), offset(line, column)) - 1);
  }

  private int offset(int line, int column) {
    return lineStarts[line - 1] + column - 1;
  }

  private SourcePos position(int offset) {
    // The last line starting at or before the offset: a search, since every element asks.
    int found = Arrays.binarySearch(lineStarts, offset);
    int line = found >= 0 ? found : -found - 2;
    return new SourcePos(file, line + 1, offset - lineStarts[line] + 1);
  }
}
