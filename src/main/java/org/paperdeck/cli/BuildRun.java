package org.paperdeck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.paperdeck.notes.NotesReader;
import org.paperdeck.pipeline.BuildOptions;
import org.paperdeck.pipeline.BuildResult;
import org.paperdeck.pipeline.Builder;
import org.paperdeck.pipeline.Output;
import org.paperdeck.templates.TemplateSet;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Builds a notes file into its output files, the way {@code build} does once and {@code watch}
 * after every change: builds with a {@link Builder} made once from the {@link BuildRunOptions},
 * prints the diagnostics compiler-style, writes the outputs all or nothing ({@link OutputFiles}),
 * and has the command's {@link Report} say how it ended. Nothing is written while there are
 * errors, so the outputs already there stay as they were.
 */
final class BuildRun {
  /** How a command words the end of a run: {@code build} and {@code watch} say it differently. */
  interface Report {
    /** The build had errors, printed already; nothing was written. */
    void failed(long errors, Duration took);

    /** The outputs could not be written; those already there are unchanged. */
    void unwritable(Path folder, String reason, Duration took);

    /** How the line that lists the outputs names one. */
    String name(Path output);

    /**
     * The outputs were written; each as {@link #name} gave it, with its {@link Output#note} in
     * brackets when it has one: "talk.pptx (15 slides)".
     */
    void written(List<String> outputs, Duration took);
  }

  /**
   * How a run ended.
   *
   * @param exitCode what {@code build} exits with: {@link Cli#OK} when the outputs were written
   * @param images the images the notes show, to watch; empty when the notes could not be read
   */
  record Outcome(int exitCode, List<Path> images) {
    boolean written() {
      return exitCode == ExitCode.OK;
    }
  }

  private final Builder builder;
  private final Path notes;
  private final Path folder;
  private final BuildOptions options;
  private final boolean quiet;
  private final boolean verbose;
  private final PrintWriter err;

  /**
   * Loads the templates the options name, once for every run.
   *
   * @throws picocli.CommandLine.ParameterException when an option names no templates, theme or
   *     variable it could use: a usage error
   */
  BuildRun(CommandSpec spec, Path notes, BuildRunOptions options) throws IOException {
    this.builder = new Builder(options.templateOptions.set(spec, options.theme),
        options.varOptions.vars(spec));
    this.notes = notes;
    this.folder = options.outputFolder(notes);
    this.options = options.outputOptions.options();
    this.quiet = options.quiet;
    this.verbose = options.verbose;
    this.err = spec.commandLine().getErr();
  }

  /** The template set the outputs are made with, theme included. */
  TemplateSet templateSet() {
    return builder.templateSet();
  }

  /** Makes the next run read the template files again: one of them changed. */
  void forgetTemplates() {
    builder.forgetTemplates();
  }

  /**
   * Builds, prints the diagnostics, writes the outputs and reports.
   *
   * @param start {@link System#nanoTime} when the command began this run; the times reported
   *     count from it
   */
  Outcome run(long start, Report report) {
    // A build killed earlier may have left scratch files beside the outputs: they go first, so
    // that even a build that fails leaves the folder tidy.
    OutputFiles.removeAbandoned(options.formats().stream()
        .map(output -> folder.resolve(output.fileName(NotesReader.baseName(notes)))).toList());
    BuildResult result = builder.build(notes, notes.toString(), options, progress(start));
    DiagnosticPrinter printer = new DiagnosticPrinter(err);
    result.generated().forEach(printer::source);
    printer.print(result.diagnostics(), !quiet);
    if (result.hasErrors() || !result.madeAll(options.formats())) {
      report.failed(result.diagnostics().stream().filter(d -> d.isError()).count(), since(start));
      return new Outcome(ExitCode.BAD_INPUT, result.images());
    }
    Map<Path, byte[]> files = new LinkedHashMap<>();
    List<String> written = new ArrayList<>();
    for (Output output : options.formats()) {
      Path file = folder.resolve(output.fileName(NotesReader.baseName(notes)));
      files.put(file, result.output(output));
      String note = output.note(result);
      written.add(report.name(file) + (note.isEmpty() ? "" : " (" + note + ")"));
    }
    try {
      OutputFiles.writeAll(files);
    } catch (IOException e) {
      report.unwritable(folder, describe(e), since(start));
      return new Outcome(ExitCode.FAILURE, result.images());
    }
    if (!quiet) {
      report.written(written, since(start));
    }
    return new Outcome(ExitCode.OK, result.images());
  }

  /** With {@code -v}, each stage as it starts and the time since the run began. */
  private Consumer<String> progress(long start) {
    return stage -> {
      if (verbose) {
        err.printf("paperdeck: %s (%d ms so far)%n", stage, since(start).toMillis());
        err.flush();
      }
    };
  }

  private static Duration since(long start) {
    return Duration.ofNanos(System.nanoTime() - start);
  }

  /** Why a write failed, in the system's words rather than an exception's. */
  private static String describe(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
