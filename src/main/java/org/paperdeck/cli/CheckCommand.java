package org.paperdeck.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code paperdeck check NOTES|DIR}: everything a build runs — notes, templates, theme, fitting,
 * the handout — in memory, and nothing written; the diagnostics and each talk's build report,
 * as text or as one JSON document for CI.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = "Run everything a build runs on notes files, folders of them or globs, and"
        + " write nothing: the diagnostics and a build report per talk (slides, fitting, time,"
        + " links, characters no font has).")
final class CheckCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "NOTES", arity = "1..*",
      description = "Notes files, folders of notes files, or globs ('talks/*.md').")
  List<String> notesFiles;

  @Option(names = "--format", paramLabel = "FORMAT", converter = ReportFormat.Name.class,
      description = "text (the default), or json: the diagnostics and the build reports as one"
          + " JSON document on standard output (its schema: docs/check.md).")
  ReportFormat format = ReportFormat.TEXT;

  @Mixin
  TemplateOptions templateOptions;

  @Mixin
  ThemeOption themeOption;

  @Mixin
  VarOptions varOptions;

  @Option(names = {"-q", "--quiet"}, description = "Print errors only (text format).")
  boolean quiet;

  @Override
  public Integer call() {
    long start = System.nanoTime();
    BuildRunOptions options = new BuildRunOptions();
    options.templateOptions = templateOptions;
    options.themeOption = themeOption;
    options.varOptions = varOptions;
    options.outputOptions = new OutputOptions();
    options.quiet = quiet;
    // A line per talk, also on a terminal: each is followed by the talk's report.
    return new Batch(spec, new ProgressLine(null), options).check(notesFiles, format == ReportFormat.JSON,
        start);
  }

  /** What {@code --format} takes. */
  enum ReportFormat {
    TEXT, JSON;

    static final class Name implements picocli.CommandLine.ITypeConverter<ReportFormat> {
      @Override
      public ReportFormat convert(String value) {
        for (ReportFormat format : values()) {
          if (format.name().equalsIgnoreCase(value.strip())) {
            return format;
          }
        }
        throw new picocli.CommandLine.TypeConversionException("unknown format '" + value
            + "'; use text or json");
      }
    }
  }
}
