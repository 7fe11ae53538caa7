package org.paperdeck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.paperdeck.build.Builder;
import org.paperdeck.templates.TemplateSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code paperdeck watch NOTES}: builds like {@code build}, then again whenever the notes, an
 * image they show, a file of the user's template folder or the theme changes, until Ctrl-C. The
 * templates, fonts and classes are loaded once, so a rebuild costs a fraction of a build.
 */
@Command(name = "watch", mixinStandardHelpOptions = true,
    description = "Build like 'build', then rebuild whenever the notes, their images or the"
        + " templates change; Ctrl-C stops.")
final class WatchCommand implements Callable<Integer> {
  /** One save often arrives as several events; wait this long for the last before building. */
  static final Duration QUIET = Duration.ofMillis(200);

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "NOTES", description = "The notes file (Markdown, YAML or JSON).")
  Path notes;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR",
      description = "Where to write the outputs (default: beside the notes file).")
  Path output;

  @Mixin
  TemplateOptions templateOptions;

  @Mixin
  OutputOptions outputOptions;

  @Option(names = "--theme", paramLabel = "FILE",
      description = "A PowerPoint theme (.pptx or .potx) for the deck instead of the template"
          + " set's theme.pptx.")
  Path theme;

  @Option(names = {"-q", "--quiet"}, description = "Print errors only.")
  boolean quiet;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    TemplateSet set = templateOptions.set(spec, theme);
    Builder builder = new Builder(set);
    Path dir = output != null ? output : notes.toAbsolutePath().getParent();
    Rebuilder rebuilder = new Rebuilder(builder, notes, dir, outputOptions.options(), quiet,
        spec.commandLine().getOut(), err);
    Set<Path> templateFolders = set.userFolder() == null ? Set.of() : Set.of(set.userFolder());
    try (FileWatch watch = new FileWatch(QUIET);
        StopSignals stop = StopSignals.install(watch::close)) {
      List<Path> images = rebuilder.run().images();
      if (!quiet) {
        err.println("paperdeck: watching " + notes + " for changes; Ctrl-C stops");
        err.flush();
      }
      while (true) {
        watch.watch(watchedFiles(images, set), templateFolders);
        Set<Path> changed = watch.awaitChange();
        if (changed.stream().anyMatch(path -> templateFolders.stream().anyMatch(path::startsWith))) {
          builder.forgetTemplates();
        }
        Rebuilder.Outcome outcome = rebuilder.run();
        // Notes too broken to read name no images: keep watching the last ones meanwhile.
        images = !outcome.written() && outcome.images().isEmpty() ? images : outcome.images();
      }
    } catch (InterruptedException | ClosedWatchServiceException e) {
      if (!quiet) {
        err.println("paperdeck: stopped watching");
        err.flush();
      }
      return Cli.OK;
    }
  }

  private Set<Path> watchedFiles(List<Path> images, TemplateSet set) {
    Set<Path> files = new HashSet<>(images);
    files.add(notes);
    if (set.theme() != null) {
      files.add(set.theme());
    }
    return files;
  }
}
