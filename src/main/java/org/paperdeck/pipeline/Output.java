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
   * What one output made.
   *
   * @param bytes the file's bytes, or {@code null} when the diagnostics say why there are none
   */
  record Result(byte[] bytes, List<Diagnostic> diagnostics) {
    public Result {
      diagnostics = List.copyOf(diagnostics);
    }
  }
}
