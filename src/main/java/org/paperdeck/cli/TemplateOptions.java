package org.paperdeck.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.paperdeck.templates.RenderLimits;
import org.paperdeck.templates.TemplateSet;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The options every command that renders shares. */
final class TemplateOptions {
  @Option(names = "--templates", paramLabel = "NAME|DIR",
      description = "A built-in template set (default, compact, slides, lightning) or a folder of your own;"
          + " files a folder lacks come from the default set. Write ./NAME for a folder named"
          + " like a built-in set.")
  String templates;

  @Option(names = "--template-time-limit", paramLabel = "SECONDS",
      description = "How long each template may run before the build stops it (default: "
          + "${DEFAULT-VALUE} s); raise it for a very large talk.",
      defaultValue = "5")
  int timeLimitSeconds;

  /** What each render may use: the defaults, with this command's time limit. */
  RenderLimits limits(CommandSpec spec) {
    if (timeLimitSeconds < 1) {
      throw new ParameterException(spec.commandLine(),
          "--template-time-limit: give a whole number of seconds, at least 1");
    }
    return RenderLimits.defaults().withTime(Duration.ofSeconds(timeLimitSeconds));
  }

  TemplateSet set(CommandSpec spec) {
    if (templates == null) {
      return TemplateSet.builtIn();
    }
    // A bare built-in name wins over a folder of that name in the working directory, so that
    // "--templates compact" means the same everywhere; "./compact" names the folder.
    if (TemplateSet.BUILT_IN_NAMES.contains(templates)) {
      return TemplateSet.builtIn(templates);
    }
    Path folder = Path.of(templates);
    if (!Files.isDirectory(folder)) {
      throw new ParameterException(spec.commandLine(), "--templates: no built-in set or folder '"
          + templates + "'; the built-in sets are " + String.join(", ", TemplateSet.BUILT_IN_NAMES));
    }
    return new TemplateSet(folder.toAbsolutePath());
  }

  /**
   * The set, with {@code theme} (when given) in place of its theme.pptx.
   *
   * @throws CommandFailure when the theme file cannot be read
   */
  TemplateSet set(CommandSpec spec, Path theme) {
    if (theme == null) {
      return set(spec);
    }
    // A theme that cannot be read is a file problem (exit code 3), like notes that cannot be.
    CommandFailure.requireReadable(theme, "the theme " + theme, "a .pptx or .potx file");
    return set(spec).withTheme(theme);
  }
}
