package org.paperdeck.cli;

import java.io.PrintWriter;

/**
 * The two errors of the JVM that input can cause, said as what they mean and what to do, never
 * as "internal error: java.lang.…". The stages turn the ones they can place into diagnostics at
 * a file's line; these are what is left.
 */
final class JvmErrors {
  /** How far down a chain of causes {@link #outOfMemory} looks. */
  private static final int MAX_CAUSES = 16;

  private JvmErrors() {}

  /** Whether {@link #report} has words for {@code e}. */
  static boolean known(Throwable e) {
    return outOfMemory(e) || e instanceof StackOverflowError;
  }

  /**
   * Whether {@code e} is Java running out of memory, also when it reaches us wrapped in another
   * error: linking a lambda or initialising a class while memory is short throws an
   * InternalError, BootstrapMethodError or ExceptionInInitializerError caused by it.
   */
  static boolean outOfMemory(Throwable e) {
    // Causes can form a loop (two errors each the other's cause); a real chain is short.
    int depth = 0;
    for (Throwable t = e; t instanceof Error && depth < MAX_CAUSES; t = t.getCause(), depth++) {
      if (t instanceof OutOfMemoryError) {
        return true;
      }
    }
    return false;
  }

  /**
   * Prints what {@code e} means and returns the exit code: running out of memory is the
   * machine's limit ({@link ExitCode#FAILURE}); running out of stack, input nested too deeply
   * ({@link ExitCode#BAD_INPUT}).
   */
  static int report(Throwable e, PrintWriter err) {
    if (outOfMemory(e)) {
      err.println("paperdeck: error: out of memory: the build needed more than the "
          + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB Java may use");
      // The slides handout holds every slide's picture until its PDF is written, and the PDF
      // itself: about 1,200 papers fill the launcher's 1 GiB; its web page carries them as text,
      // about 600 papers (docs/performance.md).
      err.println("  hint: a talk within docs/format.md's limits fits, but a handout of slide"
          + " pictures (--templates slides) only up to about 1,200 papers as a PDF and 600 as a"
          + " web page; split a larger talk, use smaller images, or give Java more memory"
          + " (java -Xmx2g -jar paperdeck.jar ...)");
      err.flush();
      return ExitCode.FAILURE;
    }
    err.println("paperdeck: error: the input nests too deeply to be read (Java's stack ran out)");
    err.println("  hint: nest lists, quotes and elements a few levels deep, not hundreds");
    err.flush();
    return ExitCode.BAD_INPUT;
  }
}
