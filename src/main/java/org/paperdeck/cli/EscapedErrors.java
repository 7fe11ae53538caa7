package org.paperdeck.cli;

import java.io.PrintWriter;

/**
 * What the process says when a failure escapes one of its threads. Every thread paperdeck starts
 * hands its failures to the command, which says them in its own words; this is for what escapes
 * anyway (Java running out of memory inside an executor's own code, say), which Java would print
 * as a stack trace after the command's message. Running out of memory is left to the command:
 * the heap is the build's, and the command says once that it was too small. Anything else is one
 * line, as the command says an internal error.
 */
final class EscapedErrors implements Thread.UncaughtExceptionHandler {
  private final PrintWriter err;

  EscapedErrors(PrintWriter err) {
    this.err = err;
  }

  @Override
  public void uncaughtException(Thread thread, Throwable e) {
    if (JvmErrors.outOfMemory(e)) {
      return;
    }
    err.println("paperdeck: internal error on thread " + thread.getName() + ": " + e);
    err.flush();
  }
}
