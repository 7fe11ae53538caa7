package org.paperdeck.cli;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;

/**
 * Keeps what libraries print by themselves off the terminal while a command runs. Their logging
 * is switched off at start ({@link Quiet}), but some print to {@code System.out} or
 * {@code System.err} directly: Flying Saucer prints "Token: … resolved …" for each
 * {@code @import} in the handout's CSS, JLaTeXMath a line for a font it cannot register. While
 * a command runs those two streams lead nowhere, or with {@code --verbose} into the command's
 * error stream; paperdeck's own messages never go through them (the command writes to the
 * writers it was given).
 *
 * <p>The streams are the JVM's, shared by every thread: when commands run side by side in one
 * JVM (tests), the first to start sets them aside and the last to end puts them back.
 */
final class LibraryOutput implements AutoCloseable {
  private static int running;
  private static PrintStream out;
  private static PrintStream err;

  private LibraryOutput() {}

  /**
   * Sets the JVM's streams aside until {@link #close}.
   *
   * @param verbose where library output goes instead; null to drop it
   */
  static LibraryOutput hold(PrintWriter verbose) {
    synchronized (LibraryOutput.class) {
      if (running++ == 0) {
        out = System.out;
        err = System.err;
        PrintStream instead = verbose == null
            ? new PrintStream(OutputStream.nullOutputStream())
            : new PrintStream(new Lines(verbose), true);
        System.setOut(instead);
        System.setErr(instead);
      }
    }
    return new LibraryOutput();
  }

  @Override
  public void close() {
    synchronized (LibraryOutput.class) {
      if (--running == 0) {
        System.out.flush();
        System.setOut(out);
        System.setErr(err);
      }
    }
  }

  /** Bytes printed by a library, handed on to a writer a line at a time. */
  private static final class Lines extends OutputStream {
    private final PrintWriter writer;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();

    Lines(PrintWriter writer) {
      this.writer = writer;
    }

    @Override
    public synchronized void write(int b) {
      line.write(b);
      if (b == '\n') {
        flush();
      }
    }

    @Override
    public synchronized void flush() {
      if (line.size() > 0) {
        writer.print(line.toString(Charset.defaultCharset()));
        writer.flush();
        line.reset();
      }
    }
  }
}
