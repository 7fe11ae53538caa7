package org.paperdeck;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the real programs a user opens our outputs with (poppler, LibreOffice). They are test
 * dependencies of the project: .ci/run installs them.
 */
public final class Tools {
  private Tools() {}

  public static String run(Path workDir, List<String> command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).directory(workDir.toFile())
        .redirectErrorStream(true).start();
    byte[] output = process.getInputStream().readAllBytes();
    if (!process.waitFor(180, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IOException("timed out: " + command);
    }
    String text = new String(output, StandardCharsets.UTF_8);
    if (process.exitValue() != 0) {
      throw new IOException(command + " exited " + process.exitValue() + ": " + text);
    }
    return text;
  }

  /** The PDF's text as poppler's pdftotext reads it, in reading order. */
  public static String pdfText(Path pdf) throws IOException, InterruptedException {
    return run(pdf.getParent(), List.of("pdftotext", "-enc", "UTF-8", pdf.toString(), "-"));
  }

  /**
   * The text pdftotext reads inside one rectangle of one page, in points from the top left.
   * Flying Saucer sometimes paints a line that moved to the next page a second time, clipped
   * away in the bottom margin of the page before; reading only the page's body leaves out such
   * text no reader can see.
   */
  public static String pdfTextIn(Path pdf, int page, int x, int y, int width, int height)
      throws IOException, InterruptedException {
    return run(pdf.getParent(), List.of("pdftotext", "-enc", "UTF-8", "-r", "72",
        "-f", String.valueOf(page), "-l", String.valueOf(page), "-x", String.valueOf(x),
        "-y", String.valueOf(y), "-W", String.valueOf(width), "-H", String.valueOf(height),
        pdf.toString(), "-"));
  }

  /** The page count pdfinfo reports. */
  public static int pdfPages(Path pdf) throws IOException, InterruptedException {
    for (String line : run(pdf.getParent(), List.of("pdfinfo", pdf.toString())).split("\n")) {
      if (line.startsWith("Pages:")) {
        return Integer.parseInt(line.substring(6).strip());
      }
    }
    throw new IOException("pdfinfo gave no page count");
  }

  /** Converts a deck to PDF with LibreOffice, as a user opening it would see it rendered. */
  public static Path libreOfficePdf(Path pptx, Path outDir) throws IOException, InterruptedException {
    // One profile for the whole test run: LibreOffice spends most of a first start making it.
    Path profile = Path.of("target", "lo-profile").toAbsolutePath();
    run(outDir, List.of("soffice", "-env:UserInstallation=" + profile.toUri(), "--headless",
        "--convert-to", "pdf", "--outdir", outDir.toString(), pptx.toString()));
    String name = pptx.getFileName().toString().replaceFirst("\\.pptx$", ".pdf");
    return outDir.resolve(name);
  }

  /** Text with all white space removed, so line wrapping cannot make a comparison fail. */
  public static String squash(String text) {
    return text.replaceAll("\\s+", "");
  }
}
