package org.paperdeck.cli;

import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * What a run of the command talks to: standard input, standard output (as text for messages, as
 * bytes for an output written with {@code -o -}), standard error, whether output and error are
 * a terminal, and the environment variables that say how to colour. The process has one; a test
 * makes its own, so that a run in the test's JVM sees the pipes and terminals it chose.
 *
 * @param in standard input, read for the notes {@code -}
 * @param stdout standard output as bytes; {@code out} writes to it too, and is flushed first
 * @param out standard output as text
 * @param err standard error
 * @param outIsTerminal standard output is a terminal: no binary output goes there
 * @param errIsTerminal standard error is a terminal: messages may be coloured
 * @param environment where {@code NO_COLOR} and {@code TERM} are looked up
 */
public record StandardStreams(InputStream in, OutputStream stdout, PrintWriter out,
    PrintWriter err, boolean outIsTerminal, boolean errIsTerminal,
    Map<String, String> environment) {
  public StandardStreams {
    environment = Map.copyOf(environment);
  }

  /** The process's own streams, as UTF-8 text where they carry text. */
  public static StandardStreams ofProcess() {
    return new StandardStreams(System.in, System.out, utf8(System.out), utf8(System.err),
        isTerminal(1), isTerminal(2), System.getenv());
  }

  /**
   * Text streams only, for callers of {@link Cli#run(String[], PrintWriter, PrintWriter)}:
   * standard input is empty, and bytes for standard output reach {@code out} one character per
   * byte (ISO-8859-1), so that they can be taken back exactly.
   */
  static StandardStreams of(PrintWriter out, PrintWriter err) {
    OutputStream bytes = new OutputStream() {
      @Override
      public void write(int b) {
        out.write(b & 0xff);
      }

      @Override
      public void write(byte[] b, int off, int len) {
        out.write(new String(b, off, len, StandardCharsets.ISO_8859_1));
      }

      @Override
      public void flush() {
        out.flush();
      }
    };
    return new StandardStreams(InputStream.nullInputStream(), bytes, out, err, false, false,
        Map.of());
  }

  private static PrintWriter utf8(PrintStream stream) {
    return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
  }

  /**
   * Whether file descriptor {@code fd} of this process is a terminal. Java has no isatty: on
   * Linux the descriptor's link in /proc names the device (/dev/pts/N, /dev/ttyN); elsewhere
   * {@link System#console} stands in, which on Java 17 is there only when both standard input
   * and output are terminals, and from Java 22 on says so with {@code isTerminal()}.
   */
  static boolean isTerminal(int fd) {
    Path link = Path.of("/proc/self/fd/" + fd);
    if (Files.isSymbolicLink(link)) {
      try {
        String device = Files.readSymbolicLink(link).toString();
        return device.startsWith("/dev/pts/") || device.startsWith("/dev/tty")
            || device.equals("/dev/console");
      } catch (IOException | UnsupportedOperationException e) {
        // Fall through to the console's view.
      }
    }
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException e) {
      return true; // before Java 22 a console is only there for a terminal
    }
  }
}
