package org.paperdeck.plan;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A picture the plan places on a slide, with its alternative text.
 *
 * @param corner where on the slide a corner picture (a logo) goes, or {@code null} for a picture
 *     in the body area (beside the text, or in a two-content layout's second box)
 * @param size a corner picture's box: it is scaled to fit a square of this side, in points
 */
public record PlanImage(Path source, String alt, Corner corner, double size) {
  /** A corner picture's side when the plan does not give one: a logo, not a figure. */
  public static final double CORNER_SIZE = 48;

  public PlanImage {
    Objects.requireNonNull(source, "source");
    alt = alt == null ? "" : alt;
  }

  /** A picture in the body area. */
  public PlanImage(Path source, String alt) {
    this(source, alt, null, 0);
  }

  /** The four corners a picture can be pinned to, by their plan names ({@code top-right}). */
  public enum Corner {
    TOP_LEFT, TOP_RIGHT, BOTTOM_LEFT, BOTTOM_RIGHT;

    public String planName() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static Optional<Corner> byPlanName(String name) {
      for (Corner corner : values()) {
        if (corner.planName().equals(name.strip())) {
          return Optional.of(corner);
        }
      }
      return Optional.empty();
    }

    public boolean right() {
      return this == TOP_RIGHT || this == BOTTOM_RIGHT;
    }

    public boolean bottom() {
      return this == BOTTOM_LEFT || this == BOTTOM_RIGHT;
    }
  }
}
