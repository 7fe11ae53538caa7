package org.paperdeck.templates;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What a handout is being rendered for, as the handout template sees it: {@code output.format},
 * {@code output.paper}, and the deck's slides as images ({@code deck.slides}).
 *
 * @param format {@code pdf} or {@code html}: the same template makes both, and a template can
 *     leave out what only paper needs (running headers, the PDF outline)
 * @param paper the CSS page size: {@code A4} or {@code letter}
 * @param slides the deck's slides drawn as images; called only if the template reads {@code
 *     deck.slides}, so a handout that does not show slides never draws them
 */
public record HandoutOutput(String format, String paper, Supplier<List<Slide>> slides) {
  public static final String PDF = "pdf";
  public static final String HTML = "html";

  public HandoutOutput {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(paper, "paper");
    Objects.requireNonNull(slides, "slides");
  }

  /** A4 PDF, no slides: what the handout is when nothing else is asked for. */
  public static HandoutOutput defaults() {
    return new HandoutOutput(PDF, "A4", List::of);
  }

  public HandoutOutput withFormat(String otherFormat) {
    return new HandoutOutput(otherFormat, paper, slides);
  }

  /**
   * One slide as an image.
   *
   * @param number 1-based, in deck order
   * @param title the slide's title text, for alt text; may be empty
   * @param image a {@code data:image/png;base64,…} URI, usable in PDF and HTML alike
   */
  public record Slide(int number, String title, String image) {}
}
