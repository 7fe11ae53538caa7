package org.paperdeck.templates;

import freemarker.core.TemplateProcessingTracer.TracedElement;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.paperdeck.diagnostics.SourcePos;

/**
 * Which template line printed each part of a template's output (see {@link TracingOutput}), so
 * that a problem found in the generated text (a deck-plan element the deck stage does not know,
 * XHTML the handout stage cannot parse) can also name the template line to fix.
 */
public final class OutputOrigins {
  /** For output made without tracing: no template line is known. */
  static final OutputOrigins NONE =
      new OutputOrigins("", new int[0], new TracedElement[0], UnaryOperator.identity());

  private final String text;
  /** Output offsets where runs start, ascending; each run printed by the element beside it. */
  private final int[] starts;
  private final TracedElement[] elements;
  private final UnaryOperator<String> displayName;
  private int[] lineStarts;

  OutputOrigins(String text, int[] starts, TracedElement[] elements, UnaryOperator<String> displayName) {
    this.text = text;
    this.starts = starts;
    this.elements = elements;
    this.displayName = displayName;
  }

  /**
   * The template and line that printed the output character at {@code line}:{@code column}
   * (1-based), if known. A column past the end of its line (parsers point just after what they
   * read) counts as the line's last character.
   */
  public Optional<SourcePos> madeBy(int line, int column) {
    int offset = offset(line, column);
    if (offset < 0) {
      return Optional.empty();
    }
    int found = Arrays.binarySearch(starts, offset);
    int run = found >= 0 ? found : -found - 2;
    if (run < 0 || elements[run] == null || elements[run].getTemplate() == null) {
      return Optional.empty();
    }
    TracedElement element = elements[run];
    int templateLine = element.getBeginLine();
    if (element.isLeaf() && element.getEndLine() > element.getBeginLine()) {
      templateLine = lineInside(element, run, offset);
    }
    String name = element.getTemplate().getSourceName();
    return Optional.of(new SourcePos(displayName.apply(name == null ? "?" : name),
        Math.max(1, templateLine), 1));
  }

  /**
   * The template line of an offset inside static text that spans lines. FreeMarker may have
   * stripped the whitespace around directives from the text's start, so the text printed is
   * found in the element's source, and lines counted from there.
   */
  private int lineInside(TracedElement element, int run, int offset) {
    int end = run + 1 < starts.length ? starts[run + 1] : text.length();
    String printed = text.substring(starts[run], end);
    String source = element.getTemplate().getSource(element.getBeginColumn(),
        element.getBeginLine(), element.getEndColumn(), element.getEndLine());
    int at = source == null || printed.isEmpty() ? -1 : source.indexOf(printed);
    if (at < 0) {
      return element.getBeginLine(); // not printed verbatim: its first line is the best guess
    }
    int line = element.getBeginLine() + newlines(source, 0, at) + newlines(text, starts[run], offset);
    return Math.min(line, element.getEndLine());
  }

  private static int newlines(CharSequence s, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      if (s.charAt(i) == '\n') {
        n++;
      }
    }
    return n;
  }

  /** The offset of a 1-based position, kept inside its line's text; -1 if there is no such line. */
  private int offset(int line, int column) {
    if (lineStarts == null) {
      int[] found = new int[16];
      int n = 0;
      found[n++] = 0;
      for (int i = 0; i < text.length(); i++) {
        if (text.charAt(i) == '\n') {
          if (n == found.length) {
            found = Arrays.copyOf(found, n * 2);
          }
          found[n++] = i + 1;
        }
      }
      lineStarts = Arrays.copyOf(found, n);
    }
    if (text.isEmpty() || line < 1 || line > lineStarts.length) {
      return -1;
    }
    int start = lineStarts[line - 1];
    int end = line < lineStarts.length ? lineStarts[line] - 1 : text.length(); // at the '\n'
    if (end > start && text.charAt(end - 1) == '\r') {
      end--;
    }
    int last = Math.max(start, end - 1);
    return Math.min(text.length() - 1, Math.min(start + Math.max(0, column - 1), last));
  }
}
