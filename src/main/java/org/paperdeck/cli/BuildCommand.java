package org.paperdeck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.paperdeck.notes.NotesFormat;
import org.paperdeck.notes.NotesReader;
import org.paperdeck.notes.NotesSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code paperdeck build NOTES}: writes NAME.FORMAT for each output {@code --formats} names; for
 * a folder, several files or a glob, every talk they hold, side by side ({@link BatchBuild}).
 */
@Command(name = "build", mixinStandardHelpOptions = true,
    description = "Build the deck and the handout from a notes file: NAME.FORMAT for each of"
        + " --formats. Given a folder, several files or a glob, build every talk, side by side,"
        + " skipping those unchanged since their last build.")
final class BuildCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @ParentCommand
  PaperdeckCommand paperdeck;

  @Parameters(paramLabel = "NOTES", arity = "1..*",
      description = "The notes file (Markdown, YAML or JSON), or - to read standard input; or"
          + " folders of notes files, several files, or a glob ('talks/*.md').")
  List<String> notesFiles;

  @Option(names = "--from", paramLabel = "FORMAT", converter = NotesArgument.FormatName.class,
      description = "Read NOTES as md, yaml or json, whatever its name says (for -: md unless"
          + " given).")
  NotesFormat from;

  @Option(names = "--force",
      description = "With several talks: build every one, also those unchanged since their last"
          + " build.")
  boolean force;

  @Option(names = "--report", paramLabel = "FILE",
      description = "Also write the build report to FILE: the JSON document check prints in"
          + " its json format, or a web page when FILE ends in .html (docs/check.md); talks"
          + " skipped as unchanged have none.")
  Path report;

  @Mixin
  BuildRunOptions options;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    long start = System.nanoTime();
    StandardStreams streams = paperdeck.streams();
    if (TalkFiles.isBatch(notesFiles) || report != null) {
      if (notesFiles.contains(NotesArgument.STANDARD_INPUT)) {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
            "--report is for notes files; build - has no file to report on");
      }
      // One talk with a report is built as a run of one: the run makes the report.
      return new Batch(spec, paperdeck.progressLine(options.quiet), options)
          .build(notesFiles, from, force, report, start);
    }
    NotesArgument notes = NotesArgument.of(notesFiles.get(0), from);
    OutputTarget target = options.target(spec, notes);
    if (target instanceof OutputTarget.StandardOutput out && streams.outIsTerminal()) {
      throw new CommandFailure(ExitCode.USAGE, "-o - would write the " + out.format().name()
          + " output to the terminal", "send it to a file or a program (> talk."
          + out.format().name() + ", | ...), or name a file with -o talk." + out.format().name());
    }
    // With -o FILE, notes from standard input take the file's name as their title, if they
    // give none; otherwise they must give one, to name the outputs after.
    NotesSource source = notes.source(streams, target instanceof OutputTarget.OneFile one
        ? NotesReader.baseName(one.file()) : null);
    if (source.file() != null) {
      target.refuseCollisions(source.file(),
          target.formats(options.outputOptions.options().formats()));
    }
    if (!options.quiet && !options.verbose && System.console() != null) {
      // A build takes seconds; at a terminal, say so before the wait rather than after.
      err.println("paperdeck: building " + source.displayName() + " ...");
      err.flush();
    }
    BuildRun run = new BuildRun(spec, source, target, options, streams);
    return run.run(start, new Report(spec.commandLine().getOut(), err)).exitCode();
  }

  /**
   * build's words: "wrote talk.pptx (15 slides) and talk.pdf in 2.1 s", the outputs named from
   * the working folder; a failure after "paperdeck:".
   */
  private record Report(PrintWriter out, PrintWriter err) implements BuildRun.Report {
    @Override
    public void failed(long errors, Duration took) {
      err.printf("paperdeck: %d error%s; nothing was written%n", errors, errors == 1 ? "" : "s");
      err.flush();
    }

    @Override
    public void unwritable(Path folder, String reason, Duration took) {
      err.printf("paperdeck: cannot write to %s: %s; earlier outputs are unchanged%n", folder,
          reason);
      err.flush();
    }

    @Override
    public String name(Path output) {
      Path cwd = Path.of("").toAbsolutePath();
      Path absolute = output.toAbsolutePath().normalize();
      return absolute.startsWith(cwd) ? cwd.relativize(absolute).toString() : absolute.toString();
    }

    @Override
    public void written(List<String> outputs, Duration took) {
      List<String> written = new ArrayList<>(outputs);
      String last = written.remove(written.size() - 1);
      out.printf("wrote %s in %.1f s%n",
          written.isEmpty() ? last : String.join(", ", written) + " and " + last,
          took.toNanos() / 1e9);
    }
  }
}
