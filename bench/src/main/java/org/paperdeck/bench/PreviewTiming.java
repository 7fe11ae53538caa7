package org.paperdeck.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.paperdeck.api.Format;
import org.paperdeck.api.Paperdeck;
import org.paperdeck.api.Result;

/**
 * Times, warm and in one JVM as {@code watch} and {@code preview} run, what a rebuild after an
 * edit costs with and without drawing the slides: the deck alone; what the preview makes on every
 * save (the slides as PNG at the preview's 96 dpi and the HTML handout); the {@code png} output
 * at its default 150 dpi; and the {@code slides-pdf} output. Before every build the first
 * paper's title gets a word no earlier build saw, as an author's edit does, so the drawings of
 * that paper's slides cannot come from memory. The builds alternate, one of each in turn, so a
 * machine that drifts weighs on all alike; prints each one's median, fastest and slowest.
 *
 * <pre>java -cp target/paperdeck.jar bench/src/main/java/org/paperdeck/bench/PreviewTiming.java NOTES [RUNS]</pre>
 *
 * The notes are copied to a temporary folder and edited there (pictures they show must not be
 * relative to their folder).
 */
public final class PreviewTiming {
  public static void main(String[] args) throws Exception {
    String original = java.nio.file.Files.readString(Path.of(args[0]));
    int paper = original.indexOf("\n## ");
    if (paper < 0) {
      throw new IllegalArgumentException(args[0] + " has no paper (## heading) to edit");
    }
    Path notes = java.nio.file.Files.createTempDirectory("preview-timing").resolve("talk.md");
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 15;
    Map<String, Paperdeck> builds = new LinkedHashMap<>();
    builds.put("deck only (pptx)", Paperdeck.builder().formats(Format.PPTX).build());
    builds.put("preview (png 96 dpi + html)",
        Paperdeck.builder().formats(Format.PNG, Format.HTML).dpi(96).build());
    builds.put("png output, 150 dpi", Paperdeck.builder().formats(Format.PNG).build());
    builds.put("slides-pdf output", Paperdeck.builder().formats(Format.SLIDES_PDF).build());
    Map<String, List<Double>> times = new LinkedHashMap<>();
    // Warm-up: class loading, fonts and the JIT, as the first build of a watch pays them.
    for (int i = 0; i < 5; i++) {
      for (Paperdeck paperdeck : builds.values()) {
        edit(notes, original, paper);
        check(paperdeck.build(notes));
      }
    }
    for (int run = 0; run < runs; run++) {
      for (Map.Entry<String, Paperdeck> build : builds.entrySet()) {
        edit(notes, original, paper);
        long start = System.nanoTime();
        check(build.getValue().build(notes));
        times.computeIfAbsent(build.getKey(), k -> new ArrayList<>())
            .add((System.nanoTime() - start) / 1e6);
      }
    }
    System.out.printf("%-30s %5s %9s %9s %9s%n", "build", "runs", "median ms", "min ms", "max ms");
    times.forEach((name, ms) -> {
      List<Double> sorted = ms.stream().sorted().toList();
      double median = sorted.size() % 2 == 1 ? sorted.get(sorted.size() / 2)
          : (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2;
      System.out.printf("%-30s %5d %9.0f %9.0f %9.0f%n", name, ms.size(), median,
          sorted.get(0), sorted.get(sorted.size() - 1));
    });
  }

  private static int edits;

  /** The notes with a word no build saw before at the start of the first paper's title. */
  private static void edit(Path notes, String original, int paper) throws java.io.IOException {
    edits++;
    java.nio.file.Files.writeString(notes, original.substring(0, paper + 4) + "Edit" + edits
        + " " + original.substring(paper + 4));
  }

  private static void check(Result result) {
    if (!result.ok()) {
      throw new IllegalStateException("the build failed: " + result.diagnostics());
    }
  }
}
