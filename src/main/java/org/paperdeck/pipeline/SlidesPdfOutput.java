package org.paperdeck.pipeline;

import java.io.IOException;
import java.util.List;
import org.paperdeck.pptx.DeckWriter;
import org.paperdeck.render.SlidesPdf;

/**
 * The deck as a PDF, {@code NAME-slides.pdf}: one page per slide at the slide's size, drawn
 * in-process ({@link SlidesPdf}), its text selectable and its links kept; stamped with the
 * build's date like the handout, so the same notes give the same file.
 */
final class SlidesPdfOutput implements Output {
  @Override
  public String name() {
    return "slides-pdf";
  }

  @Override
  public boolean needsDeck() {
    return true;
  }

  @Override
  public Result make(BuildContext build) {
    DeckWriter.Result deck = build.deck();
    if (deck == null || deck.pptx() == null) {
      return new Result((byte[]) null, List.of()); // the deck's errors say why
    }
    build.tell("drawing the slides into a PDF");
    try {
      byte[] pdf = SlidesPdf.write(deck.pptx(), build.talk().info().title());
      return new Result(Reproducible.pdf(pdf, build.sourceDate()), List.of());
    } catch (IOException | RuntimeException e) {
      return new Result((byte[]) null, List.of(build.drawingFailed("the slides-pdf output", e)));
    }
  }

  @Override
  public String note(BuildResult result) {
    return result.slideCount() + " pages";
  }

  @Override
  public String fileName(String baseName) {
    return baseName + "-slides.pdf";
  }
}
