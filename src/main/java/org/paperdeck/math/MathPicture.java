package org.paperdeck.math;

import java.util.Base64;
import java.util.Objects;

/**
 * A formula typeset as a transparent PNG. Sizes are in ems of the surrounding text, so a writer
 * turns them into points (deck) or CSS lengths (handout) for whatever type size it uses.
 *
 * @param png the picture, rendered at several pixels per point so it stays crisp when projected
 * @param width the formula's width in ems of the surrounding text
 * @param height its whole height in ems, depth included
 * @param depth how far it reaches below the baseline, in ems (to align inline math with text)
 * @param latex the LaTeX source, the picture's alternative text
 */
public record MathPicture(byte[] png, int pixelWidth, int pixelHeight, double width,
    double height, double depth, String latex) {
  public MathPicture {
    Objects.requireNonNull(png, "png");
    Objects.requireNonNull(latex, "latex");
  }

  /** The picture as a {@code data:} URI, which Flying Saucer loads without touching a file. */
  public String dataUri() {
    return "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
  }
}
