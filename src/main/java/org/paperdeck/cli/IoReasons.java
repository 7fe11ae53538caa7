package org.paperdeck.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Why reading or writing a file failed, in the system's words rather than an exception's: the
 * JDK's messages are often only the file's name again ("cannot write to out: out").
 */
final class IoReasons {
  private IoReasons() {}

  static String of(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or folder: " + ((NoSuchFileException) e).getFile();
    }
    if (e instanceof FileAlreadyExistsException exists) {
      return exists.getFile() + " is a file, where a folder is needed";
    }
    if (e instanceof NotDirectoryException notFolder) {
      return notFolder.getFile() + " is not a folder";
    }
    if (e instanceof FileSystemException fs) {
      if (fs.getReason() != null && !fs.getReason().isEmpty()) {
        // The system's words ("Not a directory"), in the case of paperdeck's own.
        return Character.toLowerCase(fs.getReason().charAt(0)) + fs.getReason().substring(1);
      }
      return fs.getFile() == null ? e.getClass().getSimpleName() : "cannot use " + fs.getFile();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
