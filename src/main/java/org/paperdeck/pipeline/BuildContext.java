package org.paperdeck.pipeline;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.paperdeck.diagnostics.Diagnostic;
import org.paperdeck.diagnostics.SourcePos;
import org.paperdeck.files.FileRoots;
import org.paperdeck.handout.GivenPictures;
import org.paperdeck.handout.HandoutGlyphs;
import org.paperdeck.model.Talk;
import org.paperdeck.pptx.DeckWriter;
import org.paperdeck.render.SlideImages;
import org.paperdeck.templates.HandoutOutput;
import org.paperdeck.templates.Rendered;
import org.paperdeck.templates.TemplateEngine;

/**
 * What one build has computed, for its {@link Output}s to make their bytes from: the talk, the
 * deck, and the handout template's XHTML for an output. When the handout template shows the
 * deck's slides, the build waits for the deck, draws them here, and gives them to the template
 * before it renders; a template that does not show them waits for neither. Made by the
 * {@link Builder} for one build, used on the build's thread.
 */
public final class BuildContext {
  /**
   * How wide the handout's slide pictures are drawn: sharp enough for a slide a third of an A4
   * page high (about 250 dpi there) without making the handout heavy.
   */
  static final int HANDOUT_SLIDE_WIDTH = 960;
  /**
   * How the PDF handout's template names slide {@code N}'s picture: {@code paperdeck:slide-N.png},
   * which only the PDF renderer knows ({@link GivenPictures}). The HTML handout carries its
   * pictures inside it, so its template gets {@code data:} addresses.
   */
  private static final String SLIDE_ADDRESS = "paperdeck:slide-%d.png";

  private final Talk talk;
  private final PaperSize paper;
  private final int dpi;
  private final SlideImages pictures;
  private final Instant sourceDate;
  private final URI base;
  private final FileRoots readable;
  private final TemplateEngine templates;
  private final Consumer<String> progress;
  private final Supplier<DeckWriter.Result> deck;
  private final Map<String, String> generated;
  private final HandoutGlyphs glyphs;
  private final List<Diagnostic> slideDiagnostics = new ArrayList<>();
  /** The slides drawn for the handout, once; {@code null} until a template shows them. */
  private List<SlideImages.SlideImage> slides;
  private boolean handoutFailed;

  /**
   * @param deck waits for the deck, or makes it on the calling thread if nobody started it
   * @param generated where the texts the templates generated are kept by their source names,
   *     so that messages about them can show their lines
   * @param glyphs the talk's language and fonts, for the characters the handout's own fonts lack
   */
  BuildContext(Talk talk, PaperSize paper, int dpi, SlideImages pictures, Instant sourceDate,
      URI base,
      FileRoots readable, TemplateEngine templates, Consumer<String> progress,
      Supplier<DeckWriter.Result> deck, Map<String, String> generated, HandoutGlyphs glyphs) {
    this.talk = talk;
    this.paper = paper;
    this.dpi = dpi;
    this.pictures = pictures;
    this.sourceDate = sourceDate;
    this.base = base;
    this.readable = readable;
    this.templates = templates;
    this.progress = progress;
    this.deck = deck;
    this.generated = generated;
    this.glyphs = glyphs;
  }

  public Talk talk() {
    return talk;
  }

  /** What draws the deck's slides, remembering those earlier builds of the builder drew. */
  public SlideImages pictures() {
    return pictures;
  }

  /** The resolution of the slides' pictures, in dots per inch. */
  public int dpi() {
    return dpi;
  }

  /**
   * The error that the deck's slides could not be drawn for {@code what} ("the png output"):
   * POI met something in the deck it cannot draw. Pinned to the deck template, which made them.
   */
  Diagnostic drawingFailed(String what, Exception e) {
    return Diagnostic.error(SourcePos.startOf(
            templates.templateSet().displayName(TemplateEngine.DECK_TEMPLATE)),
        "the deck's slides could not be drawn for " + what + ": " + e.getMessage());
  }

  /** The one date every output is stamped with ({@link Reproducible#sourceDate}). */
  public Instant sourceDate() {
    return sourceDate;
  }

  /** What relative references in the handout resolve against: the notes' folder. */
  public URI base() {
    return base;
  }

  /** The folders the handout may read files from: the notes' and the user's template folder. */
  public FileRoots readable() {
    return readable;
  }

  /** The talk's language and fonts, and where in the notes each character of it stands. */
  public HandoutGlyphs glyphs() {
    return glyphs;
  }

  /** Tells {@code -v} that a stage starts. */
  public void tell(String stage) {
    progress.accept(stage);
  }

  /**
   * The deck, once made; {@code null} when the deck template, plan or theme had errors, which
   * the build reports as the deck's.
   */
  public DeckWriter.Result deck() {
    return deck.get();
  }

  /**
   * The handout template's XHTML for output {@code format} ({@code output.format}), or {@code
   * null} with the reasons added to {@code diagnostics}. After one output's handout failed to
   * render, the next gets {@code null} and no messages: they would be the same ones again.
   * Messages about the XHTML itself go through {@link Rendered#traced}, which adds the template
   * line that made the line they point at.
   */
  public Rendered handout(String format, List<Diagnostic> diagnostics) {
    if (handoutFailed) {
      return null;
    }
    HandoutOutput output = new HandoutOutput(format, paper.css(), List.of());
    Rendered xhtml;
    if (slides != null) {
      xhtml = templates.renderHandout(talk, output.withSlides(shown(format)));
    } else {
      Optional<Rendered> withoutSlides = templates.renderHandoutWithoutSlides(talk, output);
      if (withoutSlides.isPresent()) {
        xhtml = withoutSlides.get();
      } else {
        slides = drawSlides();
        xhtml = templates.renderHandout(talk, output.withSlides(shown(format)));
      }
    }
    diagnostics.addAll(xhtml.diagnostics());
    handoutFailed = xhtml.failed();
    if (handoutFailed) {
      return null;
    }
    // The first output's text is the one messages show; another format's differs only where
    // the template prints output.format.
    generated.putIfAbsent(xhtml.sourceName(), xhtml.text());
    return xhtml;
  }

  /** Problems drawing the slides, reported after the deck's and before the outputs'. */
  List<Diagnostic> slideDiagnostics() {
    return List.copyOf(slideDiagnostics);
  }

  /**
   * The slides drawn for the handout, by the addresses the PDF handout's template prints for
   * them; none when its template shows no slides.
   */
  public GivenPictures givenPictures() {
    if (slides == null) {
      return GivenPictures.NONE;
    }
    return new GivenPictures(slides.stream().collect(Collectors.toMap(
        slide -> SLIDE_ADDRESS.formatted(slide.number()), SlideImages.SlideImage::rows)));
  }

  /** The drawn slides as the handout template for output {@code format} sees them. */
  private List<HandoutOutput.Slide> shown(String format) {
    boolean pdf = format.equals(HandoutOutput.PDF);
    return slides.stream().map(slide -> new HandoutOutput.Slide(slide.number(), slide.title(),
        pdf ? SLIDE_ADDRESS.formatted(slide.number()) : slide.dataUri())).toList();
  }

  private List<SlideImages.SlideImage> drawSlides() {
    tell("drawing the slides for the handout");
    DeckWriter.Result made = deck();
    if (made == null) {
      return List.of(); // the deck's own errors are reported already
    }
    try {
      return pictures.atWidth(made.pptx(), HANDOUT_SLIDE_WIDTH);
    } catch (IOException | RuntimeException e) {
      slideDiagnostics.add(Diagnostic.error(SourcePos.startOf(
              templates.templateSet().displayName(TemplateEngine.HANDOUT_TEMPLATE)),
          "the deck's slides could not be drawn for the handout: " + e.getMessage()));
      return List.of();
    }
  }
}
