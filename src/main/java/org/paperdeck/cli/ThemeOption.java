package org.paperdeck.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --theme FILE}, for every command that makes a deck. */
final class ThemeOption {
  @Option(names = "--theme", paramLabel = "FILE",
      description = "A PowerPoint theme (.pptx or .potx) for the deck instead of the template"
          + " set's theme.pptx; see 'paperdeck theme inspect FILE'.")
  Path file;
}
