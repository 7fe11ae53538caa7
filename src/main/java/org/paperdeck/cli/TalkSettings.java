package org.paperdeck.cli;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.paperdeck.api.Format;
import org.paperdeck.api.Paper;
import org.paperdeck.api.Paperdeck;
import org.paperdeck.templates.TemplateSet;

/**
 * How one talk of a run is built: what a {@link Paperdeck} is configured with. Talks of one
 * folder share it, unless their series file or their own front matter say otherwise; a run makes
 * one {@link Paperdeck} per settings and thread.
 *
 * @param templates the built-in set, or the one a folder's missing files come from
 * @param templateFolder the user's template folder, or {@code null}
 * @param theme the theme instead of the set's, or {@code null}
 * @param vars template variables, laid over the notes' own
 * @param dpi the resolution of slide pictures, when {@code formats} has them
 * @param series the series file the talk is in, or {@code null}: it changes what a talk shows
 */
record TalkSettings(String templates, Path templateFolder, Path theme, Map<String, String> vars,
    List<Format> formats, Paper paper, int dpi, Duration templateTimeLimit, Path series) {
  TalkSettings {
    vars = Map.copyOf(new TreeMap<>(vars));
    formats = List.copyOf(formats);
  }

  /** A new paperdeck with these settings; its templates are loaded here. */
  Paperdeck paperdeck() throws IOException {
    return Paperdeck.builder().templates(templates).templateFolder(templateFolder).theme(theme)
        .vars(vars).formats(formats).paper(paper).dpi(dpi).templateTimeLimit(templateTimeLimit).build();
  }

  /** The template set, theme included. */
  TemplateSet templateSet() {
    return new TemplateSet(templateFolder, templates, theme);
  }

  /**
   * A hash of everything besides the notes that a talk's outputs depend on: these settings, the
   * bytes of every template file and of the theme, the series file, and paperdeck's own jar (a
   * new paperdeck may make other outputs from the same notes).
   */
  String hash() {
    List<String> parts = new ArrayList<>(List.of(ToolVersion.line(), templates,
        String.valueOf(templateFolder), String.valueOf(theme), vars.toString(),
        formats.toString(), paper.name(), String.valueOf(dpi), templateTimeLimit.toString(),
        jarStamp()));
    List<byte[]> files = new ArrayList<>();
    TemplateSet set = templateSet();
    try {
      for (String name : TemplateSet.FILES) {
        parts.add(name);
        set.resource(name).ifPresent(resource -> files.add(resource.bytes()));
      }
      if (templateFolder != null) {
        try (Stream<Path> walked = Files.walk(templateFolder, 4)) {
          for (Path file : walked.filter(Files::isRegularFile).sorted().limit(500).toList()) {
            parts.add(templateFolder.relativize(file).toString());
            files.add(Files.readAllBytes(file));
          }
        }
      }
      if (series != null && Files.isRegularFile(series)) {
        files.add(Files.readAllBytes(series));
      }
    } catch (IOException | RuntimeException e) {
      // A file that cannot be read now is reported by the build; the hash just differs.
      parts.add("unreadable: " + e.getMessage());
    }
    return BuildState.settingsHash(parts, files);
  }

  /** The size and time of the jar paperdeck runs from; empty when it runs from classes. */
  private static String jarStamp() {
    try {
      Path code = Path.of(TalkSettings.class.getProtectionDomain().getCodeSource().getLocation()
          .toURI());
      return Files.isRegularFile(code)
          ? Files.size(code) + "@" + Files.getLastModifiedTime(code).toMillis() : "classes";
    } catch (IOException | URISyntaxException | RuntimeException e) {
      return "unknown";
    }
  }
}
