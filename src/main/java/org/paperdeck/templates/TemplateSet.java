package org.paperdeck.templates;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where template files come from: the user's folder if one is given, each file falling back to
 * the built-in set of the same role that ships inside the jar.
 *
 * @param userFolder a folder of the user's, or {@code null} for the built-in files only
 * @param theme a theme file that replaces the set's {@code theme.pptx}, or {@code null}
 */
public record TemplateSet(Path userFolder, Path theme) {
  /** The classpath folder holding the built-in default set. */
  static final String BUILTIN = "/org/paperdeck/templates/builtin/default";

  /** The theme file name a set looks up; {@link #theme} stands in for it. */
  public static final String THEME = "theme.pptx";

  public TemplateSet(Path userFolder) {
    this(userFolder, null);
  }

  public static TemplateSet builtIn() {
    return new TemplateSet(null);
  }

  /** The same set with another theme (a .pptx or .potx anywhere): only the theme changes. */
  public TemplateSet withTheme(Path file) {
    return new TemplateSet(userFolder, file);
  }

  /**
   * The bytes of a non-template file of the set (the theme), and how messages should name it.
   */
  public Optional<Resource> resource(String name) throws IOException {
    if (theme != null && name.equals(THEME)) {
      return Optional.of(new Resource(theme.toString(), Files.readAllBytes(theme)));
    }
    if (userFolder != null) {
      Path candidate = userFolder.resolve(name);
      if (Files.isRegularFile(candidate)) {
        return Optional.of(new Resource(candidate.toString(), Files.readAllBytes(candidate)));
      }
    }
    try (InputStream in = TemplateSet.class.getResourceAsStream(BUILTIN + "/" + name)) {
      if (in == null) {
        return Optional.empty();
      }
      return Optional.of(new Resource("templates/default/" + name, in.readAllBytes()));
    }
  }

  /** A file of the template set. */
  public record Resource(String displayName, byte[] bytes) {}
}
