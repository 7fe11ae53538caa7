package org.paperdeck.handout;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.paperdeck.Tools;

/**
 * Reads PDFs back through poppler-utils ({@code pdftotext}, {@code pdffonts}, {@code pdfinfo}), a
 * declared test dependency that CI installs: what a reader's PDF viewer would extract is the
 * truth the handout tests care about, not OpenPDF's own view of what it wrote.
 */
final class Poppler {
  /** One row of {@code pdffonts}. */
  record FontRow(String name, String type, boolean embedded) {}

  private Poppler() {}

  /** The text of every page, laid out as on the page ({@code -layout}), pages split by \f. */
  static String text(byte[] pdf) throws IOException, InterruptedException {
    return run(pdf, "pdftotext", "-layout", "-enc", "UTF-8", "%s", "-");
  }

  static List<FontRow> fonts(byte[] pdf) throws IOException, InterruptedException {
    List<FontRow> rows = new ArrayList<>();
    boolean pastRule = false;
    for (String line : run(pdf, "pdffonts", "%s").split("\n")) {
      if (line.startsWith("---")) {
        pastRule = true;
      } else if (pastRule && !line.isBlank()) {
        // name, type (may contain spaces), encoding, emb, sub, uni, object, ID: read from the right.
        String[] t = line.trim().split("\\s+");
        rows.add(new FontRow(t[0], t[1], t[t.length - 5].equals("yes")));
      }
    }
    return rows;
  }

  /** {@code pdfinfo}'s "Key: value" lines. */
  static String info(byte[] pdf) throws IOException, InterruptedException {
    return run(pdf, "pdfinfo", "-enc", "UTF-8", "%s");
  }

  private static String run(byte[] pdf, String... command) throws IOException, InterruptedException {
    Path file = Files.createTempFile("paperdeck-test", ".pdf");
    try {
      Files.write(file, pdf);
      List<String> args = new ArrayList<>();
      for (String arg : command) {
        args.add(arg.equals("%s") ? file.toString() : arg);
      }
      Tools.require(args.get(0));
      Process process = new ProcessBuilder(args).redirectErrorStream(true).start();
      byte[] out = process.getInputStream().readAllBytes();
      if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new IOException(String.join(" ", args) + " failed:\n"
            + new String(out, StandardCharsets.UTF_8));
      }
      return new String(out, StandardCharsets.UTF_8);
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
