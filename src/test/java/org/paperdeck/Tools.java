package org.paperdeck;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs the real programs a user opens our outputs with (poppler, qpdf, LibreOffice), and strace,
 * which kills a build at a chosen system call. They are test dependencies of the project that
 * .ci/run installs; the tests that need them are integration tests ({@code *IT}, run by
 * {@code mvn verify}).
 */
public final class Tools {
  /** Each program a test runs, and the Debian package that installs it. */
  private static final Map<String, String> PACKAGES = Map.ofEntries(
      Map.entry("soffice", "libreoffice-impress"),
      Map.entry("pdftotext", "poppler-utils"),
      Map.entry("pdfinfo", "poppler-utils"),
      Map.entry("pdffonts", "poppler-utils"),
      Map.entry("pdfimages", "poppler-utils"),
      Map.entry("pdftoppm", "poppler-utils"),
      Map.entry("qpdf", "qpdf"),
      Map.entry("script", "bsdutils"),
      Map.entry("strace", "strace"),
      // The manual page's renderers. The release's other programs (bash, zsh, unzip, tar) are
      // Debian packages of their own names.
      Map.entry("groff", "groff-base"),
      Map.entry("man", "man-db"),
      // The preview page is checked in a real headless browser through its WebDriver.
      Map.entry("chromium", "chromium"),
      Map.entry("chromedriver", "chromium-driver"));

  private Tools() {}

  /**
   * Skips the calling test, with a notice naming the package to install, when {@code program}
   * is not on the PATH; under {@code CI=true} a missing program fails the test instead, so CI
   * can never go green by skipping.
   */
  public static void require(String program) {
    if (onPath(program)) {
      return;
    }
    String notice = program + " is not on the PATH; install it (Debian: apt-get install "
        + PACKAGES.getOrDefault(program, program) + ")";
    if ("true".equals(System.getenv("CI"))) {
      Assertions.fail(notice);
    }
    System.err.println("SKIPPED: " + notice);
    Assumptions.abort(notice);
  }

  /** Where {@code program} is on the PATH ({@link #require}d first). */
  public static String which(String program) {
    require(program);
    for (String dir : System.getenv("PATH").split(File.pathSeparator)) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
        return Path.of(dir, program).toString();
      }
    }
    throw new IllegalStateException(program + " vanished from the PATH");
  }

  private static boolean onPath(String program) {
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    for (String dir : path.split(File.pathSeparator)) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
        return true;
      }
    }
    return false;
  }

  /** Runs {@code command} (its first word a program {@link #require}d first) to completion. */
  public static String run(Path workDir, List<String> command) throws IOException, InterruptedException {
    require(command.get(0));
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

  /**
   * Messages without the warnings that say where a body continues (each with its indented
   * source line, caret and hint): what is left is what a clean build must not print.
   */
  public static String withoutContinuations(String messages) {
    StringBuilder out = new StringBuilder();
    boolean skipping = false;
    for (String line : messages.split("\n", -1)) {
      if (!line.startsWith(" ")) {
        skipping = line.contains(": warning: ") && line.contains(" continues on slide ");
      }
      if (!skipping && !line.isEmpty()) {
        out.append(line).append('\n');
      }
    }
    return out.toString();
  }
}
