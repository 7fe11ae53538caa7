package org.paperdeck.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * One run of the real command in-process, on streams the test chose: what standard input
 * holds, whether standard output and error are terminals, and the environment.
 *
 * @param stdout every byte written to standard output, text and binary alike
 */
record Piped(int code, byte[] stdout, String err) {
  String out() {
    return new String(stdout, StandardCharsets.UTF_8);
  }

  /** Neither stream a terminal, no environment. */
  static Piped run(String stdin, String... args) {
    return run(stdin.getBytes(StandardCharsets.UTF_8), false, false, Map.of(), args);
  }

  static Piped run(byte[] stdin, boolean outIsTerminal, boolean errIsTerminal,
      Map<String, String> environment, String... args) {
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    PrintWriter out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8));
    StringWriter err = new StringWriter();
    int code = Cli.run(args, new StandardStreams(new ByteArrayInputStream(stdin), stdout, out,
        new PrintWriter(err), outIsTerminal, errIsTerminal, environment));
    out.flush();
    return new Piped(code, stdout.toByteArray(), err.toString());
  }
}
