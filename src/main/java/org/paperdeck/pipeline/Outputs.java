package org.paperdeck.pipeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Every output a build can make, in the order they are made known: the order of {@code
 * --formats}' help, of the summary line and of the diagnostics. A new output is one more
 * entry in {@link #ALL}.
 */
public final class Outputs {
  public static final Output PPTX = new PptxOutput();
  public static final Output PDF = new PdfOutput();
  public static final Output HTML = new HtmlOutput();
  public static final Output PNG = new PngOutput();
  public static final Output SLIDES_PDF = new SlidesPdfOutput();

  /** The registry. */
  public static final List<Output> ALL = List.of(PPTX, PDF, HTML, PNG, SLIDES_PDF);

  /** What a build makes when not told: the deck and the PDF handout, as {@code --formats} reads. */
  public static final String DEFAULT_NAMES = "pptx,pdf";

  private Outputs() {}

  /** The output {@code name} names, ignoring case and surrounding space. */
  public static Optional<Output> named(String name) {
    String wanted = name.strip().toLowerCase(Locale.ROOT);
    return ALL.stream().filter(output -> output.name().equals(wanted)).findFirst();
  }

  /** The outputs of {@link #DEFAULT_NAMES}. */
  public static List<Output> defaults() {
    return Arrays.stream(DEFAULT_NAMES.split(","))
        .map(name -> named(name).orElseThrow())
        .toList();
  }

  /** The names in order. */
  public static List<String> names() {
    return ALL.stream().map(Output::name).toList();
  }

  /** The names as a sentence ends with them: "pptx, pdf or html". */
  public static String namesInWords() {
    List<String> names = names();
    if (names.size() == 1) {
      return names.get(0);
    }
    return String.join(", ", names.subList(0, names.size() - 1)) + " or "
        + names.get(names.size() - 1);
  }

  /** {@code outputs} in registry order, each once; outputs not registered come last. */
  static List<Output> inOrder(Collection<Output> outputs) {
    List<Output> ordered = new ArrayList<>(ALL.stream().filter(outputs::contains).toList());
    outputs.stream().filter(output -> !ordered.contains(output)).forEach(ordered::add);
    return List.copyOf(ordered);
  }
}
