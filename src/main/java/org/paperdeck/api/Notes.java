package org.paperdeck.api;

import java.nio.file.Path;
import java.util.Objects;
import org.paperdeck.notes.NotesFormat;
import org.paperdeck.notes.NotesSource;

/**
 * The notes a {@link Paperdeck} builds: a file, read as its extension says ({@code .md},
 * {@code .yaml}/{@code .yml}, {@code .json}) unless {@link #as} says otherwise, or notes held in
 * memory. Immutable.
 */
public final class Notes {
  private final NotesSource source;

  private Notes(NotesSource source) {
    this.source = source;
  }

  /**
   * A notes file. Images it names are read relative to its folder, and only from there; the talk
   * is titled after the file's name when the notes give no title; diagnostics name the file as
   * given.
   */
  public static Notes file(Path file) {
    Objects.requireNonNull(file, "file");
    return new Notes(NotesSource.file(file, file.toString()));
  }

  /**
   * Notes held in memory (read from standard input, say).
   *
   * @param notes the notes' bytes, UTF-8
   * @param name what diagnostics call them, e.g. {@code <stdin>}
   * @param format {@code md}, {@code yaml} or {@code json}
   * @param folder what relative image paths resolve against, and outside which no image is read
   * @throws IllegalArgumentException when {@code format} is none of those
   */
  public static Notes bytes(byte[] notes, String name, String format, Path folder) {
    return new Notes(NotesSource.bytes(notes.clone(), Objects.requireNonNull(name, "name"),
        format(format), Objects.requireNonNull(folder, "folder"), null));
  }

  /**
   * The same notes read as {@code format} ({@code md}, {@code yaml} or {@code json}), whatever
   * their name says.
   *
   * @throws IllegalArgumentException when {@code format} is none of those
   */
  public Notes as(String format) {
    return new Notes(source.as(format(format)));
  }

  /**
   * The same notes, titled {@code title} when they give no title of their own. Notes in memory
   * have no file name to take one from; without this they must give a title.
   */
  public Notes untitledAs(String title) {
    return new Notes(new NotesSource(source.file(), source.bytes(), source.displayName(),
        source.format(), source.folder(), title));
  }

  /** The name diagnostics give the notes. */
  public String name() {
    return source.displayName();
  }

  NotesSource source() {
    return source;
  }

  private static NotesFormat format(String name) {
    return NotesFormat.named(Objects.requireNonNull(name, "format")).orElseThrow(() ->
        new IllegalArgumentException("unknown notes format '" + name + "'; use "
            + NotesFormat.NAMES));
  }
}
