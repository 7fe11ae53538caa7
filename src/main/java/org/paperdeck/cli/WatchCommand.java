package org.paperdeck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import org.paperdeck.notes.NotesSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code paperdeck watch NOTES}: builds like {@code build}, with the same options, then again
 * whenever the notes, an image they show, a file of the user's template folder or the theme
 * changes, until Ctrl-C. The templates, fonts and classes are loaded once, so a rebuild costs a
 * fraction of a build. Notes broken in the middle of an edit leave the last good outputs in place.
 */
@Command(name = "watch", mixinStandardHelpOptions = true,
    description = "Build like 'build', then rebuild whenever the notes, their images or the"
        + " templates change; Ctrl-C stops.")
final class WatchCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @ParentCommand
  PaperdeckCommand paperdeck;

  @Mixin
  NotesArgument notesArgument;

  @Mixin
  BuildRunOptions options;

  @Option(names = "--serve", description = "Serve the live preview instead of writing files:"
      + " what 'paperdeck preview' does, with its options.")
  boolean serve;

  @Option(names = "--port", paramLabel = "PORT",
      description = "With --serve: the port to serve on, on 127.0.0.1 (default: any free one).")
  Integer port;

  @Option(names = "--open", description = "With --serve: open the page in the default browser.")
  boolean open;

  @Override
  public Integer call() throws IOException {
    if (serve) {
      return preview().call();
    }
    if (port != null || open) {
      throw new ParameterException(spec.commandLine(), (port != null ? "--port" : "--open")
          + " goes with --serve, which serves the live preview");
    }
    PrintWriter err = spec.commandLine().getErr();
    if (notesArgument.isStandardInput()) {
      throw new ParameterException(spec.commandLine(), "watch needs a notes file to watch;"
          + " to read standard input once, use build");
    }
    OutputTarget target = options.target(spec, notesArgument);
    if (target instanceof OutputTarget.StandardOutput) {
      throw new ParameterException(spec.commandLine(), "watch writes files: -o - is for build");
    }
    NotesSource source = notesArgument.source(paperdeck.streams(), null);
    Path notes = source.file();
    target.refuseCollisions(notes, target.formats(options.outputOptions.options().formats()));
    BuildRun run = new BuildRun(spec, source, target, options, paperdeck.streams());
    Report report = new Report(notes, spec.commandLine().getOut(), err);
    WatchLoop.run(notes, run.templateSet(), new WatchLoop.Rebuild() {
      private boolean written;

      @Override
      public List<Path> run() {
        BuildRun.Outcome outcome = run.run(System.nanoTime(), report);
        written = outcome.written();
        return outcome.images();
      }

      @Override
      public boolean succeeded() {
        return written;
      }

      @Override
      public void forgetTemplates() {
        run.forgetTemplates();
      }
    }, () -> {
      if (!options.quiet) {
        err.println("paperdeck: watching " + notes + " for changes; Ctrl-C stops");
        err.flush();
      }
    });
    WatchLoop.stopped(err, options.quiet);
    return ExitCode.OK;
  }

  /**
   * watch's words: one line per rebuild, stamped with the time of day and saying how long it
   * took ("21:04:12 rebuilt talk.pptx (15 slides), talk.pdf in 140 ms"), the outputs by their
   * file names, and a failure saying that the last good outputs are kept.
   */
  /**
   * {@code watch --serve} is {@code preview}: the preview command with this command's options.
   * What only a build that writes files takes is refused, as {@code preview} would refuse it.
   */
  private PreviewCommand preview() {
    if (options.output != null || options.outputOptions.formats != null) {
      throw new ParameterException(spec.commandLine(), (options.output != null ? "-o" : "--formats")
          + " is for the files watch writes; watch --serve writes none (it is paperdeck preview)");
    }
    PreviewCommand preview = new PreviewCommand();
    preview.spec = spec;
    preview.notesArgument = notesArgument;
    preview.templateOptions = options.templateOptions;
    preview.theme = options.themeOption.file;
    preview.varOptions = options.varOptions;
    preview.paper = options.outputOptions.paper;
    preview.dpi = options.outputOptions.dpi;
    preview.port = port == null ? 0 : port;
    preview.open = open;
    preview.quiet = options.quiet;
    preview.verbose = options.verbose;
    return preview;
  }

  private record Report(Path notes, PrintWriter out, PrintWriter err) implements BuildRun.Report {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    @Override
    public void failed(long errors, Duration took) {
      err.printf("%s %d error%s in %s (%d ms); the last good outputs are kept%n", now(), errors,
          errors == 1 ? "" : "s", notes, took.toMillis());
      err.flush();
    }

    @Override
    public void unwritable(Path folder, String reason, Duration took) {
      err.printf("%s cannot write to %s: %s; the last good outputs are kept%n", now(), folder,
          reason);
      err.flush();
    }

    @Override
    public String name(Path output) {
      return output.getFileName().toString();
    }

    @Override
    public void written(List<String> outputs, Duration took) {
      out.printf("%s rebuilt %s in %d ms%n", now(), String.join(", ", outputs), took.toMillis());
      out.flush();
    }

    private static String now() {
      return LocalTime.now().format(CLOCK);
    }
  }
}
