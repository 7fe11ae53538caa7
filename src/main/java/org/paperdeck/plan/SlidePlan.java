package org.paperdeck.plan;

import java.util.List;
import java.util.Objects;
import org.paperdeck.diagnostics.SourcePos;

/**
 * One slide of the plan.
 *
 * @param layout the theme layout's name, matched case-insensitively; empty when {@code role}
 *     chooses the layout
 * @param planLine the line of the {@code <slide>} element in the plan XML, for messages
 * @param title title runs; empty when the slide has none
 * @param subtitle subtitle runs (title slides); empty when none
 * @param body the content placeholder's blocks
 * @param notes the speaker notes' blocks
 * @param images pictures to place on the slide
 * @param qrHref a link to show as a QR code, or {@code null}
 * @param overflow what to do when the body does not fit even at the smallest type size
 * @param bodySize the body's largest type size in points, which the writer shrinks from; 0 for
 *     the layout's own
 * @param look the slide's role, accent and footer
 * @param at the place in the notes file the slide shows ({@code <slide at>}), for messages; or
 *     {@code null}, when messages name the plan line
 * @param bodyFloor the body's smallest type size in points ({@code <body floor>}); 0 for the
 *     layout stage's own floor
 */
public record SlidePlan(
    String layout,
    int planLine,
    List<Run> title,
    List<Run> subtitle,
    List<PlanBlock> body,
    List<PlanBlock> notes,
    List<PlanImage> images,
    String qrHref,
    Overflow overflow,
    double bodySize,
    Look look,
    SourcePos at,
    double bodyFloor) {
  /**
   * The smallest {@code <body size>} a plan may ask for: the size below which the layout stage
   * never shrinks body text (its {@code LayoutRules.BODY_FLOOR}; a layout test keeps the two equal).
   */
  public static final double SMALLEST_BODY_SIZE = 14;

  public SlidePlan {
    Objects.requireNonNull(layout, "layout");
    title = List.copyOf(title);
    subtitle = List.copyOf(subtitle);
    body = List.copyOf(body);
    notes = List.copyOf(notes);
    images = List.copyOf(images);
    Objects.requireNonNull(overflow, "overflow");
    Objects.requireNonNull(look, "look");
  }

  /** A slide with no notes position and the layout stage's own floor. */
  public SlidePlan(String layout, int planLine, List<Run> title, List<Run> subtitle,
      List<PlanBlock> body, List<PlanBlock> notes, List<PlanImage> images, String qrHref,
      Overflow overflow, double bodySize, Look look) {
    this(layout, planLine, title, subtitle, body, notes, images, qrHref, overflow, bodySize, look,
        null, 0);
  }

  /**
   * How the slide fits into the deck's design.
   *
   * @param role what the slide is for, or {@code null} when the plan names a layout only
   * @param accent the theme accent (1 to 6) for the slide's accent shapes; 0 keeps the theme's
   * @param footer footer text for this slide, or {@code null} for the deck's
   */
  public record Look(SlideRole role, int accent, String footer) {
    public static final Look NONE = new Look(null, 0, null);
  }

  /** The title as plain text, for messages and tests. */
  public String titleText() {
    StringBuilder sb = new StringBuilder();
    title.forEach(run -> sb.append(run.text()));
    return sb.toString();
  }

  /**
   * A template's choice for body text that does not fit at the floor size; {@link #CONTINUE}
   * unless the slide says {@code overflow="notes"}.
   */
  public enum Overflow {
    /**
     * Shrink down to the floor; what still does not fit goes to the speaker notes
     * ({@code overflow="notes"}, formerly {@code "shrink"}).
     */
    SHRINK,
    /**
     * Split the body at block boundaries (paragraph, list item, labelled section, nested list
     * item) onto "(cont.)" slides; a paragraph longer than a slide splits at sentence ends.
     */
    CONTINUE
  }
}
