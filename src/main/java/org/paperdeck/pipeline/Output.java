package org.paperdeck.pipeline;

import java.util.List;
import org.paperdeck.diagnostics.Diagnostic;

/**
 * One kind of file a build can write, such as the deck or the PDF handout: its name, and how it
 * is made from what the build has computed. Every output the tool knows is listed in {@link
 * Outputs}; adding one is a class implementing this and a line there. One instance serves every
 * build, so an output holds no per-run state.
 */
public interface Output {
  /** The name {@code --formats} takes and the written file's extension: {@code pptx}. */
  String name();

  /**
   * Whether it is made from the deck. The build then starts the deck on a thread of its own at
   * once and makes this output after the ones that do not wait for it.
   */
  boolean needsDeck();

  /**
   * Makes the output's bytes. Runs on the build's thread; messages about what went wrong go in
   * the result, in the order found, never thrown or printed.
   */
  Result make(BuildContext build);

  /** What the summary line says after the file's name ("15 slides"), or empty. */
  default String note(BuildResult result) {
    return "";
  }

  /** The file it is written to: the notes' base name and this output's extension. */
  default String fileName(String baseName) {
    return baseName + "." + name();
  }

  /**
   * Whether it is one file per slide rather than one file: such an output is written to a
   * folder only, never to one named file or standard output.
   */
  default boolean perSlide() {
    return false;
  }

  /**
   * The names of the {@code count} files it made, in order: {@link #fileName} for an output of
   * one file.
   */
  default List<String> fileNames(String baseName, int count) {
    return List.of(fileName(baseName));
  }

  /**
   * What one output made.
   *
   * @param files the bytes of each file it made, in order (one, but for an output of a file per
   *     slide), or {@code null} when the diagnostics say why there are none
   */
  record Result(List<byte[]> files, List<Diagnostic> diagnostics) {
    public Result {
      files = files == null ? null : List.copyOf(files);
      diagnostics = List.copyOf(diagnostics);
    }

    /** An output of one file; {@code bytes} may be {@code null}, as {@code files} may. */
    public Result(byte[] bytes, List<Diagnostic> diagnostics) {
      this(bytes == null ? null : List.of(bytes), diagnostics);
    }
  }
}
