package org.paperdeck.pipeline;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.paperdeck.pptx.DeckWriter;


/**
 * The slides as pictures, {@code NAME-01.png}, {@code NAME-02.png} …: each slide of the deck
 * drawn in-process at {@code --dpi} (render.SlideImages). The numbers have as many digits as the
 * last one needs, at least two, so the files sort in slide order.
 */
final class PngOutput implements Output {
  @Override
  public String name() {
    return "png";
  }

  @Override
  public boolean needsDeck() {
    return true;
  }

  @Override
  public boolean perSlide() {
    return true;
  }

  @Override
  public Result make(BuildContext build) {
    DeckWriter.Result deck = build.deck();
    if (deck == null || deck.pptx() == null) {
      return new Result((List<byte[]>) null, List.of()); // the deck's errors say why
    }
    build.tell("drawing the slides at " + build.dpi() + " dpi");
    try {
      List<byte[]> files = new ArrayList<>();
      build.pictures().atDpi(deck.pptx(), build.dpi()).forEach(image -> files.add(image.png()));
      return new Result(files, List.of());
    } catch (IOException | RuntimeException e) {
      return new Result((List<byte[]>) null, List.of(build.drawingFailed("the png output", e)));
    }
  }

  @Override
  public String note(BuildResult result) {
    return result.files(this).size() + " slides";
  }

  @Override
  public String fileName(String baseName) {
    return baseName + "-01.png";
  }

  @Override
  public List<String> fileNames(String baseName, int count) {
    int digits = Math.max(2, String.valueOf(count).length());
    List<String> names = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      names.add(String.format("%s-%0" + digits + "d.png", baseName, i));
    }
    return names;
  }
}
