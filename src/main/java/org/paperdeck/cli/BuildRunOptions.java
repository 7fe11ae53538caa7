package org.paperdeck.cli;

import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options of the commands that write outputs, {@code build} and {@code watch}: where to
 * write, with which templates, theme and variables, which outputs, and how much to say. One
 * mixin for both, so that whatever {@code build} takes, {@code watch} takes too.
 */
final class BuildRunOptions {
  @Option(names = {"-o", "--output"}, paramLabel = "DIR",
      description = "Where to write the outputs (default: beside the notes file).")
  Path output;

  @Mixin
  TemplateOptions templateOptions;

  @Option(names = "--theme", paramLabel = "FILE",
      description = "A PowerPoint theme (.pptx or .potx) for the deck instead of the template"
          + " set's theme.pptx; see 'paperdeck theme inspect FILE'.")
  Path theme;

  @Mixin
  VarOptions varOptions;

  @Mixin
  OutputOptions outputOptions;

  @Option(names = {"-q", "--quiet"}, description = "Print errors only.")
  boolean quiet;

  @Option(names = {"-v", "--verbose"}, description = "Print each stage and its time.")
  boolean verbose;

  /** The folder the outputs go to: {@code -o}, else the notes file's folder. */
  Path outputFolder(Path notes) {
    return output != null ? output : notes.toAbsolutePath().getParent();
  }
}
