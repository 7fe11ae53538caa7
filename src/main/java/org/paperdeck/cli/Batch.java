package org.paperdeck.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.paperdeck.api.Format;
import org.paperdeck.api.Paper;
import org.paperdeck.notes.NotesFormat;
import org.paperdeck.diagnostics.Diagnostic;
import org.paperdeck.notes.NotesReader;
import org.paperdeck.notes.NotesSource;
import org.paperdeck.notes.Series;
import org.paperdeck.pipeline.BuildReport;
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
  private final ProgressLine progress;
  private final BuildRunOptions options;

  /** @param progress the progress line, which {@code -q} or a JSON document leave blank */
  Batch(CommandSpec spec, ProgressLine progress, BuildRunOptions options) {
    this.spec = spec;
    this.progress = progress;
    this.options = options;
  }

  /** Builds every talk the arguments name, prints the summary, and returns the exit code. */
  int build(List<String> arguments, NotesFormat from, boolean force, Path report,
      long start) {
    Ran ran = run(arguments, from, true, force, false);
    List<BatchBuild.Done> done = ran.done();
    if (report != null) {
      try {
        String name = report.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        String text = name.endsWith(".html") || name.endsWith(".htm")
            ? ReportHtml.of(reports(done), ran.passedOver())
            : ReportJson.of(reports(done), ran.passedOver());
        OutputFiles.writeAll(Map.of(report,
            text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
      } catch (java.io.IOException e) {
        spec.commandLine().getErr().printf("paperdeck: cannot write the report %s: %s%n", report,
            IoReasons.of(e));
        return ExitCode.FAILURE;
      }
    }
    if (!options.quiet) {
      spec.commandLine().getOut().println(BatchBuild.summary(done, true, since(start)));
      spec.commandLine().getOut().flush();
    }
    failures(done, "not written");
    return BatchBuild.exitCode(done);
  }

  /**
   * {@code check}: builds every talk in memory, prints its diagnostics and its build report (or
   * all of it as one JSON document), and returns the exit code.
   */
  int check(List<String> arguments, boolean json, long start) {
    Ran ran = run(arguments, null, false, false, json);
    List<ReportJson.TalkPart> parts = reports(ran.done());
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.print(ReportJson.of(parts, ran.passedOver()));
    } else if (!options.quiet) {
      parts.forEach(part -> ReportText.print(part, out));
      out.println(BatchBuild.summary(ran.done(), false, since(start)));
    }
    out.flush();
    if (!json) {
      failures(ran.done(), "have errors");
    }
    return BatchBuild.exitCode(ran.done());
  }

  /**
   * Each talk's diagnostics and build report; a talk skipped as unchanged has no report (build
   * it with --force for one).
   */
  static List<ReportJson.TalkPart> reports(List<BatchBuild.Done> done) {
    List<ReportJson.TalkPart> parts = new ArrayList<>();
    for (BatchBuild.Done d : done) {
      BuildReport report = d.result() == null ? null : BuildReport.of(
          NotesSource.file(d.talk().notes(), d.talk().notes().toString()),
          d.result().output(Format.PPTX).orElse(null), d.result().generatedText());
      parts.add(new ReportJson.TalkPart(d.talk().notes().toString(),
          d.status() == BatchBuild.Status.BUILT || d.status() == BatchBuild.Status.UNCHANGED,
          d.result() == null ? List.of() : d.result().diagnostics(), report));
    }
    return parts;
  }

  /** How a run went: each talk's end, and the notes files passed over before it. */
  record Ran(List<BatchBuild.Done> done, List<Diagnostic> passedOver) {}

  /**
   * Runs the talks.
   *
   * @param write {@code build} (write outputs) or {@code check} (make them in memory only)
   * @param silent print nothing while running: the caller prints it all at the end
   */
  Ran run(List<String> arguments, NotesFormat from, boolean write, boolean force,
      boolean silent) {
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
    Map<Path, TalkSettings> byFolder = new HashMap<>();
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
      Path home = notes.toAbsolutePath().normalize().getParent();
      talks.add(new BatchBuild.Talk(notes, outputFolder, ownTemplates(
          byFolder.computeIfAbsent(home, talkFolder -> inSeries(settings, talkFolder)), notes,
          settings)));
    }
    PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
    return new Ran(new BatchBuild(talks, silent ? List.of() : found.passedOver(), write, force,
        options.quiet || silent, silent ? nowhere : spec.commandLine().getOut(),
        silent ? nowhere : spec.commandLine().getErr(),
        silent ? new ProgressLine(null) : progress).run(), found.passedOver());
  }

  /** The settings the command line gives every talk. */
  private TalkSettings settings() {
    TemplateSet set = options.templateOptions.set(spec, options.themeOption.file);
    List<Output> outputs = options.outputOptions.options().formats();
    return new TalkSettings(set.base(), set.userFolder(),
        set.theme() == null ? null : set.theme().toAbsolutePath(), options.varOptions.vars(spec),
        outputs.stream().map(output -> Format.named(output.name()).orElseThrow()).toList(),
        Paper.valueOf(options.outputOptions.options().paper().name()),
        options.outputOptions.options().dpi(), options.templateOptions.limits(spec).time(), null);
  }

  /** The settings for the talks of {@code folder}, with its series file's say. */
  private TalkSettings inSeries(TalkSettings settings, Path folder) {
    Path file = Series.find(folder).orElse(null);
    if (file == null) {
      return settings;
    }
    TemplateSet set = SeriesTemplates.apply(
        new TemplateSet(settings.templateFolder(), settings.templates(), settings.theme()),
        folder, options.templateOptions.templates != null, options.themeOption.file != null);
    return new TalkSettings(set.base(), set.userFolder(), set.theme(), settings.vars(),
        settings.formats(), settings.paper(), settings.dpi(), settings.templateTimeLimit(), file);
  }

  /**
   * {@code inFolder}, with the template set the talk's own front matter names instead of the
   * folder's, when it names one and the command line none.
   */
  private TalkSettings ownTemplates(TalkSettings inFolder, Path notes, TalkSettings given) {
    boolean templatesGiven = options.templateOptions.templates != null;
    if (templatesGiven || org.paperdeck.notes.OwnTemplates.of(notes, notes.toString()).isEmpty()) {
      return inFolder;
    }
    TemplateSet set = SeriesTemplates.forTalk(
        new TemplateSet(given.templateFolder(), given.templates(), given.theme()), notes, false,
        options.themeOption.file != null);
    return new TalkSettings(set.base(), set.userFolder(), set.theme(), inFolder.vars(),
        inFolder.formats(), inFolder.paper(), inFolder.dpi(), inFolder.templateTimeLimit(),
        inFolder.series());
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
