package org.paperdeck.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.paperdeck.api.Format;
import org.paperdeck.api.Paper;
import org.paperdeck.notes.NotesFormat;
import org.paperdeck.notes.NotesReader;
import org.paperdeck.pipeline.Output;
import org.paperdeck.templates.TemplateSet;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * {@code build} and {@code check} of many talks: the command line made into the talks to build
 * and their settings, the run, and its summary.
 */
final class Batch {
  private final CommandSpec spec;
  private final PaperdeckCommand paperdeck;
  private final BuildRunOptions options;

  Batch(CommandSpec spec, PaperdeckCommand paperdeck, BuildRunOptions options) {
    this.spec = spec;
    this.paperdeck = paperdeck;
    this.options = options;
  }

  /** Builds every talk the arguments name, prints the summary, and returns the exit code. */
  int build(List<String> arguments, NotesFormat from, boolean force, long start) {
    List<BatchBuild.Done> done = run(arguments, from, true, force);
    if (!options.quiet) {
      spec.commandLine().getOut().println(BatchBuild.summary(done, true, since(start)));
      spec.commandLine().getOut().flush();
    }
    failures(done, "not written");
    return BatchBuild.exitCode(done);
  }

  /**
   * Runs the talks.
   *
   * @param write {@code build} (write outputs) or {@code check} (make them in memory only)
   */
  List<BatchBuild.Done> run(List<String> arguments, NotesFormat from, boolean write,
      boolean force) {
    if (options.quiet && options.verbose) {
      throw new ParameterException(spec.commandLine(),
          "-q and -v cannot be used together: -q prints errors only, -v every stage");
    }
    if (from != null) {
      throw new ParameterException(spec.commandLine(), "--from reads one talk a given way;"
          + " several talks are read by their extensions");
    }
    Path folder = null;
    if (options.output != null) {
      OutputTarget target = OutputTarget.of(options.output, Path.of(""),
          options.outputOptions.formats, spec);
      if (!(target instanceof OutputTarget.Folder chosen)) {
        throw new ParameterException(spec.commandLine(), "-o " + options.output + " names one"
            + " output; several talks are written into a folder: -o DIR/");
      }
      folder = chosen.folder();
    }
    TalkFiles.Found found = TalkFiles.find(arguments);
    TalkSettings settings = settings();
    List<BatchBuild.Talk> talks = new ArrayList<>();
    Map<Path, Path> byOutput = new HashMap<>();
    for (Path notes : found.talks()) {
      Path outputFolder = folder != null ? folder : notes.toAbsolutePath().getParent();
      Path first = byOutput.putIfAbsent(
          outputFolder.toAbsolutePath().normalize().resolve(NotesReader.baseName(notes)), notes);
      if (first != null) {
        throw new CommandFailure(ExitCode.USAGE, first + " and " + notes + " would both write "
            + NotesReader.baseName(notes) + ".* into " + outputFolder + "; nothing was written",
            "rename one of them, or build them into different folders");
      }
      talks.add(new BatchBuild.Talk(notes, outputFolder, settings));
    }
    ProgressLine progress = paperdeck.progressLine(options.quiet);
    return new BatchBuild(talks, found.passedOver(), write, force, options.quiet,
        spec.commandLine().getOut(), spec.commandLine().getErr(), progress).run();
  }

  /** The settings the command line gives every talk. */
  private TalkSettings settings() {
    TemplateSet set = options.templateOptions.set(spec, options.theme);
    List<Output> outputs = options.outputOptions.options().formats();
    return new TalkSettings(set.base(), set.userFolder(),
        set.theme() == null ? null : set.theme().toAbsolutePath(), options.varOptions.vars(spec),
        outputs.stream().map(output -> Format.named(output.name()).orElseThrow()).toList(),
        Paper.valueOf(options.outputOptions.options().paper().name()),
        options.templateOptions.limits(spec).time(), null);
  }

  /** One line naming the talks with errors, after their messages and the summary. */
  void failures(List<BatchBuild.Done> done, String consequence) {
    List<String> failed = done.stream()
        .filter(d -> d.status() == BatchBuild.Status.ERRORS
            || d.status() == BatchBuild.Status.UNWRITABLE)
        .map(d -> d.talk().notes().toString()).toList();
    if (!failed.isEmpty()) {
      PrintWriter err = spec.commandLine().getErr();
      err.println("paperdeck: " + failed.size() + " of " + done.size() + " talks " + consequence
          + ", for the errors above: " + String.join(", ", failed));
      err.flush();
    }
  }

  private static Duration since(long start) {
    return Duration.ofNanos(System.nanoTime() - start);
  }
}
