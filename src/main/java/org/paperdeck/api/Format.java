package org.paperdeck.api;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.paperdeck.pipeline.Output;
import org.paperdeck.pipeline.Outputs;

/**
 * One kind of output a build can make: the deck ({@link #PPTX}), the PDF handout ({@link #PDF})
 * or the self-contained HTML handout ({@link #HTML}). Its {@link #name} is the one {@code
 * --formats} takes and the extension of the file it is written to. Compared by name.
 */
public final class Format {
  /** The editable PowerPoint deck, {@code NAME.pptx}. */
  public static final Format PPTX = new Format(Outputs.PPTX);
  /** The printable handout, {@code NAME.pdf}. */
  public static final Format PDF = new Format(Outputs.PDF);
  /** The handout as one HTML file with its styles and images inside, {@code NAME.html}. */
  public static final Format HTML = new Format(Outputs.HTML);

  private final Output output;

  private Format(Output output) {
    this.output = output;
  }

  /** Every format, in the order builds make and report them. */
  public static List<Format> all() {
    return Outputs.ALL.stream().map(Format::of).toList();
  }

  /** What a build makes unless told otherwise: the deck and the PDF handout. */
  public static List<Format> defaults() {
    return Outputs.defaults().stream().map(Format::of).toList();
  }

  /** The format a name (as {@code --formats} takes it, any case) names, if any. */
  public static Optional<Format> named(String name) {
    return Outputs.named(name).map(Format::of);
  }

  /** The format's name and its file's extension: {@code pptx}, {@code pdf}, {@code html}. */
  public String name() {
    return output.name();
  }

  /** The file this format is written to for notes of the given base name: {@code talk.pptx}. */
  public String fileName(String baseName) {
    return output.fileName(baseName);
  }

  Output output() {
    return output;
  }

  static Format of(Output output) {
    return new Format(output);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Format format && format.name().equals(name());
  }

  @Override
  public int hashCode() {
    return Objects.hash(name());
  }

  @Override
  public String toString() {
    return name();
  }
}
