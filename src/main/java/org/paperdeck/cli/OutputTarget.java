package org.paperdeck.cli;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.paperdeck.notes.NotesReader;
import org.paperdeck.pipeline.Output;
import org.paperdeck.pipeline.Outputs;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * Where {@code build} and {@code watch} write, from {@code -o} as typed, the way pandoc reads
 * its {@code -o}: a file whose extension names a format is that one file; a folder (written
 * with a trailing slash, or one that exists, or a name without an extension) gets NAME.FORMAT
 * for each format; {@code -} is standard output, for one format.
 */
sealed interface OutputTarget {
  /** {@code -o} for standard output. */
  String STANDARD_OUTPUT = "-";

  /** NAME.FORMAT for each format, in a folder. */
  record Folder(Path folder) implements OutputTarget {}

  /** Exactly this file, in the format its extension names. */
  record OneFile(Path file, Output format) implements OutputTarget {}

  /** Standard output, one format. */
  record StandardOutput(Output format) implements OutputTarget {}

  /**
   * Reads {@code -o}.
   *
   * @param option {@code -o} as typed, or {@code null}
   * @param notesFolder the folder outputs go to without {@code -o}
   * @param formats {@code --formats} as given, or {@code null} when it was not
   * @throws ParameterException when {@code -o} and {@code --formats} disagree, or {@code -o}
   *     names a file of a format paperdeck does not write
   */
  static OutputTarget of(String option, Path notesFolder, List<Output> formats,
      CommandSpec spec) {
    if (option == null) {
      return new Folder(notesFolder);
    }
    if (option.equals(STANDARD_OUTPUT)) {
      List<Output> chosen = formats == null ? Outputs.defaults() : formats;
      if (chosen.size() != 1) {
        throw new ParameterException(spec.commandLine(), "-o - writes one output to standard"
            + " output, not " + names(chosen) + "; choose it with --formats, e.g. --formats pdf");
      }
      if (chosen.get(0).perSlide()) {
        throw new ParameterException(spec.commandLine(), "-o - writes one file, but "
            + chosen.get(0).name() + " is a file per slide; write it to a folder, -o DIR/");
      }
      return new StandardOutput(chosen.get(0));
    }
    Path path = Path.of(option);
    String name = path.getFileName() == null ? "" : path.getFileName().toString();
    int dot = name.lastIndexOf('.');
    if (option.endsWith("/") || option.endsWith(File.separator) || Files.isDirectory(path)
        || dot <= 0) {
      return new Folder(path);
    }
    Output format = Outputs.named(name.substring(dot + 1)).orElseThrow(() ->
        new ParameterException(spec.commandLine(), "-o " + option + ": paperdeck writes "
            + fileExtensionsInWords() + " files; for a folder of that name, write " + option
            + "/"));
    if (format.perSlide()) {
      throw new ParameterException(spec.commandLine(), "-o " + option + ": " + format.name()
          + " is a file per slide (" + format.fileNames("NAME", 2).get(0) + ", "
          + format.fileNames("NAME", 2).get(1) + " …); write to a folder, -o DIR/");
    }
    if (formats != null && !formats.equals(List.of(format))) {
      throw new ParameterException(spec.commandLine(), "-o " + option + " is one "
          + format.name() + " file, but --formats asks for " + names(formats)
          + "; leave --formats out, or write to a folder (-o DIR/)");
    }
    return new OneFile(path, format);
  }

  /** The formats written: the one this target names, else {@code formats}. */
  default List<Output> formats(List<Output> formats) {
    if (this instanceof OneFile file) {
      return List.of(file.format());
    }
    return this instanceof StandardOutput out ? List.of(out.format()) : formats;
  }

  /** Whether the outputs take their names from the notes (NAME.FORMAT). */
  default boolean namedAfterNotes() {
    return this instanceof Folder;
  }

  /** The file an output goes to, {@code null} for standard output. */
  default Path file(Output output, String baseName) {
    if (this instanceof Folder folder) {
      return folder.folder().resolve(output.fileName(baseName));
    }
    return this instanceof OneFile one ? one.file() : null;
  }

  /**
   * The files an output of {@code count} files goes to: {@link #file}, or for an output of a file
   * per slide, which goes to a folder only, each slide's.
   */
  default List<Path> files(Output output, String baseName, int count) {
    if (output.perSlide() && this instanceof Folder folder) {
      return output.fileNames(baseName, count).stream().map(folder.folder()::resolve).toList();
    }
    return List.of(file(output, baseName));
  }

  /** What a failed write names. */
  default Path where() {
    if (this instanceof Folder folder) {
      return folder.folder();
    }
    return this instanceof OneFile one ? one.file() : Path.of("standard output");
  }

  /**
   * The file name of the outputs of notes that have none of their own (standard input), from
   * the talk's title: its letters and digits, lower case, words joined by hyphens, as a title
   * makes a web address ("ICLR 2022 — posters I read" is iclr-2022-posters-i-read).
   *
   * @throws CommandFailure when the title has no letter or digit to make a name of
   */
  static String fileNameFor(String title) {
    String name = title.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-")
        .replaceAll("^-|-$", "");
    if (name.isEmpty()) {
      throw new CommandFailure(ExitCode.USAGE, "the title '" + title + "' has no letter or"
          + " digit to name the outputs after", "name the output with -o, e.g. -o talk.pptx");
    }
    return name.length() <= 80 ? name : name.substring(0, 80).replaceAll("-$", "");
  }

  /**
   * Refuses to write what would overwrite the notes themselves, or what other notes beside them
   * would write as well: talk.md and talk.yaml in one folder both name their outputs talk.pptx
   * and talk.pdf, and each build would silently replace the other's.
   */
  default void refuseCollisions(Path notes, List<Output> formats) {
    Path absolute = notes.toAbsolutePath().normalize();
    String baseName = NotesReader.baseName(notes);
    List<Path> outputs = new ArrayList<>();
    for (Output output : formats) {
      Path file = file(output, baseName);
      if (file != null) {
        outputs.add(file);
        if (file.toAbsolutePath().normalize().equals(absolute)) {
          throw new CommandFailure(ExitCode.USAGE, file + " is the notes file itself; writing"
              + " the " + output.name() + " output there would overwrite it",
              "name the output with -o, e.g. -o " + baseName + "-handout." + output.name());
        }
      }
    }
    if (!(this instanceof Folder folder) || !sameFolder(folder.folder(), absolute.getParent())) {
      return;
    }
    for (String extension : NOTES_EXTENSIONS) {
      Path sibling = absolute.resolveSibling(baseName + "." + extension);
      if (Files.exists(sibling) && !sameFile(sibling, absolute)) {
        throw new CommandFailure(ExitCode.USAGE, notes + " and " + sibling.getFileName()
            + " beside it would both write " + String.join(" and ",
                outputs.stream().map(Path::toString).toList()) + "; nothing was written",
            "rename one of them, or write this one's outputs elsewhere with -o DIR/ or"
                + " -o FILE");
      }
    }
  }

  /** The extensions notes are read from (docs/format.md). */
  List<String> NOTES_EXTENSIONS = List.of("md", "markdown", "yaml", "yml", "json");

  private static boolean sameFolder(Path a, Path b) {
    return sameFile(a.toAbsolutePath().normalize(), b);
  }

  private static boolean sameFile(Path a, Path b) {
    try {
      return Files.exists(a) && Files.exists(b) ? Files.isSameFile(a, b) : a.equals(b);
    } catch (IOException e) {
      return a.equals(b);
    }
  }

  /**
   * The formats {@code -o FILE} can name by extension, "pptx, pdf or html": those of one file
   * named NAME.FORMAT (not the pictures, a file per slide, nor slides-pdf's NAME-slides.pdf).
   */
  private static String fileExtensionsInWords() {
    List<String> names = Outputs.ALL.stream()
        .filter(output -> !output.perSlide() && output.fileName("x").equals("x." + output.name()))
        .map(Output::name).toList();
    return String.join(", ", names.subList(0, names.size() - 1)) + " or "
        + names.get(names.size() - 1);
  }

  private static String names(List<Output> formats) {
    return String.join(",", formats.stream().map(Output::name).toList()).toLowerCase(Locale.ROOT);
  }
}
