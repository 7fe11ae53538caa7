package org.paperdeck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.paperdeck.diagnostics.Diagnostic;

/**
 * Prints diagnostics the way compilers do: the headline, the source line, and a caret under the
 * column. Source lines are read from the files the positions name, where they can be read.
 */
final class DiagnosticPrinter {
  private final PrintWriter err;
  private final Map<String, List<String>> sources = new HashMap<>();

  DiagnosticPrinter(PrintWriter err) {
    this.err = err;
  }

  /** Registers the text of a file that is not on disk under its name (built-in templates). */
  void source(String name, String text) {
    sources.put(name, text.lines().toList());
  }

  void print(List<Diagnostic> diagnostics, boolean showWarnings) {
    for (Diagnostic d : diagnostics) {
      if (!d.isError() && !showWarnings) {
        continue;
      }
      err.println(block(d, Paint.of(err).headline(d.headline())));
    }
    err.flush();
  }

  /**
   * A diagnostic as the terminal shows it, without colour: its headline, the source line with
   * a caret under the column, and its hint. What the preview page shows.
   */
  String plain(Diagnostic d) {
    return block(d, d.headline());
  }

  private String block(Diagnostic d, String headline) {
    StringBuilder text = new StringBuilder(headline);
    String line = sourceLine(d.pos().file(), d.pos().line());
    if (line != null && !line.isBlank() && line.length() <= 300) {
      text.append("\n  ").append(line);
      text.append("\n  ").append(caretPad(line, d.pos().column())).append('^');
    }
    if (d.hint() != null) {
      for (String hintLine : d.hint().split("\n")) {
        text.append("\n  hint: ").append(hintLine);
      }
    }
    return text.toString();
  }

  private String sourceLine(String file, int line) {
    List<String> lines = sources.computeIfAbsent(file, DiagnosticPrinter::readLines);
    return lines != null && line >= 1 && line <= lines.size() ? lines.get(line - 1) : null;
  }

  private static List<String> readLines(String file) {
    try {
      Path path = Path.of(file);
      if (Files.isRegularFile(path) && Files.size(path) < 16L * 1024 * 1024) {
        String text = StandardCharsets.UTF_8.newDecoder()
            .decode(ByteBuffer.wrap(Files.readAllBytes(path))).toString();
        // A binary file (a theme) has no line to show: its bytes would reach the terminal raw.
        return text.indexOf('\0') >= 0 ? List.of() : text.lines().toList();
      }
    } catch (IOException | RuntimeException e) {
      // No source line then: the headline alone still says where.
    }
    return List.of();
  }

  /**
   * Spaces up to the column, keeping tabs so the caret lines up under them; a control character
   * before the column is as wide as the escape the terminal is shown ({@link TerminalText}).
   */
  private static String caretPad(String line, int column) {
    int before = Math.max(0, Math.min(column - 1, line.length()));
    String shown = TerminalText.escape(line.substring(0, before));
    StringBuilder pad = new StringBuilder();
    for (int i = 0; i < shown.length(); i++) {
      pad.append(shown.charAt(i) == '\t' ? '\t' : ' ');
    }
    return pad.toString();
  }
}
