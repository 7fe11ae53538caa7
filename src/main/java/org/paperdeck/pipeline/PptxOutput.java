package org.paperdeck.pipeline;

import java.util.List;
import org.paperdeck.pptx.DeckWriter;

/**
 * The deck, {@code NAME.pptx}: the bytes the deck's thread made and stamped. Its messages are
 * the deck's, which the build reports whichever output asked for the deck.
 */
final class PptxOutput implements Output {
  @Override
  public String name() {
    return "pptx";
  }

  @Override
  public boolean needsDeck() {
    return true;
  }

  @Override
  public Result make(BuildContext build) {
    DeckWriter.Result deck = build.deck();
    return new Result(deck == null ? null : deck.pptx(), List.of());
  }

  @Override
  public String note(BuildResult result) {
    return result.slideCount() + " slides";
  }
}
