package org.paperdeck.pipeline;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What a build should make.
 *
 * @param formats the outputs wanted; the deck is built even without {@code PPTX} when the
 *     handout template shows slides
 * @param paper the handout's page size
 */
public record BuildOptions(Set<Format> formats, Paper paper) {
  /** An output a build can make, by its file extension. */
  public enum Format {
    PPTX, PDF, HTML;

    public String extension() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** A handout page size, as CSS {@code @page size} names it. */
  public enum Paper {
    A4("A4"), LETTER("letter");

    private final String css;

    Paper(String css) {
      this.css = css;
    }

    public String css() {
      return css;
    }
  }

  public BuildOptions {
    Objects.requireNonNull(paper, "paper");
    if (formats.isEmpty()) {
      throw new IllegalArgumentException("no output format");
    }
    formats = Set.copyOf(EnumSet.copyOf(formats));
  }

  /** The deck and the A4 PDF handout. */
  public static BuildOptions defaults() {
    return new BuildOptions(EnumSet.of(Format.PPTX, Format.PDF), Paper.A4);
  }

  public boolean wants(Format format) {
    return formats.contains(format);
  }
}
