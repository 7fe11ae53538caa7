package org.paperdeck.notes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Notes to read: a file, or bytes that came from elsewhere (standard input), and what reading
 * them needs besides the text.
 *
 * @param file the notes file, or {@code null} when the notes are {@code bytes}
 * @param bytes the notes, or {@code null} when they are read from {@code file}
 * @param displayName how messages name the notes
 * @param format how the text is read
 * @param folder what relative image paths resolve against, and outside which no image is read
 * @param defaultTitle the talk's title when the notes give none; {@code null} when they must
 *     give one, having no file name to take it from
 */
public record NotesSource(Path file, byte[] bytes, String displayName, NotesFormat format,
    Path folder, String defaultTitle) {
  public NotesSource {
    if ((file == null) == (bytes == null)) {
      throw new IllegalArgumentException("notes are a file or bytes, not both or neither");
    }
    Objects.requireNonNull(displayName, "displayName");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(folder, "folder");
  }

  /** A notes file, read as its extension says, titled after its name when the notes are not. */
  public static NotesSource file(Path file, String displayName) {
    return new NotesSource(file, null, displayName, NotesFormat.ofFileName(file.toString()),
        file.toAbsolutePath().getParent(), NotesReader.baseName(file));
  }

  /** Notes already read into memory. */
  public static NotesSource bytes(byte[] bytes, String displayName, NotesFormat format,
      Path folder, String defaultTitle) {
    return new NotesSource(null, bytes, displayName, format, folder.toAbsolutePath(),
        defaultTitle);
  }

  /** The same notes read as {@code format}, whatever their name says. */
  public NotesSource as(NotesFormat other) {
    return new NotesSource(file, bytes, displayName, other, folder, defaultTitle);
  }

  /** The notes' bytes, from memory or from the file as it is now. */
  public byte[] read() throws IOException {
    return bytes != null ? bytes : Files.readAllBytes(file);
  }
}
