package org.paperdeck.cli;

/** The {@code paperdeck} command. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(Cli.run(args, StandardStreams.ofProcess()));
  }
}
