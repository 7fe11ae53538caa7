package org.paperdeck.templates;

import java.time.Duration;
import java.util.Objects;

/**
 * What one render of a template may use (docs/templates.md, "What templates cannot do"):
 * templates may come from someone else, and a loop that never ends, a macro that calls itself
 * for ever or a value of gigabytes must end in a message at the template's line, not in a hang
 * or a crash.
 *
 * @param time how long one render may run, by the clock: a large talk may need it raised
 * @param depth how many template instructions (directives, macro and function calls) may be
 *     running inside each other; a macro or function that calls itself adds some with each call
 * @param outputChars how many characters one render may print
 */
public record RenderLimits(Duration time, int depth, long outputChars) {
  /**
   * The default time. The largest talk docs/format.md allows (2,000 papers) renders each
   * template in about 1.5 s on a cold and busy machine, so this leaves room and still answers
   * a template that never ends within seconds.
   */
  public static final Duration DEFAULT_TIME = Duration.ofSeconds(5);
  /**
   * The built-in templates run about 20 deep. One level of a recursive function takes about
   * half a kilobyte of the Java stack, so 1,000 fits easily in the stack a render gets.
   */
  static final int DEFAULT_DEPTH = 1_000;
  /**
   * The largest talk's plan is about 7 million characters; a notes file at its 8 MiB limit,
   * printed a few times over, stays well below this too.
   */
  static final long DEFAULT_OUTPUT_CHARS = 64_000_000L;

  public RenderLimits {
    Objects.requireNonNull(time, "time");
    if (time.isNegative() || time.isZero() || depth < 1 || outputChars < 1) {
      throw new IllegalArgumentException("render limits must be positive");
    }
  }

  public static RenderLimits defaults() {
    return new RenderLimits(DEFAULT_TIME, DEFAULT_DEPTH, DEFAULT_OUTPUT_CHARS);
  }

  /** The same limits with another time. */
  public RenderLimits withTime(Duration newTime) {
    return new RenderLimits(newTime, depth, outputChars);
  }

  /**
   * The same limits with room for {@code chars} more characters of output: what a render is
   * handed to print in bulk (a handout's slide pictures, about 85,000 characters each), which
   * the limit is not there to stop.
   */
  RenderLimits withRoomFor(long chars) {
    return new RenderLimits(time, depth, outputChars + Math.max(0, chars));
  }
}
