package org.paperdeck.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.paperdeck.templates.TemplateSet;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The options every command that renders shares. */
final class TemplateOptions {
  @Option(names = "--templates", paramLabel = "DIR",
      description = "A template folder of your own; files it lacks come from the built-in set.")
  Path templates;

  TemplateSet set(CommandSpec spec) {
    if (templates == null) {
      return TemplateSet.builtIn();
    }
    if (!Files.isDirectory(templates)) {
      throw new ParameterException(spec.commandLine(), "--templates: no such folder: " + templates);
    }
    return new TemplateSet(templates.toAbsolutePath());
  }

  /** The set, with {@code theme} (when given) in place of its theme.pptx. */
  TemplateSet set(CommandSpec spec, Path theme) {
    if (theme == null) {
      return set(spec);
    }
    if (!Files.isRegularFile(theme)) {
      throw new ParameterException(spec.commandLine(), "--theme: no such file: " + theme);
    }
    return set(spec).withTheme(theme);
  }
}
