package org.paperdeck.cli;

/** The {@code paperdeck} command. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    StandardStreams streams = StandardStreams.ofProcess();
    installEscapedErrors(streams);
    System.exit(Cli.run(args, streams));
  }

  /** Makes a failure that escapes any thread of the process one line on {@code streams}' err. */
  static void installEscapedErrors(StandardStreams streams) {
    Thread.setDefaultUncaughtExceptionHandler(new EscapedErrors(TerminalText.of(streams.err())));
  }
}
