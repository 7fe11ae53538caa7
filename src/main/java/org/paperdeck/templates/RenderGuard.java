package org.paperdeck.templates;

import freemarker.core.TemplateProcessingTracer.TracedElement;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import org.paperdeck.diagnostics.Diagnostic;
import org.paperdeck.diagnostics.SourcePos;

/**
 * Holds one render to its {@link RenderLimits}, and says where in the template it broke one.
 * FreeMarker has no limits of its own; its tracer ({@link TracingOutput}) is told of every
 * element it enters and of every character printed, which is where the time, the depth and the
 * output are checked. Work inside one element (a built-in such as {@code ?left_pad} or a
 * regular expression) passes no such point: {@link RenderThread} stops waiting for it, and
 * running out of memory or stack there is reported at the element that was running.
 *
 * <p>A breach is kept: FreeMarker's {@code <#attempt>} may catch the exception that ends the
 * render, but every element after it ends the render again, and the render is reported failed
 * however it returns.
 */
final class RenderGuard {
  static final String TIME_HINT = "a loop or a macro that never ends needs fixing; a large talk"
      + " may need longer: raise the limit with --template-time-limit SECONDS";
  /** The clock is read every this many elements: reading it costs more than entering one. */
  private static final int CLOCK_EVERY = 256;

  /** Ends a render that broke a limit; carries nothing, the guard keeps the breach. */
  static final class Stop extends RuntimeException {
    private Stop() {
      super("the template broke a render limit", null, false, false);
    }
  }

  private final RenderLimits limits;
  private final UnaryOperator<String> displayName;
  private final String templateName;
  /** What the render was handed to print in bulk, or {@code null}. */
  private final Given given;
  private final long deadline;
  /** The element entered last: set by the render's thread, read by the one waiting for it. */
  private final AtomicReference<TracedElement> last = new AtomicReference<>();
  private final AtomicReference<Diagnostic> breach = new AtomicReference<>();
  private int sinceClock;

  /**
   * @param templateName how messages name the template when no element of it ran yet
   * @param displayName turns FreeMarker's template names into the names users see
   */
  RenderGuard(RenderLimits limits, String templateName, UnaryOperator<String> displayName) {
    this(limits, templateName, displayName, null);
  }

  /**
   * What a render is handed to print in bulk, such as the slides drawn as pictures for a
   * handout: the output limit makes room for them ({@link RenderLimits#withRoomFor}), and when
   * memory runs out while they are printed, the message blames them rather than the template.
   *
   * @param what what they are, for messages ("3,714 slide pictures")
   * @param chars how many characters they take, printed once each
   */
  record Given(String what, long chars) {}

  /** @param given what the render is handed to print in bulk, or {@code null} */
  RenderGuard(RenderLimits limits, String templateName, UnaryOperator<String> displayName,
      Given given) {
    this.limits = limits;
    this.templateName = templateName;
    this.displayName = displayName;
    this.given = given;
    this.deadline = System.nanoTime() + limits.time().toNanos();
  }

  RenderLimits limits() {
    return limits;
  }

  /** The render entered the last element of {@code running}, the instructions running now. */
  void entered(List<TracedElement> running) {
    TracedElement element = running.get(running.size() - 1);
    last.setRelease(element);
    stopIfBroken();
    if (running.size() > limits.depth()) {
      stop(Diagnostic.error(at(callOf(running)), "template instructions nest more than "
              + limits.depth() + " deep, the nesting limit")
          .withHint("a macro or function that calls itself needs a case where it stops"));
    }
    if (++sinceClock >= CLOCK_EVERY) {
      sinceClock = 0;
      if (System.nanoTime() - deadline > 0) {
        timedOut();
        throw new Stop();
      }
    }
  }

  /** The render is about to have printed {@code total} characters in all, inside {@code element}. */
  void printing(TracedElement element, long total) {
    stopIfBroken();
    if (total > limits.outputChars()) {
      stop(Diagnostic.error(at(element), "template printed more than "
              + limits.outputChars() / 1_000_000 + " million characters, the output limit")
          .withHint("a loop that prints without end, or a value repeated too often?"));
    }
  }

  /** The render ran past its time: noted at the element it was in, if nothing was noted first. */
  void timedOut() {
    breach.compareAndSet(null, Diagnostic.error(at(last.getAcquire()),
        "template ran longer than " + seconds() + ", the time limit").withHint(TIME_HINT));
  }

  /** Java's stack ran out during the render. */
  void stackOverflowed() {
    breach.compareAndSet(null, Diagnostic.error(at(last.getAcquire()),
            "template nests too deeply for the stack (expressions or calls inside each other)")
        .withHint("write the expression or the recursion flatter"));
  }

  /**
   * The heap ran out during the render ({@code e}, which {@link #madeByTheRender} judged the
   * render's doing): a value too large to hold, most likely, or, when the heap filled up, what
   * the render was handed to print.
   */
  void ranOutOfMemory(OutOfMemoryError e) {
    String memory = "paperdeck has " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB";
    if (given != null && !largerThanJavaCanMake(e)) {
      breach.compareAndSet(null, Diagnostic.error(at(last.getAcquire()),
              "template ran out of memory printing the " + given.what() + " it was given ("
                  + memory + ")")
          .withHint("for a talk this long, make the PDF handout only (--formats pdf), which"
              + " takes the pictures by name, or use a handout without them"
              + " (--templates default)"));
      return;
    }
    breach.compareAndSet(null, Diagnostic.error(at(last.getAcquire()),
            "template made a value too large for memory (" + memory + ")")
        .withHint("?left_pad, ?right_pad, joining or repeating make strings as long as they are"
            + " told; keep them to what a page can show"));
  }

  /**
   * Whether running out of memory during a render was the render's doing: a value larger than
   * Java can make at all, or one that filled the heap and is garbage now the render has let go
   * of it. When the heap stays full without it, the build as a whole is too big for the memory
   * Java has, which is not the template's line to fix.
   */
  static boolean madeByTheRender(OutOfMemoryError e) {
    if (largerThanJavaCanMake(e)) {
      return true;
    }
    Runtime runtime = Runtime.getRuntime();
    System.gc(); // only here, on the way to an error: how full the heap is decides the message
    long free = runtime.maxMemory() - runtime.totalMemory() + runtime.freeMemory();
    return free > runtime.maxMemory() / 2;
  }

  private static boolean largerThanJavaCanMake(OutOfMemoryError e) {
    return String.valueOf(e.getMessage()).contains("exceeds VM limit");
  }

  /** What the render broke, or {@code null}. */
  Diagnostic breach() {
    return breach.get();
  }

  private void stop(Diagnostic diagnostic) {
    breach.compareAndSet(null, diagnostic);
    throw new Stop();
  }

  private void stopIfBroken() {
    if (breach.get() != null) {
      throw new Stop();
    }
  }

  private String seconds() {
    long millis = limits.time().toMillis();
    return millis % 1000 == 0 ? millis / 1000 + " s" : millis / 1000.0 + " s";
  }

  /**
   * Where the innermost call was made: FreeMarker enters a macro's or function's definition
   * when it is called, and the definition (around the call, when it calls itself) is a
   * poorer place to point at than the call inside it.
   */
  private static TracedElement callOf(List<TracedElement> running) {
    TracedElement entered = running.get(running.size() - 1);
    if (running.size() < 2) {
      return entered;
    }
    TracedElement caller = running.get(running.size() - 2);
    return encloses(entered, caller) ? caller : entered;
  }

  private static boolean encloses(TracedElement outer, TracedElement inner) {
    return outer.getTemplate() == inner.getTemplate()
        && compare(outer.getBeginLine(), outer.getBeginColumn(),
            inner.getBeginLine(), inner.getBeginColumn()) <= 0
        && compare(inner.getEndLine(), inner.getEndColumn(),
            outer.getEndLine(), outer.getEndColumn()) <= 0
        && outer != inner;
  }

  private static int compare(int line, int column, int otherLine, int otherColumn) {
    return line != otherLine ? Integer.compare(line, otherLine) : Integer.compare(column, otherColumn);
  }

  private SourcePos at(TracedElement element) {
    if (element == null || element.getTemplate() == null) {
      return SourcePos.startOf(templateName);
    }
    String name = element.getTemplate().getSourceName();
    return new SourcePos(name == null ? templateName : displayName.apply(name),
        Math.max(1, element.getBeginLine()), Math.max(1, element.getBeginColumn()));
  }
}
