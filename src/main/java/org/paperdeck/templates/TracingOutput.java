package org.paperdeck.templates;

import freemarker.core.Environment;
import freemarker.core.TemplateProcessingTracer;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.function.UnaryOperator;

/**
 * The writer a template renders into, which also notes which template element was running when
 * each piece of output was written. FreeMarker keeps no map from output back to template, but
 * since 2.3.33 it tells a {@link TemplateProcessingTracer} (public API) as it enters and leaves
 * each element (static text, {@code ${…}}, a directive); the element on top when a piece is
 * written is the one that printed it. The cost is a push and a pop per element and one entry
 * per run of output: nothing is looked up until a diagnostic asks ({@link OutputOrigins}). The
 * same two points are where a {@link RenderGuard} holds the render to its limits.
 */
final class TracingOutput extends Writer implements TemplateProcessingTracer {
  private final RenderGuard guard;
  private final StringBuilder text = new StringBuilder(16 * 1024);
  private final ArrayList<TracedElement> running = new ArrayList<>();
  private int[] starts = new int[1024];
  private TracedElement[] elements = new TracedElement[1024];
  private int count;
  /** True after an element begins or ends: the next piece written starts a new run. */
  private boolean fresh = true;

  TracingOutput(RenderGuard guard) {
    this.guard = guard;
  }

  @Override
  public void enterElement(Environment env, TracedElement element) {
    running.add(element);
    fresh = true;
    guard.entered(running);
  }

  @Override
  public void exitElement(Environment env, TracedElement element) {
    // Pops down to the element even if an element in between was left without an exit call.
    int at = running.lastIndexOf(element);
    if (at >= 0) {
      running.subList(at, running.size()).clear();
    } else if (!running.isEmpty() && contains(running.get(running.size() - 1), element)) {
      // FreeMarker (2.3.34) reports the end of an #if-#elseif-#else container as a second end of
      // the branch it chose: the container is done. Kept, each paper of a loop around one would
      // count as an instruction nested in the next, and a long talk break the nesting limit.
      running.remove(running.size() - 1);
    }
    fresh = true;
  }

  /** Whether {@code inner} lies within {@code outer} in the same template. */
  private static boolean contains(TracedElement outer, TracedElement inner) {
    return outer.getTemplate() == inner.getTemplate()
        && compare(outer.getBeginLine(), outer.getBeginColumn(),
            inner.getBeginLine(), inner.getBeginColumn()) <= 0
        && compare(inner.getEndLine(), inner.getEndColumn(),
            outer.getEndLine(), outer.getEndColumn()) <= 0;
  }

  private static int compare(int line, int column, int otherLine, int otherColumn) {
    return line != otherLine ? Integer.compare(line, otherLine)
        : Integer.compare(column, otherColumn);
  }

  @Override
  public void write(char[] chars, int offset, int length) {
    if (length > 0) {
      guard.printing(top(), (long) text.length() + length);
      mark();
      text.append(chars, offset, length);
    }
  }

  @Override
  public void write(String string, int offset, int length) {
    if (length > 0) {
      guard.printing(top(), (long) text.length() + length);
      mark();
      text.append(string, offset, offset + length);
    }
  }

  @Override
  public void write(int c) {
    guard.printing(top(), text.length() + 1L);
    mark();
    text.append((char) c);
  }

  private void mark() {
    if (!fresh) {
      return;
    }
    fresh = false;
    if (count == starts.length) {
      starts = Arrays.copyOf(starts, count * 2);
      elements = Arrays.copyOf(elements, count * 2);
    }
    starts[count] = text.length();
    elements[count] = top();
    count++;
  }

  /** The element running now, or {@code null} outside every element. */
  private TracedElement top() {
    return running.isEmpty() ? null : running.get(running.size() - 1);
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}

  String text() {
    return text.toString();
  }

  /**
   * Where the output came from.
   *
   * @param displayName turns FreeMarker's template names into the names users see
   */
  OutputOrigins origins(String output, UnaryOperator<String> displayName) {
    return new OutputOrigins(output, Arrays.copyOf(starts, count), Arrays.copyOf(elements, count),
        displayName);
  }
}
