package org.paperdeck.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.paperdeck.diagnostics.Diagnostic;

/** The talks benchmarks run on: the worked example, or a generated talk of N papers. */
final class BenchTalks {
  private BenchTalks() {}

  /** {@code iclr} is talks/iclr-2022.md under the working folder; a number, a generated talk. */
  static Path notes(String talk) throws IOException {
    if (talk.equals("iclr")) {
      Path example = Path.of("talks", "iclr-2022.md");
      if (!Files.isRegularFile(example)) {
        throw new IllegalStateException("run the benchmarks from the checkout's root folder");
      }
      return example;
    }
    Path folder = Path.of(System.getProperty("java.io.tmpdir"), "paperdeck-bench");
    return TalkGenerator.write(Integer.parseInt(talk), folder.resolve("gen-" + talk + ".md"));
  }

  /**
   * {@code value}, or a failure that says which stage failed and why: a benchmark of a stage
   * that reported errors would time the error path, not the work.
   */
  static <T> T require(T value, List<Diagnostic> diagnostics, String stage) {
    List<Diagnostic> errors = diagnostics.stream().filter(Diagnostic::isError).toList();
    if (value == null || !errors.isEmpty()) {
      throw new IllegalStateException(stage + " failed: " + errors.stream()
          .map(Diagnostic::headline).collect(Collectors.joining("; ")));
    }
    return value;
  }
}
