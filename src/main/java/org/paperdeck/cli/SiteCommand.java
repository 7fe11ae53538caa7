package org.paperdeck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.paperdeck.api.Format;
import org.paperdeck.diagnostics.Diagnostic;
import org.paperdeck.notes.NotesReader;
import org.paperdeck.notes.Series;
import org.paperdeck.pipeline.SiteBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code paperdeck site DIR -o SITE}: the group's static website from its folder of talks — the
 * schedule, a page per session with its deck and handouts, the cumulative reading list and an
 * Atom feed — written all at once. A talk with errors is left out, and the command exits 1.
 */
@Command(name = "site", mixinStandardHelpOptions = true,
    description = "Write the group's website from folders of talks: the schedule, a page per"
        + " session with its deck and handouts, the reading list and an Atom feed.")
final class SiteCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "NOTES", arity = "1..*",
      description = "Folders of notes files, notes files, or globs ('talks/*.md').")
  List<String> notesFiles;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR", required = true,
      description = "The folder to write the site into (made if missing).")
  Path output;

  @Mixin
  TemplateOptions templateOptions;

  @Mixin
  ThemeOption themeOption;

  @Option(names = "--today", paramLabel = "DATE",
      description = "The day that divides upcoming sessions from past ones, as 2027-03-01"
          + " (default: today), to preview the site as it will be.")
  LocalDate today;

  @Option(names = {"-q", "--quiet"}, description = "Print errors only.")
  boolean quiet;

  /** The resolution of the slide thumbnails on a session's page. */
  private static final int THUMBNAIL_DPI = 24;

  @Override
  public Integer call() throws IOException {
    long start = System.nanoTime();
    if (Files.exists(output) && !Files.isDirectory(output)) {
      throw new CommandFailure(ExitCode.FAILURE, output + " is a file, not a folder; nothing"
          + " was written", null);
    }
    BuildRunOptions options = new BuildRunOptions();
    options.templateOptions = templateOptions;
    options.themeOption = themeOption;
    options.varOptions = new VarOptions();
    options.outputOptions = new OutputOptions();
    options.outputOptions.formats = List.of(org.paperdeck.pipeline.Outputs.PPTX,
        org.paperdeck.pipeline.Outputs.PDF, org.paperdeck.pipeline.Outputs.HTML,
        org.paperdeck.pipeline.Outputs.PNG);
    // Thumbnails on the session pages: a 16:9 slide is 320 pixels wide at this resolution.
    options.outputOptions.dpi = THUMBNAIL_DPI;
    options.quiet = quiet;
    Batch batch = new Batch(spec, new ProgressLine(null), options);
    Batch.Ran ran = batch.run(notesFiles, null, false, false, false);
    Map<Path, byte[]> files = new LinkedHashMap<>();
    List<SiteBuilder.Session> sessions = new ArrayList<>();
    Set<String> slugs = new HashSet<>();
    for (BatchBuild.Done done : ran.done()) {
      if (done.status() != BatchBuild.Status.BUILT) {
        continue;
      }
      String base = NotesReader.baseName(done.talk().notes());
      String slug = base;
      for (int i = 2; !slugs.add(slug); i++) {
        slug = base + "-" + i;
      }
      Map<String, String> downloads = new LinkedHashMap<>();
      for (Format format : List.of(Format.PPTX, Format.PDF, Format.HTML)) {
        String path = "sessions/" + slug + "/" + format.fileName(base);
        files.put(output.resolve(path), done.result().output(format).orElseThrow());
        downloads.put(format == Format.PPTX ? "deck" : format == Format.PDF ? "pdf" : "handout",
            path);
      }
      List<String> slides = new ArrayList<>();
      List<byte[]> pictures = done.result().files(Format.PNG);
      for (int i = 0; i < pictures.size(); i++) {
        String path = String.format(java.util.Locale.ROOT, "sessions/%s/slides/%02d.png", slug,
            i + 1);
        files.put(output.resolve(path), pictures.get(i));
        slides.add(path);
      }
      sessions.add(new SiteBuilder.Session(done.talk().notes(), slug, downloads, slides));
    }
    Series series = seriesOf(ran);
    SiteBuilder.Site site = new SiteBuilder(templateOptions.set(spec)).build(sessions,
        series == null ? null : series.group(), series == null ? null : series.term(),
        series == null ? null : series.place(), today == null ? LocalDate.now() : today);
    PrintWriter err = spec.commandLine().getErr();
    new DiagnosticPrinter(err).print(site.diagnostics(), !quiet);
    if (site.diagnostics().stream().anyMatch(Diagnostic::isError)) {
      err.println("paperdeck: the site's templates have errors; nothing was written");
      return ExitCode.BAD_INPUT;
    }
    site.files().forEach((path, bytes) -> files.put(output.resolve(path), bytes));
    try {
      OutputFiles.writeAll(files);
    } catch (IOException e) {
      err.printf("paperdeck: cannot write to %s: %s; the site there is unchanged%n", output,
          IoReasons.of(e));
      return ExitCode.FAILURE;
    }
    PrintWriter out = spec.commandLine().getOut();
    if (!quiet) {
      out.printf("wrote the site of %d session%s to %s: %s in %.1f s%n", sessions.size(),
          sessions.size() == 1 ? "" : "s", output, output.resolve("index.html"),
          (System.nanoTime() - start) / 1e9);
    }
    batch.failures(ran.done(), "left out of the site");
    return BatchBuild.exitCode(ran.done());
  }

  /** The series file of the first talk's folder that has one: the site's title and term. */
  private static Series seriesOf(Batch.Ran ran) {
    for (BatchBuild.Done done : ran.done()) {
      Path folder = done.talk().notes().toAbsolutePath().getParent();
      Path file = Series.find(folder).orElse(null);
      if (file != null) {
        return Series.read(file, file.toString());
      }
    }
    return null;
  }
}
