package org.paperdeck.api;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.paperdeck.pipeline.Output;
import org.paperdeck.pipeline.Outputs;

/**
 * One kind of output a build can make: the deck ({@link #PPTX}), the PDF handout ({@link #PDF}),
 * the self-contained HTML handout ({@link #HTML}), the slides as pictures ({@link #PNG}) or the
 * deck as a PDF ({@link #SLIDES_PDF}). Its {@link #name} is the one {@code --formats} takes.
 * Compared by name.
 */
public final class Format {
  /** The editable PowerPoint deck, {@code NAME.pptx}. */
  public static final Format PPTX = new Format(Outputs.PPTX);
  /** The printable handout, {@code NAME.pdf}. */
  public static final Format PDF = new Format(Outputs.PDF);
  /** The handout as one HTML file with its styles and images inside, {@code NAME.html}. */
  public static final Format HTML = new Format(Outputs.HTML);
  /**
   * Each slide as a picture at the build's {@link Paperdeck.Builder#dpi}, {@code NAME-01.png},
   * {@code NAME-02.png} …: one file per slide ({@link Result#files}).
   */
  public static final Format PNG = new Format(Outputs.PNG);
  /** The deck as a PDF, one page per slide, its text selectable and links kept: {@code NAME-slides.pdf}. */
  public static final Format SLIDES_PDF = new Format(Outputs.SLIDES_PDF);

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

  /** The format's name: {@code pptx}, {@code pdf}, {@code html}, {@code png}, {@code slides-pdf}. */
  public String name() {
    return output.name();
  }

  /**
   * The file this format is written to for notes of the given base name: {@code talk.pptx};
   * for a format of one file per slide, the first slide's, {@code talk-01.png}.
   */
  public String fileName(String baseName) {
    return output.fileName(baseName);
  }

  /** Whether the format is one file per slide ({@link #PNG}) rather than one file. */
  public boolean perSlide() {
    return output.perSlide();
  }

  /** The names of its {@code count} files for notes of the given base name, in order. */
  public List<String> fileNames(String baseName, int count) {
    return output.fileNames(baseName, count);
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
