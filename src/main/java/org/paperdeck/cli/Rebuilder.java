package org.paperdeck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.paperdeck.build.BuildOptions;
import org.paperdeck.build.BuildOptions.Format;
import org.paperdeck.build.BuildResult;
import org.paperdeck.build.Builder;

/**
 * One rebuild of watch mode: builds with the warm {@link Builder}, prints the diagnostics the way
 * {@code build} does, writes the outputs with the same all-or-nothing writer, and says in one
 * line, stamped with the time of day, what happened and how long it took. Notes broken in the
 * middle of an edit leave the last good outputs in place.
 */
final class Rebuilder {
  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

  /**
   * What a rebuild did.
   *
   * @param images the images the notes show, to watch; empty when the notes could not be read
   */
  record Outcome(boolean written, List<Path> images) {}

  private final Builder builder;
  private final Path notes;
  private final Path dir;
  private final BuildOptions options;
  private final boolean quiet;
  private final PrintWriter out;
  private final PrintWriter err;

  Rebuilder(Builder builder, Path notes, Path dir, BuildOptions options, boolean quiet,
      PrintWriter out, PrintWriter err) {
    this.builder = builder;
    this.notes = notes;
    this.dir = dir;
    this.options = options;
    this.quiet = quiet;
    this.out = out;
    this.err = err;
  }

  Outcome run() {
    long start = System.nanoTime();
    BuildResult result = builder.build(notes, notes.toString(), options, stage -> { });
    DiagnosticPrinter printer = new DiagnosticPrinter(err);
    result.generated().forEach(printer::source);
    printer.print(result.diagnostics(), !quiet);
    if (result.hasErrors()
        || options.formats().stream().anyMatch(format -> result.output(format) == null)) {
      long errors = result.diagnostics().stream().filter(d -> d.isError()).count();
      err.printf("%s %d error%s in %s (%d ms); the last good outputs are kept%n", now(), errors,
          errors == 1 ? "" : "s", notes, millis(start));
      err.flush();
      return new Outcome(false, result.images());
    }
    Map<Path, byte[]> outputs = new LinkedHashMap<>();
    for (Format format : Format.values()) {
      if (options.wants(format)) {
        outputs.put(dir.resolve(BuildCommand.baseName(notes) + "." + format.extension()),
            result.output(format));
      }
    }
    try {
      OutputFiles.writeAll(outputs);
    } catch (IOException e) {
      err.printf("%s cannot write to %s: %s; the last good outputs are kept%n", now(), dir,
          e.getMessage());
      err.flush();
      return new Outcome(false, result.images());
    }
    if (!quiet) {
      List<String> written = new ArrayList<>();
      outputs.keySet().forEach(path -> written.add(path.getFileName()
          + (path.toString().endsWith(".pptx") ? " (" + result.slideCount() + " slides)" : "")));
      out.printf("%s rebuilt %s in %d ms%n", now(), String.join(", ", written), millis(start));
      out.flush();
    }
    return new Outcome(true, result.images());
  }

  private static String now() {
    return LocalTime.now().format(CLOCK);
  }

  private static long millis(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }
}
