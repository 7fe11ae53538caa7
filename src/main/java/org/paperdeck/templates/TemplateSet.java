package org.paperdeck.templates;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

/**
 * Where template files come from: the user's folder if one is given, then a built-in set, then
 * the built-in default set, file by file. The built-in sets ship inside the jar.
 *
 * @param userFolder a folder of the user's, or {@code null} for built-in files only
 * @param base the built-in set files fall back to before the default one: one of {@link
 *     #BUILT_IN_NAMES}
 * @param theme a theme file that replaces the set's {@code theme.pptx}, or {@code null}
 */
public record TemplateSet(Path userFolder, String base, Path theme) {
  /** The built-in sets, each a folder of {@code templates/} in the source tree. */
  public static final List<String> BUILT_IN_NAMES = List.of("default", "compact", "slides", "lightning");
  public static final String DEFAULT = "default";

  /** The classpath folder holding the built-in sets. */
  static final String BUILTIN_ROOT = "/org/paperdeck/templates/builtin/";

  /** The theme file name a set looks up; {@link #theme} stands in for it. */
  public static final String THEME = "theme.pptx";

  /** The files of a complete set, in the order a template author meets them. */
  public static final List<String> FILES =
      List.of("deck.ftlx", "handout.ftlh", "handout.css", THEME);

  public TemplateSet {
    Objects.requireNonNull(base, "base");
    if (!BUILT_IN_NAMES.contains(base)) {
      throw new IllegalArgumentException("no built-in template set " + base);
    }
  }

  /** A user folder over a built-in set. */
  public TemplateSet(Path userFolder, String base) {
    this(userFolder, base, null);
  }

  /** A user folder over the default set. */
  public TemplateSet(Path userFolder) {
    this(userFolder, DEFAULT, null);
  }

  public static TemplateSet builtIn() {
    return new TemplateSet(null, DEFAULT, null);
  }

  public static TemplateSet builtIn(String name) {
    return new TemplateSet(null, name, null);
  }

  /** The same set with another theme (a .pptx or .potx anywhere): only the theme changes. */
  public TemplateSet withTheme(Path file) {
    return new TemplateSet(userFolder, base, file);
  }

  /** What a built-in set is for, in a line: from {@code templates/sets.properties}. */
  public static String description(String name) {
    Properties descriptions = new Properties();
    try (InputStream in = TemplateSet.class.getResourceAsStream(BUILTIN_ROOT + "sets.properties")) {
      if (in != null) {
        descriptions.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the built-in sets' descriptions", e);
    }
    return descriptions.getProperty(name, "");
  }

  /** The classpath folders to look in, most specific first. */
  List<String> builtInFolders() {
    List<String> folders = new ArrayList<>();
    if (!base.equals(DEFAULT)) {
      folders.add(BUILTIN_ROOT + base);
    }
    folders.add(BUILTIN_ROOT + DEFAULT);
    return folders;
  }

  /** How messages name a file of the set: the user's path, or "templates/SET/NAME". */
  public String displayName(String name) {
    if (theme != null && name.equals(THEME)) {
      return theme.toString();
    }
    if (userFolder != null && Files.isRegularFile(userFolder.resolve(name))) {
      return userFolder.resolve(name).toString();
    }
    for (String folder : builtInFolders()) {
      if (TemplateSet.class.getResource(folder + "/" + name) != null) {
        return "templates/" + folder.substring(BUILTIN_ROOT.length()) + "/" + name;
      }
    }
    return "templates/" + base + "/" + name;
  }

  /**
   * The bytes of a non-template file of the set (the theme), and how messages should name it.
   */
  public Optional<Resource> resource(String name) throws IOException {
    return resource(name, Long.MAX_VALUE);
  }

  /**
   * The same, refusing a user's file larger than {@code maxBytes}: a wrong file passed as the
   * theme (a video) must not be read into memory whole.
   */
  public Optional<Resource> resource(String name, long maxBytes) throws IOException {
    if (theme != null && name.equals(THEME)) {
      return Optional.of(new Resource(theme.toString(), read(theme, maxBytes), false));
    }
    if (userFolder != null) {
      Path candidate = userFolder.resolve(name);
      if (Files.isRegularFile(candidate)) {
        return Optional.of(new Resource(candidate.toString(), read(candidate, maxBytes), false));
      }
    }
    for (String folder : builtInFolders()) {
      try (InputStream in = TemplateSet.class.getResourceAsStream(folder + "/" + name)) {
        if (in != null) {
          return Optional.of(new Resource(displayName(name), in.readAllBytes(), true));
        }
      }
    }
    return Optional.empty();
  }

  private static byte[] read(Path file, long maxBytes) throws IOException {
    if (Files.size(file) > maxBytes) {
      throw new IOException("the file is larger than " + maxBytes / (1024 * 1024)
          + " MiB: is it the right file?");
    }
    return Files.readAllBytes(file);
  }

  /**
   * A file of the set.
   *
   * @param builtIn whether the file is one of paperdeck's own, shipped inside it, rather than
   *     the user's
   */
  public record Resource(String displayName, byte[] bytes, boolean builtIn) {}
}
