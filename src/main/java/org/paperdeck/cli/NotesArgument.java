package org.paperdeck.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.paperdeck.notes.NotesFormat;
import org.paperdeck.notes.NotesReader;
import org.paperdeck.notes.NotesSource;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/**
 * NOTES, as the commands that read notes take it: a file, or {@code -} for standard input as
 * pandoc reads it, with {@code --from} to say how to read what has no name.
 */
final class NotesArgument {
  /** NOTES for standard input. */
  static final String STANDARD_INPUT = "-";
  /** How messages name notes read from standard input. */
  static final String STANDARD_INPUT_NAME = "<stdin>";

  @Parameters(paramLabel = "NOTES",
      description = "The notes file (Markdown, YAML or JSON), or - to read standard input.")
  String notes;

  @Option(names = "--from", paramLabel = "FORMAT", converter = FormatName.class,
      description = "Read NOTES as md, yaml or json, whatever its name says (for -: md unless"
          + " given).")
  NotesFormat from;

  /** NOTES as a command that takes several has it from its own arguments. */
  static NotesArgument of(String notes, NotesFormat from) {
    NotesArgument argument = new NotesArgument();
    argument.notes = notes;
    argument.from = from;
    return argument;
  }

  boolean isStandardInput() {
    return STANDARD_INPUT.equals(notes);
  }

  /**
   * The notes file, checked: one that is missing or cannot be read stops the command (exit code
   * 3), before anything else is done.
   */
  Path file() {
    Path file = Path.of(notes);
    CommandFailure.requireReadable(file, file.toString(), "a notes file");
    return file;
  }

  /**
   * The notes to read.
   *
   * @param untitled for standard input: the talk's title when the notes give none, or {@code
   *     null} when they must give one
   */
  NotesSource source(StandardStreams streams, String untitled) {
    if (!isStandardInput()) {
      return fileSource();
    }
    byte[] bytes;
    try {
      // One byte more than the reader takes, so that it can say the notes are too large.
      bytes = streams.in().readNBytes((int) NotesReader.MAX_FILE_BYTES + 1);
    } catch (IOException e) {
      throw CommandFailure.unreadable("standard input", IoReasons.of(e));
    }
    // Relative image paths resolve against the working folder, as they would for a file there.
    return NotesSource.bytes(bytes, STANDARD_INPUT_NAME,
        from == null ? NotesFormat.MARKDOWN : from, Path.of("").toAbsolutePath(), untitled);
  }

  /** The notes file, read as {@code --from} says or as its extension does; not standard input. */
  NotesSource fileSource() {
    Path file = file();
    NotesSource source = NotesSource.file(file, file.toString());
    return from == null ? source : source.as(from);
  }

  /** {@code --from}'s names. */
  static final class FormatName implements ITypeConverter<NotesFormat> {
    @Override
    public NotesFormat convert(String value) {
      return NotesFormat.named(value).orElseThrow(() -> new TypeConversionException(
          "unknown notes format '" + value + "'; use " + NotesFormat.NAMES));
    }
  }
}
