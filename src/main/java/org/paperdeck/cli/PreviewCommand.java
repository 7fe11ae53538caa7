package org.paperdeck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.paperdeck.api.Format;
import org.paperdeck.api.Paperdeck;
import org.paperdeck.api.Result;
import org.paperdeck.notes.NotesSource;
import org.paperdeck.pipeline.BuildOptions;
import org.paperdeck.pipeline.Outputs;
import org.paperdeck.preview.PreviewServer;
import org.paperdeck.preview.PreviewState;
import org.paperdeck.templates.TemplateSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code paperdeck preview NOTES}: serves a page on this machine with every slide as a picture,
 * its speaker notes and warnings, and the HTML handout, and rebuilds it on every save as
 * {@code watch} does; the open page updates itself. It writes no files: the slides are drawn in
 * memory ({@code render}), and the page is served from there ({@link PreviewServer}).
 */
@Command(name = "preview", mixinStandardHelpOptions = true,
    description = "Show the slides, their speaker notes and the handout in the browser, updated"
        + " on every save; writes no files. Ctrl-C stops.")
final class PreviewCommand implements Callable<Integer> {
  /** The pictures' resolution unless --dpi says: a 13.33-inch slide 1,280 pixels wide. */
  static final int PREVIEW_DPI = 96;

  @Spec
  CommandSpec spec;

  @Mixin
  NotesArgument notesArgument;

  @Mixin
  TemplateOptions templateOptions;

  @Option(names = "--theme", paramLabel = "FILE",
      description = "A PowerPoint theme (.pptx or .potx) for the deck instead of the template"
          + " set's theme.pptx.")
  Path theme;

  @Mixin
  VarOptions varOptions;

  @Option(names = "--paper", paramLabel = "SIZE", converter = OutputOptions.PaperName.class,
      description = "The handout's paper: a4 or letter (default: a4).")
  org.paperdeck.pipeline.PaperSize paper;

  @Option(names = "--dpi", paramLabel = "N", converter = OutputOptions.Dpi.class,
      description = "The resolution of the slides' pictures, in dots per inch (default: "
          + PREVIEW_DPI + ").")
  Integer dpi;

  @Option(names = "--port", paramLabel = "PORT",
      description = "The port to serve on, on 127.0.0.1 (default: any free one).")
  int port;

  @Option(names = "--open", description = "Open the page in the default browser.")
  boolean open;

  @Option(names = {"-q", "--quiet"}, description = "Print errors only (not with -v).")
  boolean quiet;

  @Option(names = {"-v", "--verbose"}, description = "Print each stage and its time (not with -q).")
  boolean verbose;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (quiet && verbose) {
      throw new ParameterException(spec.commandLine(),
          "-q and -v cannot be used together: -q prints errors only, -v every stage");
    }
    if (notesArgument.isStandardInput()) {
      throw new ParameterException(spec.commandLine(), "preview needs a notes file to watch;"
          + " to read standard input once, use build");
    }
    if (port < 0 || port > 65535) {
      throw new ParameterException(spec.commandLine(), "--port " + port + " is not a port;"
          + " use 1 to 65535, or leave it out for any free one");
    }
    NotesSource source = notesArgument.fileSource();
    // The set the notes' front matter names, else their series file's, as build chooses it.
    TemplateSet set = SeriesTemplates.forTalk(templateOptions.set(spec, theme), source.file(),
        templateOptions.templates != null, theme != null);
    BuildOptions outputs = new BuildOptions(List.of(Outputs.PNG, Outputs.HTML),
        paper == null ? org.paperdeck.pipeline.PaperSize.A4 : paper,
        dpi == null ? PREVIEW_DPI : dpi);
    Paperdeck builder = BuildRun.paperdeck(spec, set, templateOptions, varOptions, outputs);
    PreviewServer server;
    try {
      server = PreviewServer.start(port);
    } catch (BindException e) {
      throw new CommandFailure(ExitCode.FAILURE, "cannot serve the preview on port " + port
          + ": " + IoReasons.of(e), "choose another --port, or leave it out for any free one");
    }
    try (server) {
      Previewing rebuild = new Previewing(source, builder, server, out, err);
      WatchLoop.run(source.file(), set, rebuild, () -> {
        out.println("paperdeck: preview of " + source.file() + " at " + server.url());
        out.flush();
        if (!quiet) {
          err.println("paperdeck: watching " + source.file() + " for changes; Ctrl-C stops");
          err.flush();
        }
        if (open) {
          Browser.open(server.url(), err);
        }
      });
    }
    WatchLoop.stopped(err, quiet);
    return ExitCode.OK;
  }

  /** One rebuild: build in memory, print the diagnostics, show the result on the page. */
  private final class Previewing implements WatchLoop.Rebuild {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");
    private final NotesSource source;
    private final Path notes;
    private final Paperdeck builder;
    private final PreviewServer server;
    private final PrintWriter out;
    private final PrintWriter err;
    private boolean succeeded;

    Previewing(NotesSource source, Paperdeck builder, PreviewServer server, PrintWriter out,
        PrintWriter err) {
      this.source = source;
      this.notes = source.file();
      this.builder = builder;
      this.server = server;
      this.out = out;
      this.err = err;
    }

    @Override
    public List<Path> run() {
      long start = System.nanoTime();
      Result result;
      try {
        result = builder.build(BuildRun.apiNotes(source), stage -> {
          if (verbose) {
            err.printf("paperdeck: %s (%d ms so far)%n", stage, since(start).toMillis());
            err.flush();
          }
        });
      } catch (OutOfMemoryError | StackOverflowError e) {
        JvmErrors.report(e, err);
        succeeded = false;
        return List.of();
      }
      DiagnosticPrinter printer = new DiagnosticPrinter(err);
      result.generatedText().forEach(printer::source);
      printer.print(result.diagnostics(), !quiet);
      server.show(server.state().after(result, result.files(Format.PNG), printer::plain));
      succeeded = result.ok();
      String now = LocalTime.now().format(CLOCK);
      if (succeeded && !quiet) {
        out.printf("%s updated the preview (%d slides) in %d ms%n", now, result.slideCount(),
            since(start).toMillis());
        out.flush();
      } else if (!succeeded) {
        long errors = result.diagnostics().stream().filter(d -> d.isError()).count();
        err.printf("%s %d error%s in %s (%d ms); the preview shows them over the last good"
            + " slides%n", now, errors, errors == 1 ? "" : "s", notes, since(start).toMillis());
        err.flush();
      }
      return result.images();
    }

    @Override
    public boolean succeeded() {
      return succeeded;
    }

    @Override
    public void forgetTemplates() {
      builder.reloadTemplates();
    }
  }

  private static Duration since(long start) {
    return Duration.ofNanos(System.nanoTime() - start);
  }

  /** Opens an address in the user's browser with the system's own opener. */
  static final class Browser {
    private Browser() {}

    static void open(URI url, PrintWriter err) {
      String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
      List<String> command = os.startsWith("windows")
          ? List.of("rundll32", "url.dll,FileProtocolHandler", url.toString())
          : os.startsWith("mac") ? List.of("open", url.toString())
          : List.of("xdg-open", url.toString());
      try {
        new ProcessBuilder(command).redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      } catch (IOException e) {
        err.println("paperdeck: cannot open a browser (" + command.get(0) + ": "
            + IoReasons.of(e) + "); open " + url + " yourself");
        err.flush();
      }
    }
  }
}
