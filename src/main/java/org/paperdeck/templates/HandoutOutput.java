package org.paperdeck.templates;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a handout is being rendered for, as the handout template sees it: {@code output.format},
 * {@code output.paper}, and the deck's slides as images ({@code deck.slides}).
 *
 * @param format the output's name, {@code pdf} or {@code html}: the same template makes both,
 *     and a template can leave out what only paper needs (running headers, the PDF outline)
 * @param paper the CSS page size: {@code A4} or {@code letter}
 * @param slides the deck's slides drawn as images, drawn before the template runs; empty when
 *     the template does not show them (see {@link TemplateEngine#renderHandoutWithoutSlides})
 */
public record HandoutOutput(String format, String paper, List<Slide> slides) {
  public static final String PDF = "pdf";
  public static final String HTML = "html";

  public HandoutOutput {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(paper, "paper");
    slides = List.copyOf(slides);
  }

  /** A4 PDF, no slides: what the handout is when nothing else is asked for. */
  public static HandoutOutput defaults() {
    return new HandoutOutput(PDF, "A4", List.of());
  }

  public HandoutOutput withFormat(String otherFormat) {
    return new HandoutOutput(otherFormat, paper, slides);
  }

  public HandoutOutput withSlides(List<Slide> drawn) {
    return new HandoutOutput(format, paper, drawn);
  }

  /** How many characters the slides' pictures take, as the template prints them. */
  long pictureChars() {
    return slides.stream().mapToLong(slide -> slide.image().length()).sum();
  }

  /** {@code output}, as the template sees it. */
  Map<String, Object> outputModel() {
    return Map.of("format", format, "paper", paper);
  }

  /**
   * {@code deck}, as the template sees it: plain maps, because the locked-down object wrapper
   * shows templates no Java methods, record accessors included.
   */
  Map<String, Object> deckModel() {
    List<Map<String, Object>> list = slides.stream().map(slide -> {
      Map<String, Object> map = new LinkedHashMap<>();
      map.put("number", slide.number());
      map.put("title", slide.title());
      map.put("image", slide.image());
      return map;
    }).toList();
    return Map.of("slides", list);
  }

  /**
   * One slide as an image.
   *
   * @param number 1-based, in deck order
   * @param title the slide's title text, for alt text; may be empty
   * @param image where the picture is, for {@code <img src>}: for the PDF a name its renderer
   *     is given the picture under ({@code paperdeck:slide-3.png}), for HTML a
   *     {@code data:image/png;base64,…} URI, which the page carries inside it
   */
  public record Slide(int number, String title, String image) {}
}
