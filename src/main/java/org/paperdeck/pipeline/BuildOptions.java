package org.paperdeck.pipeline;

import java.util.List;
import java.util.Objects;
import org.paperdeck.render.SlideImages;

/**
 * What a build should make.
 *
 * @param formats the outputs wanted, in {@link Outputs} order; the deck is built even when none
 *     needs it if the handout template shows slides
 * @param paper the handout's page size
 * @param dpi the resolution of the slides' pictures ({@code png}), in dots per inch
 */
public record BuildOptions(List<Output> formats, PaperSize paper, int dpi) {
  /** The resolution of {@code --formats png} unless {@code --dpi} says otherwise. */
  public static final int DEFAULT_DPI = SlideImages.DEFAULT_DPI;
  /** The lowest {@code --dpi}, a thumbnail. */
  public static final int MIN_DPI = SlideImages.MIN_DPI;
  /** The highest {@code --dpi}: a 13.33-inch slide 8,000 pixels wide. */
  public static final int MAX_DPI = SlideImages.MAX_DPI;

  public BuildOptions {
    Objects.requireNonNull(paper, "paper");
    if (dpi < SlideImages.MIN_DPI || dpi > SlideImages.MAX_DPI) {
      throw new IllegalArgumentException("dpi " + dpi + " is outside " + SlideImages.MIN_DPI
          + " to " + SlideImages.MAX_DPI);
    }
    if (formats.isEmpty()) {
      throw new IllegalArgumentException("no output format");
    }
    formats = Outputs.inOrder(formats);
  }

  /** The outputs on {@code paper}, the slides' pictures at the default resolution. */
  public BuildOptions(List<Output> formats, PaperSize paper) {
    this(formats, paper, SlideImages.DEFAULT_DPI);
  }

  /** The deck and the A4 PDF handout. */
  public static BuildOptions defaults() {
    return new BuildOptions(Outputs.defaults(), PaperSize.A4);
  }

  public boolean wants(Output format) {
    return formats.contains(format);
  }

  /** Whether an output wanted is made from the deck. */
  boolean wantsDeck() {
    return formats.stream().anyMatch(Output::needsDeck);
  }
}
