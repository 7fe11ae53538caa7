package org.paperdeck.api;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.paperdeck.diagnostics.Diagnostic;
import org.paperdeck.pipeline.BuildResult;

/**
 * What one build of a notes file made: the bytes of each output, in memory, and every problem
 * found, as {@link Diagnostic} values. Nothing is printed and nothing is written until {@link
 * #writeTo} is called. Immutable.
 */
public final class Result {
  private final String baseName;
  private final List<Format> formats;
  private final BuildResult built;

  Result(String baseName, List<Format> formats, BuildResult built) {
    this.baseName = baseName;
    this.formats = List.copyOf(formats);
    this.built = built;
  }

  /**
   * Every problem found, errors and warnings, stage by stage; each names its file, line and
   * column ({@link Diagnostic#pos}) and prints as {@code FILE:LINE:COL: error: message}.
   */
  public List<Diagnostic> diagnostics() {
    return built.diagnostics();
  }

  /** Whether any diagnostic is an error; outputs are then missing or must not be used. */
  public boolean hasErrors() {
    return built.hasErrors();
  }

  /** Whether there are no errors and every format asked for was made: the outputs are usable. */
  public boolean ok() {
    return !hasErrors() && built.madeAll(formats.stream().map(Format::output).toList());
  }

  /** The formats the build was asked for, in the order they are made and reported. */
  public List<Format> formats() {
    return formats;
  }

  /**
   * The bytes of one output (a copy); empty when it was not asked for or could not be made,
   * which the diagnostics explain. For a format of one file per slide ({@link Format#PNG}), the
   * first slide's: {@link #files} has them all.
   */
  public Optional<byte[]> output(Format format) {
    return Optional.ofNullable(built.output(format.output())).map(byte[]::clone);
  }

  /**
   * The bytes of each file of one output (copies), in order: one for most formats, one per
   * slide for {@link Format#PNG}; empty when it was not asked for or could not be made.
   */
  public List<byte[]> files(Format format) {
    return built.files(format.output()).stream().map(byte[]::clone).toList();
  }

  /** Each slide of the deck, in order; empty when no deck was made. */
  public List<Slide> slides() {
    return built.slides().stream()
        .map(s -> new Slide(s.number(), s.role(), s.title(), s.notes())).toList();
  }

  /** The number of slides in the deck; 0 when no deck was made. */
  public int slideCount() {
    return built.slideCount();
  }

  /**
   * What a summary line says about an output after its file name ("15 slides" for the deck), or
   * an empty string.
   */
  public String summary(Format format) {
    return format.output().note(built);
  }

  /** The talk's title; {@code null} when the notes could not be read. */
  public String title() {
    return built.title();
  }

  /**
   * The notes file's name without its extension: the outputs are named after it; {@code null}
   * for notes that were not read from a file.
   */
  public String baseName() {
    return baseName;
  }

  /**
   * The image files the notes show (absolute paths), which the build read besides the notes and
   * templates: a program that rebuilds on change watches these too. Empty when the notes could
   * not be read.
   */
  public List<Path> images() {
    return built.images();
  }

  /**
   * Text the templates generated (the deck plan, the handout's XHTML) by the file name the
   * diagnostics give it, so that a diagnostic about a generated line can be shown with that
   * line: those names are not files on disk.
   */
  public Map<String, String> generatedText() {
    return built.generated();
  }

  /**
   * Writes each output into {@code folder} (made if missing) as {@code BASENAME.FORMAT},
   * replacing files of those names. Each is written to a temporary file first and moved into
   * place only once all are written, so a failed write leaves no half-written output.
   *
   * @return the files written, in the order of {@link #formats()} (a format of a file per
   *     slide, slide by slide)
   * @throws IllegalStateException when the build is not {@link #ok()}: nothing is written
   * @throws IOException when a file cannot be written; temporary files are removed
   */
  public List<Path> writeTo(Path folder) throws IOException {
    if (!ok()) {
      throw new IllegalStateException("the build of " + baseName + " has errors or missing"
          + " outputs; see diagnostics(): nothing was written");
    }
    if (baseName == null) {
      throw new IllegalStateException("notes read from memory have no file name to name their"
          + " outputs after: take each with output(format) and write it where it belongs");
    }
    Files.createDirectories(folder);
    Map<Path, Path> staged = new LinkedHashMap<>();
    try {
      for (Format format : formats) {
        List<byte[]> files = built.files(format.output());
        List<String> names = format.fileNames(baseName, files.size());
        for (int i = 0; i < files.size(); i++) {
          Path target = folder.resolve(names.get(i));
          // Not Files.createTempFile: its files are private to their owner, and an output is an
          // ordinary document, made with the permissions any new file gets.
          Path temp = folder.resolve("." + target.getFileName() + "." + UUID.randomUUID()
              + ".part");
          staged.put(temp, target);
          Files.write(temp, files.get(i), StandardOpenOption.CREATE_NEW,
              StandardOpenOption.WRITE);
        }
      }
      List<Path> written = new ArrayList<>();
      for (Map.Entry<Path, Path> file : staged.entrySet()) {
        moveIntoPlace(file.getKey(), file.getValue());
        written.add(file.getValue());
      }
      return List.copyOf(written);
    } finally {
      for (Path temp : staged.keySet()) {
        Files.deleteIfExists(temp);
      }
    }
  }

  private static void moveIntoPlace(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
