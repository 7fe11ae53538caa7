package org.paperdeck.layout;

/**
 * The numbers and words every slide is laid out by: the type sizes text starts from and never
 * goes below, the speaker notes' size, and what marks a continued slide and moved text.
 */
public final class LayoutRules {
  /** The body's largest size, unless the layout's placeholder or the plan asks for less. */
  public static final double BODY_START = 24;
  /** The smallest body text on a slide: what stays readable from the back row. */
  public static final double BODY_FLOOR = 14;
  /**
   * The smallest body text on a paper slide, unless the plan's {@code <body floor>} says
   * otherwise: what a presenter can stand in front of. Text that does not fit at it continues.
   */
  public static final double PAPER_FLOOR = 18;
  public static final double TITLE_START = 40;
  /** The smallest title; a longer title is cut at a word end and given whole in the notes. */
  public static final double TITLE_FLOOR = 24;
  public static final double NOTES_SIZE = 12;
  /**
   * Appended to the title of every slide that continues a body ({@code overflow="continue"})
   * when the plan's {@code <deck continued>} does not say it in the talk's language.
   */
  public static final String CONTINUED = " (cont.)";
  /** Heads what moved from a slide to its speaker notes. */
  public static final String DID_NOT_FIT = "(Did not fit on the slide:)";

  private LayoutRules() {}

  /** A QR code's side and its distance from the slide's edges, as shares of the slide height. */
  static final double QR_SIDE = 0.18;
  static final double QR_MARGIN = 0.03;

  /** Where a slide's QR code goes before it moves clear of anything: its bottom right corner. */
  public static Box qrCorner(double slideWidth, double slideHeight) {
    double side = Math.round(slideHeight * QR_SIDE);
    double margin = Math.round(slideHeight * QR_MARGIN);
    return new Box(slideWidth - margin - side, slideHeight - margin - side, side, side);
  }
}
