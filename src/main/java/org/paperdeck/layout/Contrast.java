package org.paperdeck.layout;

import java.awt.Color;
import java.util.List;
import java.util.Optional;

/**
 * Whether text can be read on what lies behind it, by WCAG 2's contrast ratio, and which colour
 * of the theme's scheme to use when the theme's own is unreadable. What lies behind a box is a
 * {@link Backdrop}: a plain fill is one colour; a picture or a gradient is the range of
 * lightness most of its pixels have.
 */
public final class Contrast {
  /** WCAG AA for body text. */
  public static final double BODY = 4.5;
  /** WCAG AA for large text, which titles are. */
  public static final double TITLE = 3.0;

  private Contrast() {}

  /**
   * What lies behind a box, as relative luminances: most of its pixels lie between
   * {@code darkest} and {@code lightest} (a plain fill has both equal).
   */
  public record Backdrop(double darkest, double lightest) {
    public Backdrop {
      if (darkest > lightest) {
        throw new IllegalArgumentException("darkest above lightest");
      }
    }

    /** A plain colour. */
    public static Backdrop of(Color color) {
      double l = luminance(color);
      return new Backdrop(l, l);
    }
  }

  /** A colour the theme's scheme offers, by its scheme name ({@code dk1}, {@code lt1} …). */
  public record Swatch(String name, Color color) {}

  /** What to do about one run's colour. */
  public record Verdict(double ratio, Optional<Swatch> replacement, boolean readable) {}

  /** WCAG relative luminance of an sRGB colour, 0 (black) to 1 (white). */
  public static double luminance(Color color) {
    return 0.2126 * linear(color.getRed()) + 0.7152 * linear(color.getGreen())
        + 0.0722 * linear(color.getBlue());
  }

  private static double linear(int channel) {
    double c = channel / 255.0;
    return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }

  /** WCAG contrast ratio of two luminances, 1 to 21. */
  public static double ratio(double a, double b) {
    return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  }

  /** WCAG contrast ratio of two colours. */
  public static double ratio(Color a, Color b) {
    return ratio(luminance(a), luminance(b));
  }

  /**
   * The contrast of {@code ink} against the part of the backdrop least unlike it: a light ink is
   * judged against the lightest pixels, a dark one against the darkest, an ink between them
   * against its own lightness (1:1, unreadable somewhere).
   */
  public static double worst(Color ink, Backdrop behind) {
    double l = luminance(ink);
    return ratio(l, Math.max(behind.darkest(), Math.min(behind.lightest(), l)));
  }

  /**
   * Judges {@code ink} on {@code behind} against {@code needed}: keeps it when it passes,
   * otherwise the scheme colour with the best contrast, which is unreadable still when even
   * that one does not pass.
   */
  public static Verdict judge(Color ink, Backdrop behind, List<Swatch> scheme, double needed) {
    double own = worst(ink, behind);
    if (own >= needed) {
      return new Verdict(own, Optional.empty(), true);
    }
    Swatch best = null;
    double bestRatio = own;
    for (Swatch swatch : scheme) {
      double r = worst(swatch.color(), behind);
      if (r > bestRatio + 1e-9) {
        best = swatch;
        bestRatio = r;
      }
    }
    return new Verdict(bestRatio, Optional.ofNullable(best), bestRatio >= needed);
  }
}
