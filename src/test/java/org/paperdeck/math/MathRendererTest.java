package org.paperdeck.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class MathRendererTest {
  private static final double CAP = 0.72; // about Liberation Sans
  private static final double PX_PER_EM = 24 * MathRenderer.PIXELS_PER_POINT;

  @Test
  void wellFormedMathHasNoProblem() {
    assertEquals(Optional.empty(), MathRenderer.problem("\\frac{1}{N}\\sum_{i=1}^N \\ell_i"));
    assertEquals(Optional.empty(), MathRenderer.problem("\\argmin_\\theta L(\\theta)"));
  }

  @Test
  void unknownCommandsAndBadGroupsAreProblems() {
    assertEquals(Optional.of("Unknown symbol or command or predefined TeXFormula: 'fracc'"),
        MathRenderer.problem("\\fracc{a}{b}"));
    assertEquals(Optional.of("a '{' opens a group that is never closed"),
        MathRenderer.problem("x^{2"));
    assertTrue(MathRenderer.problem("a}").isPresent());
  }

  @Test
  void aLoneLetterIsAboutOneCapHeightTallAndAFractionTaller() {
    MathPicture x = MathRenderer.render("x", false, CAP, PX_PER_EM, Color.BLACK);
    MathPicture h = MathRenderer.render("H", false, CAP, PX_PER_EM, Color.BLACK);
    MathPicture frac = MathRenderer.render("\\frac{a+b}{2}", false, CAP, PX_PER_EM, Color.BLACK);
    // H's ink is one cap height; the picture adds a little padding above and below.
    double hInk = h.height() - h.depth();
    assertTrue(hInk > CAP && hInk < CAP + 0.2, "H stands " + hInk + " em");
    assertTrue(x.height() < h.height() + 0.01, "x is no taller than H");
    assertTrue(frac.height() > 1.5 * h.height(), "a fraction is taller: " + frac.height());
    assertTrue(frac.depth() > 0.3, "a fraction reaches below the baseline: " + frac.depth());
  }

  @Test
  void pictureIsCrispAndTransparent() throws IOException {
    MathPicture pic = MathRenderer.render("\\sqrt{x+1}", true, CAP, PX_PER_EM, Color.BLACK);
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(pic.png()));
    assertEquals(pic.pixelWidth(), image.getWidth());
    // At 24 pt the formula shows about height × 24 pt; it carries 4 pixels per point (3 × 96 dpi).
    assertEquals(pic.height() * PX_PER_EM, image.getHeight(), 1.0);
    assertTrue(image.getColorModel().hasAlpha());
    assertEquals(0, image.getRGB(0, 0) >>> 24, "the corner is transparent");
    boolean ink = false;
    for (int y = 0; y < image.getHeight() && !ink; y++) {
      for (int x = 0; x < image.getWidth() && !ink; x++) {
        ink = (image.getRGB(x, y) >>> 24) == 0xFF;
      }
    }
    assertTrue(ink, "the formula is drawn");
    assertTrue(pic.dataUri().startsWith("data:image/png;base64,iVBOR"));
  }

  @Test
  void aFormulaLargerThanAnyPageKeepsItsSizeInEmsOnAtMost16MillionPixels() throws IOException {
    // Valid LaTeX, 300 cm wide at any type size: 8,504 × 4,252 pixels at full resolution.
    MathPicture huge = MathRenderer.render("\\rule{300cm}{150cm}", true, CAP, PX_PER_EM,
        Color.BLACK);
    assertTrue((long) huge.pixelWidth() * huge.pixelHeight() <= 16_000_000L,
        huge.pixelWidth() + " × " + huge.pixelHeight());
    // JLaTeXMath measures absolute lengths at 72 pixels an inch, whatever the type size.
    double ems = 300 / 2.54 * 72 / PX_PER_EM;
    assertEquals(ems, huge.width(), 0.5, "its width in ems is as at full resolution");
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(huge.png()));
    assertEquals(huge.pixelWidth(), image.getWidth());
    assertEquals(0xFF, image.getRGB(image.getWidth() / 2, image.getHeight() / 2) >>> 24,
        "the rule is drawn");
  }
}
