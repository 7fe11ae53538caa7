package org.paperdeck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.paperdeck.FreshJvm;

/** A failure that escapes a thread is one line of ours, never Java's stack trace. */
class EscapedErrorsTest {
  private final StringWriter said = new StringWriter();
  private final EscapedErrors handler = new EscapedErrors(new PrintWriter(said));

  @Test
  void aFailureThatEscapesAThreadIsOneLineNamingTheThread() {
    handler.uncaughtException(new Thread("paperdeck-png"), new IllegalStateException("no slide"));
    assertEquals("paperdeck: internal error on thread paperdeck-png:"
        + " java.lang.IllegalStateException: no slide" + System.lineSeparator(), said.toString());
  }

  @Test
  void runningOutOfMemoryIsLeftToTheCommandWhichSaysItOnce() {
    handler.uncaughtException(new Thread("paperdeck-warm-up"),
        new InternalError(new OutOfMemoryError("Java heap space")));
    handler.uncaughtException(new Thread("paperdeck-deck"), new OutOfMemoryError());
    assertEquals("", said.toString());
  }

  @Test
  void theProcessSaysEscapedFailuresThisWay() throws Exception {
    // Main installs the handler for the whole process; a thread's failure reaches it.
    FreshJvm run = FreshJvm.run(EscapingThread.class);
    assertEquals(0, run.exitCode(), run.output());
    assertEquals("paperdeck: internal error on thread paperdeck-test:"
        + " java.lang.IllegalStateException: escaped" + System.lineSeparator(), run.output());
  }

  /** Installs the handler as {@link Main} does, then lets a thread fail. */
  static final class EscapingThread {
    public static void main(String[] args) throws InterruptedException {
      Main.installEscapedErrors(StandardStreams.ofProcess());
      Thread thread = new Thread(() -> {
        throw new IllegalStateException("escaped");
      }, "paperdeck-test");
      thread.start();
      thread.join();
    }
  }
}
