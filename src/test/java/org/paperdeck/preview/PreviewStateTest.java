package org.paperdeck.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which slides a warning's badge goes on: the slides its message names, as the layout words them. */
class PreviewStateTest {
  @Test
  void aWarningGoesOnEverySlideItNames() {
    assertEquals(List.of(5), PreviewState.slidesNamed(
        "\"Such a framework can be generalized to…\" continues on slide 5"));
    assertEquals(List.of(4), PreviewState.slidesNamed(
        "slide 4 \"Attention\": the title does not fit its box"));
    assertEquals(List.of(3, 5, 7), PreviewState.slidesNamed(
        "slides 3, 5 and 7: the title's colour does not read on the background"));
    assertEquals(List.of(), PreviewState.slidesNamed("unknown metadata key 'Autors'"));
    assertEquals(List.of(), PreviewState.slidesNamed("the slideshow has 3 sections"));
  }
}
