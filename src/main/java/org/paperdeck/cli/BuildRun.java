package org.paperdeck.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.paperdeck.api.Format;
import org.paperdeck.api.Notes;
import org.paperdeck.api.Paper;
import org.paperdeck.api.Paperdeck;
import org.paperdeck.api.Result;
import org.paperdeck.notes.NotesReader;
import org.paperdeck.notes.NotesSource;
import org.paperdeck.pipeline.BuildOptions;
import org.paperdeck.pipeline.Output;
import org.paperdeck.pipeline.Outputs;
import org.paperdeck.templates.TemplateSet;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Builds a notes file into its output files, the way {@code build} does once and {@code watch}
 * after every change: builds through the API, a {@link Paperdeck} made once from the
 * {@link BuildRunOptions},
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

  private final Paperdeck paperdeck;
  private final TemplateSet templateSet;
  private final NotesSource notes;
  private final OutputTarget target;
  private final StandardStreams streams;
  private final boolean quiet;
  private final boolean verbose;
  private final PrintWriter err;

  /**
   * Loads the templates the options name, once for every run.
   *
   * @throws picocli.CommandLine.ParameterException when an option names no templates, theme or
   *     variable it could use: a usage error
   */
  BuildRun(CommandSpec spec, NotesSource notes, OutputTarget target, BuildRunOptions options,
      StandardStreams streams) throws IOException {
    TemplateSet given = options.templateOptions.set(spec, options.themeOption.file);
    // Notes are built with the set their front matter names, else their series file's.
    this.templateSet = notes.file() == null ? given : SeriesTemplates.forTalk(given,
        notes.file(), options.templateOptions.templates != null,
        options.themeOption.file != null);
    List<Output> asked = options.outputOptions.options().formats();
    this.paperdeck = paperdeck(spec, templateSet, options.templateOptions, options.varOptions,
        options.outputOptions.options(target.formats(asked)));
    this.notes = notes;
    this.target = target;
    this.streams = streams;
    this.quiet = options.quiet;
    this.verbose = options.verbose;
    this.err = spec.commandLine().getErr();
  }

  /**
   * A {@link Paperdeck} configured as the command line says: the template set (theme included),
   * the variables, the time limit, and the outputs with their paper and resolution.
   */
  static Paperdeck paperdeck(CommandSpec spec, TemplateSet templateSet,
      TemplateOptions templateOptions, VarOptions varOptions, BuildOptions outputs)
      throws IOException {
    return Paperdeck.builder()
        .templates(templateSet.base()).templateFolder(templateSet.userFolder())
        .theme(templateSet.theme()).vars(varOptions.vars(spec))
        .formats(outputs.formats().stream().map(BuildRun::format).toList())
        .paper(Paper.valueOf(outputs.paper().name()))
        .dpi(outputs.dpi())
        .templateTimeLimit(templateOptions.limits(spec).time())
        .build();
  }

  /** The template set the outputs are made with, theme included. */
  TemplateSet templateSet() {
    return templateSet;
  }

  /** Makes the next run read the template files again: one of them changed. */
  void forgetTemplates() {
    paperdeck.reloadTemplates();
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
    if (notes.file() != null && !(target instanceof OutputTarget.StandardOutput)) {
      String baseName = NotesReader.baseName(notes.file());
      OutputFiles.removeAbandoned(paperdeck.formats().stream()
          .map(format -> target.file(Outputs.named(format.name()).orElseThrow(), baseName))
          .toList());
    }
    Result result;
    try {
      result = paperdeck.build(apiNotes(notes), progress(start));
    } catch (OutOfMemoryError | StackOverflowError e) {
      // Said here rather than by the command, so that a watch goes on to the next change.
      int exitCode = JvmErrors.report(e, err);
      report.failed(1, since(start));
      return new Outcome(exitCode, List.of());
    }
    DiagnosticPrinter printer = new DiagnosticPrinter(err);
    result.generatedText().forEach(printer::source);
    printer.print(result.diagnostics(), !quiet);
    if (!result.ok()) {
      report.failed(result.diagnostics().stream().filter(d -> d.isError()).count(), since(start));
      return new Outcome(ExitCode.ofInputErrors(result.diagnostics()), result.images());
    }
    if (target instanceof OutputTarget.StandardOutput out) {
      return toStandardOutput(result.output(format(out.format())).orElseThrow(), start, report,
          result.images());
    }
    // Notes from standard input have no file name: their outputs are named after the title.
    String baseName = result.baseName() != null ? result.baseName()
        : target.namedAfterNotes() ? OutputTarget.fileNameFor(result.title()) : null;
    Map<Path, byte[]> files = new LinkedHashMap<>();
    List<String> written = new ArrayList<>();
    for (Format format : result.formats()) {
      List<byte[]> made = result.files(format);
      List<Path> named = target.files(Outputs.named(format.name()).orElseThrow(), baseName,
          made.size());
      for (int i = 0; i < made.size(); i++) {
        files.put(named.get(i), made.get(i));
      }
      String note = result.summary(format);
      String name = named.isEmpty() ? format.name() : report.name(named.get(0))
          + (named.size() > 1 ? " … " + named.get(named.size() - 1).getFileName() : "");
      written.add(name + (note.isEmpty() ? "" : " (" + note + ")"));
    }
    try {
      OutputFiles.writeAll(files);
    } catch (IOException e) {
      report.unwritable(target.where(), IoReasons.of(e), since(start));
      return new Outcome(ExitCode.FAILURE, result.images());
    }
    if (!quiet) {
      report.written(written, since(start));
      olderSlidePictures(result, baseName);
    }
    return new Outcome(ExitCode.OK, result.images());
  }

  /**
   * Says so when pictures of slides beyond this deck's last, from an earlier build of a longer
   * deck, stand beside the new ones: they are not removed (the folder may hold the user's own
   * files of such names), but they no longer belong to the deck.
   */
  private void olderSlidePictures(Result result, String baseName) {
    for (Format format : result.formats()) {
      if (!format.perSlide()) {
        continue;
      }
      int count = result.files(format).size();
      Path next = target.files(Outputs.named(format.name()).orElseThrow(), baseName, count + 1)
          .get(count);
      if (java.nio.file.Files.exists(next)) {
        err.printf("paperdeck: note: %s and any later ones are from an earlier build; this deck"
            + " has %d slides%n", next, count);
        err.flush();
      }
    }
  }

  /** {@code -o -}: the one output's bytes, after any text already on standard output. */
  private Outcome toStandardOutput(byte[] bytes, long start, Report report, List<Path> images) {
    try {
      streams.out().flush();
      streams.stdout().write(bytes);
      streams.stdout().flush();
      // System.out never throws: it only remembers that a write failed (a closed pipe).
      if (streams.stdout() instanceof PrintStream process && process.checkError()) {
        throw new IOException("the reader of standard output went away");
      }
    } catch (IOException e) {
      report.unwritable(target.where(), IoReasons.of(e), since(start));
      return new Outcome(ExitCode.FAILURE, images);
    }
    return new Outcome(ExitCode.OK, images);
  }

  /** The notes as the API takes them: the same file, or the same bytes, read the same way. */
  static Notes apiNotes(NotesSource source) {
    String format = source.format().name().toLowerCase(Locale.ROOT);
    return source.file() != null ? Notes.file(source.file()).as(format)
        : Notes.bytes(source.bytes(), source.displayName(), format, source.folder())
            .untitledAs(source.defaultTitle());
  }

  private static Format format(Output output) {
    return Format.named(output.name()).orElseThrow();
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
}
