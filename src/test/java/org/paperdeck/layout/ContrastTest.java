package org.paperdeck.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContrastTest {
  private static final List<Contrast.Swatch> SCHEME = List.of(
      new Contrast.Swatch("dk1", Color.BLACK), new Contrast.Swatch("lt1", Color.WHITE),
      new Contrast.Swatch("dk2", new Color(0x1F, 0x29, 0x37)),
      new Contrast.Swatch("lt2", new Color(0xE7, 0xE6, 0xE6)));

  @Test
  void blackOnWhiteIsTwentyOneToOne() {
    assertEquals(21.0, Contrast.ratio(Color.BLACK, Color.WHITE), 1e-9);
    assertEquals(1.0, Contrast.ratio(Color.RED, Color.RED), 1e-9);
  }

  @Test
  void greyOnWhiteMatchesTheWcagFigure() {
    // #767676 is the lightest grey that passes 4.5:1 on white.
    assertEquals(4.54, Contrast.ratio(new Color(0x76, 0x76, 0x76), Color.WHITE), 0.01);
  }

  @Test
  void readableInkIsKept() {
    Contrast.Verdict verdict = Contrast.judge(Color.BLACK, Contrast.Backdrop.of(Color.WHITE),
        SCHEME, Contrast.BODY);
    assertTrue(verdict.readable());
    assertTrue(verdict.replacement().isEmpty());
  }

  @Test
  void whiteOnWhiteTakesTheSchemeColourThatReadsBest() {
    Contrast.Verdict verdict = Contrast.judge(Color.WHITE, Contrast.Backdrop.of(
        new Color(0xF4, 0xF4, 0xF4)), SCHEME, Contrast.BODY);
    assertTrue(verdict.readable());
    assertEquals("dk1", verdict.replacement().orElseThrow().name());
  }

  @Test
  void darkInkOnADarkPictureTurnsLight() {
    Contrast.Backdrop photo = new Contrast.Backdrop(0.01, 0.04);
    Contrast.Verdict verdict = Contrast.judge(new Color(0x33, 0x33, 0x33), photo, SCHEME,
        Contrast.TITLE);
    assertEquals("lt1", verdict.replacement().orElseThrow().name());
  }

  @Test
  void aBusyPictureIsUnreadableForEveryColourAndSaysHowBad() {
    // Pixels from near black to near white: no ink reads on all of them.
    Contrast.Backdrop busy = new Contrast.Backdrop(0.02, 0.9);
    Contrast.Verdict verdict = Contrast.judge(Color.GRAY, busy, SCHEME, Contrast.BODY);
    assertFalse(verdict.readable());
    assertTrue(verdict.ratio() < Contrast.BODY && verdict.ratio() >= 1.0, "" + verdict);
  }

  @Test
  void inkBetweenTheBackdropsExtremesReadsAtOneToOne() {
    assertEquals(1.0, Contrast.worst(Color.GRAY, new Contrast.Backdrop(0.0, 1.0)), 1e-9);
  }
}
