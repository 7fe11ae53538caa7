package org.paperdeck.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * Writes a notes file of any number of papers that looks like a real one: categories of twelve
 * papers, each paper with authors, an affiliation, a link (so a QR code), a code link, two
 * paragraphs of prose with inline math, and a list of insights; a further-reading list at the
 * end. The same count always gives the same file, so timings compare across runs and machines.
 *
 * <p>Usage: {@code TalkGenerator PAPERS FILE}.
 */
public final class TalkGenerator {
  private static final int PAPERS_PER_CATEGORY = 12;
  private static final List<String> WORDS = List.of(
      "model", "training", "data", "attention", "encoder", "decoder", "loss", "gradient",
      "representation", "transfer", "sampling", "benchmark", "robust", "sparse", "latent",
      "contrastive", "language", "vision", "graph", "policy", "reward", "distillation",
      "augmentation", "inference", "uncertainty", "calibration", "pretraining", "objective",
      "architecture", "regularisation", "scaling", "retrieval", "memory", "symbolic", "causal");
  private static final List<String> NAMES = List.of(
      "Ada Lovelace", "Alan Turing", "Grace Hopper", "Edsger Dijkstra", "Barbara Liskov",
      "Donald Knuth", "Frances Allen", "John McCarthy", "Margaret Hamilton", "Tony Hoare",
      "Radia Perlman", "Ken Thompson", "Shafi Goldwasser", "Leslie Lamport", "Judea Pearl");
  private static final List<String> MATH = List.of(
      "\\(\\alpha = 1\\)", "\\(\\geq 2\\)", "\\(h_\\gamma\\)", "\\(\\min Q(\\theta)\\)",
      "\\(q_2\\)", "\\(x^2 + y^2\\)");

  private final Random random;

  private TalkGenerator(int papers) {
    this.random = new Random(papers);
  }

  /** The notes text of a talk of {@code papers} papers. */
  public static String talk(int papers) {
    return new TalkGenerator(papers).write(papers);
  }

  /** Writes {@link #talk} to {@code file} and returns it. */
  public static Path write(int papers, Path file) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.writeString(file, talk(papers), StandardCharsets.UTF_8);
    return file;
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: TalkGenerator PAPERS FILE");
      System.exit(2);
    }
    write(Integer.parseInt(args[0]), Path.of(args[1]));
  }

  private String write(int papers) {
    StringBuilder out = new StringBuilder();
    out.append("---\ntitle: Generated talk of ").append(papers).append(" papers\n")
        .append("presenter: Ada Lovelace\nvenue: Benchmark Workshop\ndate: 2026-01-15\n---\n\n")
        .append(sentence(40)).append("\n\n");
    for (int i = 0; i < papers; i++) {
      if (i % PAPERS_PER_CATEGORY == 0) {
        out.append("# Category ").append(i / PAPERS_PER_CATEGORY + 1).append(": ")
            .append(title(3)).append("\n\n");
      }
      paper(out, i);
    }
    out.append("# Further reading\n");
    for (int i = 1; i <= 5; i++) {
      out.append(i).append(". [").append(title(6)).append("](https://example.org/reading/")
          .append(i).append(")\n   - ").append(sentence(20)).append('\n');
    }
    return out.toString();
  }

  private void paper(StringBuilder out, int index) {
    out.append("## ").append(title(5 + random.nextInt(8))).append("\n")
        .append("Authors: ").append(authors()).append('\n')
        .append("Affiliation: University of ").append(capital(word())).append('\n')
        .append("Link: https://example.org/paper/").append(index).append('\n')
        .append("Code: https://example.org/code/").append(index).append("\n\n")
        .append(sentence(25 + random.nextInt(30))).append(' ')
        .append(MATH.get(random.nextInt(MATH.size()))).append(".\n\n")
        .append(sentence(15 + random.nextInt(25))).append("\n\n")
        .append("### Insights\n");
    int insights = 2 + random.nextInt(3);
    for (int i = 1; i <= insights; i++) {
      out.append(i).append(". ").append(sentence(8 + random.nextInt(15))).append('\n');
    }
    out.append('\n');
  }

  private String authors() {
    int count = 1 + random.nextInt(5);
    StringBuilder names = new StringBuilder();
    for (int i = 0; i < count; i++) {
      names.append(i == 0 ? "" : ", ").append(NAMES.get(random.nextInt(NAMES.size())));
    }
    return names.toString();
  }

  private String title(int words) {
    StringBuilder title = new StringBuilder();
    for (int i = 0; i < words; i++) {
      title.append(i == 0 ? "" : " ").append(capital(word()));
    }
    return title.toString();
  }

  private String sentence(int words) {
    StringBuilder text = new StringBuilder(capital(word()));
    for (int i = 1; i < words; i++) {
      text.append(i % 12 == 0 ? ", " : " ").append(word());
    }
    return text.append('.').toString();
  }

  private String word() {
    return WORDS.get(random.nextInt(WORDS.size()));
  }

  private static String capital(String word) {
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }
}
