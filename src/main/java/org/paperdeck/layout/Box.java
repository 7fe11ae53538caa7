package org.paperdeck.layout;

/**
 * A rectangle on the slide in points, from its top-left corner. Overlap is tested as
 * java.awt's {@code Rectangle2D.intersects} tests it, so boxes are compared as they always were.
 */
public record Box(double x, double y, double width, double height) {
  public double maxX() {
    return x + width;
  }

  public double maxY() {
    return y + height;
  }

  public double centerX() {
    return x + width / 2.0;
  }

  /** Whether the two share an area; an empty box (no width or height) meets nothing. */
  public boolean intersects(Box other) {
    if (width <= 0 || height <= 0 || other.width <= 0 || other.height <= 0) {
      return false;
    }
    return other.x + other.width > x && other.y + other.height > y
        && other.x < x + width && other.y < y + height;
  }
}
