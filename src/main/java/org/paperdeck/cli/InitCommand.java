package org.paperdeck.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.paperdeck.notes.NotesReader;
import org.paperdeck.notes.Series;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code paperdeck init [NAME]}: a commented starter notes file that builds as it is, and with
 * {@code --series DIR} the talk in that folder and the folder's {@code series.yaml} when it has
 * none. Never overwrites a file: one already there stops it, and nothing is written.
 */
@Command(name = "init", mixinStandardHelpOptions = true,
    description = "Start a talk: write a commented notes file that builds as it is (and, with"
        + " --series, a series.yaml for the folder if it has none). Never overwrites a file.")
final class InitCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "NAME", arity = "0..1",
      description = "The notes file to write (default: talk.md, or talk.yaml with --format"
          + " yaml); .md or .yaml is added when NAME has no extension.")
  String name;

  @Option(names = "--series", paramLabel = "DIR",
      description = "Write the talk into this folder of talks (made if missing), with a"
          + " series.yaml for what its talks share when the folder has none.")
  Path series;

  @Option(names = "--format", paramLabel = "FORMAT", converter = FormatName.class,
      description = "md (the default) or yaml.")
  String format;

  @Override
  public Integer call() {
    Path notes = notesFile();
    Map<Path, byte[]> files = new LinkedHashMap<>();
    String title = title(notes);
    files.put(notes, starter("starter." + extension(notes), Map.of("title", title)));
    Path seriesFile = null;
    if (series != null && Series.find(series).isEmpty()) {
      seriesFile = series.resolve(Series.NAMES.get(0));
      files.put(seriesFile, starter("series.yaml",
          Map.of("term", "Term " + LocalDate.now().getYear())));
    }
    if (Files.exists(notes)) {
      throw new CommandFailure(ExitCode.FAILURE, notes + " already exists; init never"
          + " overwrites a file, and nothing was written", "give another NAME, e.g. paperdeck"
          + " init " + freeName(notes));
    }
    try {
      OutputFiles.writeAll(files);
    } catch (IOException e) {
      throw new CommandFailure(ExitCode.FAILURE, "cannot write " + notes + ": "
          + IoReasons.of(e) + "; nothing was written", null);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println("wrote " + notes + (seriesFile == null ? "" : " and " + seriesFile));
    out.println("build it: paperdeck build " + notes + "   check it: paperdeck check " + notes);
    return ExitCode.OK;
  }

  /** NAME with its extension, in the series folder when there is one. */
  private Path notesFile() {
    String given = name == null ? "talk" : name;
    String lower = given.toLowerCase(Locale.ROOT);
    String extension = null;
    for (String known : new String[] {"md", "markdown", "yaml", "yml"}) {
      if (lower.endsWith("." + known)) {
        extension = known;
      }
    }
    if (extension == null && lower.endsWith(".json")) {
      throw new ParameterException(spec.commandLine(), "init writes md or yaml notes, not json");
    }
    String wanted = format == null ? "md" : format;
    if (extension != null && format != null
        && !(extension.startsWith("y") ? "yaml" : "md").equals(format)) {
      throw new ParameterException(spec.commandLine(), "the name " + given + " and --format "
          + format + " disagree; give one of them");
    }
    Path file = Path.of(extension == null ? given + "." + wanted : given);
    return series == null ? file : series.resolve(file);
  }

  /** The first of NAME-2, NAME-3 … that is not taken, for the hint. */
  private static Path freeName(Path notes) {
    String file = notes.getFileName().toString();
    int dot = file.lastIndexOf('.');
    for (int i = 2; ; i++) {
      Path candidate = notes.resolveSibling(file.substring(0, dot) + "-" + i
          + file.substring(dot));
      if (!Files.exists(candidate)) {
        return candidate;
      }
    }
  }

  private static String extension(Path notes) {
    String lower = notes.getFileName().toString().toLowerCase(Locale.ROOT);
    return lower.endsWith(".yaml") || lower.endsWith(".yml") ? "yaml" : "md";
  }

  /** "week-3-transformers.md" is titled "Week 3 transformers". */
  private static String title(Path notes) {
    String base = NotesReader.baseName(notes).replace('-', ' ')
        .replace('_', ' ').strip();
    if (base.isEmpty()) {
      return "Reading group";
    }
    return (Character.toUpperCase(base.charAt(0)) + base.substring(1)).replace("\"", "'")
        .replace("\\", "/");
  }

  /** A starter file from the jar, with its {@code {{key}}}s filled in. */
  private static byte[] starter(String resource, Map<String, String> values) {
    try (InputStream in = InitCommand.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new CommandFailure(ExitCode.FAILURE, "the starter " + resource
            + " is missing from paperdeck's jar", null);
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .replace("{{date}}", LocalDate.now().toString());
      for (Map.Entry<String, String> value : values.entrySet()) {
        text = text.replace("{{" + value.getKey() + "}}", value.getValue());
      }
      return text.getBytes(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new CommandFailure(ExitCode.FAILURE, "cannot read the starter " + resource
          + " from paperdeck's jar: " + IoReasons.of(e), null);
    }
  }

  /** {@code --format}'s names. */
  static final class FormatName implements picocli.CommandLine.ITypeConverter<String> {
    @Override
    public String convert(String value) {
      String name = value.strip().toLowerCase(Locale.ROOT);
      if (name.equals("md") || name.equals("yaml")) {
        return name;
      }
      throw new picocli.CommandLine.TypeConversionException("unknown format '" + value
          + "'; use md or yaml");
    }
  }
}
