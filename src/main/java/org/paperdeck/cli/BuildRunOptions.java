package org.paperdeck.cli;

import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The options of the commands that write outputs, {@code build} and {@code watch}: where to
 * write, with which templates, theme and variables, which outputs, and how much to say. One
 * mixin for both, so that whatever {@code build} takes, {@code watch} takes too.
 */
final class BuildRunOptions {
  @Option(names = {"-o", "--output"}, paramLabel = "FILE|DIR|-",
      description = "Where to write: a file named like talk.pptx (that one output, its format"
          + " from the extension); a folder (out/, or one that exists) for NAME.FORMAT of each"
          + " of --formats; or - for standard output (one format). Default: beside the notes.")
  String output;

  @Mixin
  TemplateOptions templateOptions;

  @Mixin
  ThemeOption themeOption;

  @Mixin
  VarOptions varOptions;

  @Mixin
  OutputOptions outputOptions;

  @Option(names = {"-q", "--quiet"}, description = "Print errors only (not with -v).")
  boolean quiet;

  @Option(names = {"-v", "--verbose"}, description = "Print each stage and its time (not with -q).")
  boolean verbose;

  /**
   * Where the outputs go, from {@code -o}: without it, beside the notes file (notes from
   * standard input: the working folder). Checks every option first, so that a mistake on the
   * command line is reported before anything is read.
   *
   * @throws ParameterException when {@code -q} and {@code -v} are both given, or an option
   *     cannot be used as given
   * @throws CommandFailure when the {@code --theme} file cannot be read
   */
  OutputTarget target(CommandSpec spec, NotesArgument notes) {
    if (quiet && verbose) {
      throw new ParameterException(spec.commandLine(),
          "-q and -v cannot be used together: -q prints errors only, -v every stage");
    }
    Path folder = notes.isStandardInput() ? Path.of("").toAbsolutePath()
        : Path.of(notes.notes).toAbsolutePath().getParent();
    OutputTarget target = OutputTarget.of(output, folder, outputOptions.formats, spec);
    varOptions.vars(spec);
    templateOptions.set(spec, themeOption.file);
    return target;
  }
}
