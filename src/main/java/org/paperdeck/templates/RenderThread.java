package org.paperdeck.templates;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Runs one render on a thread of its own and waits for it at most a little past its time limit.
 *
 * <p>Two reasons for the thread. The guard ({@link RenderGuard}) stops a render between template
 * elements, but a single built-in can run for minutes without reaching the next one (a regular
 * expression that backtracks, a search through a range of a billion numbers); Java can no longer
 * stop a thread from outside, so the build stops waiting, reports the time limit at the element
 * that was running, and leaves the thread to end on its own (a daemon: it never keeps the JVM
 * alive). And the thread's stack has a size of our choosing, so the nesting limit holds on any
 * thread that asks for a render, whatever {@code -Xss} says.
 */
final class RenderThread {
  /** Room for the nesting limit many times over, and for deeply nested expressions. */
  static final long STACK_BYTES = 16L * 1024 * 1024;
  /**
   * How long past its time a render is waited for: the guard ends one between elements within
   * microseconds; one still running after this is inside a single built-in.
   */
  private static final long GRACE_MILLIS = 1_000;

  private RenderThread() {}

  /**
   * The result of {@code render}, or empty when it ran past the limit and was left running; the
   * guard then holds the time-limit breach.
   */
  static <T> Optional<T> run(Supplier<T> render, RenderGuard guard) {
    AtomicReference<T> result = new AtomicReference<>();
    AtomicReference<RuntimeException> failure = new AtomicReference<>();
    AtomicReference<Error> error = new AtomicReference<>();
    Thread thread = new Thread(null, () -> {
      try {
        result.set(render.get());
      } catch (RuntimeException e) {
        failure.set(e);
      } catch (Error e) {
        error.set(e);
      }
    }, "paperdeck-template", STACK_BYTES);
    thread.setDaemon(true);
    thread.start();
    try {
      thread.join(guard.limits().time().toMillis() + GRACE_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (thread.isAlive()) {
      guard.timedOut();
      thread.setPriority(Thread.MIN_PRIORITY);
      return Optional.empty();
    }
    // Rethrown here, as they would have been had the render run on this thread.
    if (failure.get() != null) {
      throw failure.get();
    }
    if (error.get() != null) {
      throw error.get();
    }
    return Optional.of(result.get());
  }
}
