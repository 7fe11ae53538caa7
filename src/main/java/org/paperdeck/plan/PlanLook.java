package org.paperdeck.plan;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import org.paperdeck.diagnostics.Diagnostics;
import org.paperdeck.diagnostics.SourcePos;
import org.paperdeck.diagnostics.Suggestions;
import org.xml.sax.Attributes;

/**
 * Reads the design attributes of the plan: a slide's {@code role}, {@code accent} and
 * {@code footer}, and the deck's {@code <layouts>} overrides. Unknown attribute names are the
 * handler's business; this checks their values.
 */
final class PlanLook {
  /** The theme palette's accents: PowerPoint themes have exactly six. */
  static final int ACCENTS = 6;

  private PlanLook() {}

  static SlidePlan.Look look(Attributes attributes, Function<String, SourcePos> attributePos,
      SourcePos slidePos, Diagnostics diagnostics) {
    String roleName = attributes.getValue("role");
    SlideRole role = null;
    if (roleName != null) {
      role = SlideRole.byPlanName(roleName).orElse(null);
      if (role == null) {
        unknownRole(roleName, attributePos.apply("role"), diagnostics);
      }
    } else if (attributes.getValue("layout") == null) {
      diagnostics.error(slidePos, "<slide> needs a 'role' or a 'layout' attribute",
          "roles: " + String.join(", ", SlideRole.planNames()));
    }
    return new SlidePlan.Look(role, accent(attributes.getValue("accent"),
        attributePos, diagnostics), attributes.getValue("footer"));
  }

  /** The {@code <layouts>} element: a layout name per role attribute. */
  static Map<SlideRole, String> layouts(Attributes attributes,
      Function<String, SourcePos> attributePos, Diagnostics diagnostics) {
    Map<SlideRole, String> layouts = new EnumMap<>(SlideRole.class);
    for (int i = 0; i < attributes.getLength(); i++) {
      String name = attributes.getQName(i);
      String value = attributes.getValue(i).strip();
      SlideRole.byPlanName(name).ifPresent(role -> {
        if (value.isEmpty()) {
          diagnostics.error(attributePos.apply(name), "<layouts " + name + "> is empty",
              "give the name of a layout of the theme, or leave the attribute out");
        } else {
          layouts.put(role, value);
        }
      });
    }
    return layouts;
  }

  /**
   * A picture's {@code corner} and {@code size}: without a corner it belongs to the body area,
   * where the writer sizes it; {@code null} when an attribute is wrong (reported).
   */
  static PlanImage picture(Path path, Attributes attributes,
      Function<String, SourcePos> attributePos, Diagnostics diagnostics) {
    String alt = attributes.getValue("alt");
    String cornerName = attributes.getValue("corner");
    String sizeText = attributes.getValue("size");
    if (cornerName == null) {
      if (sizeText != null) {
        diagnostics.error(attributePos.apply("size"), "'size' needs a 'corner' on <image>",
            "a picture in the body is sized by the writer; corner pictures (logos) take a size");
      }
      return new PlanImage(path, alt);
    }
    PlanImage.Corner corner = PlanImage.Corner.byPlanName(cornerName).orElse(null);
    if (corner == null) {
      diagnostics.error(attributePos.apply("corner"), "unknown corner '" + cornerName
          + "' on <image>", "corners: " + String.join(", ",
          Arrays.stream(PlanImage.Corner.values()).map(PlanImage.Corner::planName).toList()));
      return null;
    }
    double size = PlanImage.CORNER_SIZE;
    if (sizeText != null) {
      try {
        size = Double.parseDouble(sizeText.strip());
      } catch (NumberFormatException e) {
        size = -1;
      }
      if (!(size >= 8 && size <= 270)) {
        diagnostics.error(attributePos.apply("size"), "size '" + sizeText + "' on <image> is not"
            + " a number of points from 8 to 270", "a logo is typically 36 to 72 points high");
        return null;
      }
    }
    return new PlanImage(path, alt, corner, size);
  }

  /** {@code <body size>}: the type size the writer starts from, or 0 for the layout's. */
  static double bodySize(String value, Function<String, SourcePos> attributePos,
      Diagnostics diagnostics) {
    return bodyPoints("size", value, attributePos, diagnostics,
        "the writer shrinks the body from this size down to " + (int) SlidePlan.SMALLEST_BODY_SIZE
            + " pt when it does not fit");
  }

  /**
   * {@code <body floor>}: the smallest size the body may shrink to, or 0 for the layout stage's
   * own floor. Never below {@link SlidePlan#SMALLEST_BODY_SIZE}.
   */
  static double bodyFloor(String value, Function<String, SourcePos> attributePos,
      Diagnostics diagnostics) {
    return bodyPoints("floor", value, attributePos, diagnostics,
        "the body never shrinks below this size; what does not fit continues on the next slide");
  }

  /** A type size attribute of {@code <body>} in points, or 0 when absent or not such a size. */
  private static double bodyPoints(String attribute, String value,
      Function<String, SourcePos> attributePos, Diagnostics diagnostics, String hint) {
    if (value == null) {
      return 0;
    }
    double size;
    try {
      size = Double.parseDouble(value.strip());
    } catch (NumberFormatException e) {
      size = -1;
    }
    if (size >= SlidePlan.SMALLEST_BODY_SIZE && size <= 96) {
      return size;
    }
    diagnostics.error(attributePos.apply(attribute), attribute + " '" + value + "' on <body> is"
        + " not a number of points from " + (int) SlidePlan.SMALLEST_BODY_SIZE + " to 96", hint);
    return 0;
  }

  /**
   * {@code at="FILE:LINE:COL"} (or {@code FILE:LINE}): the notes-file position a slide or block
   * shows, for messages; {@code null} when absent or not in that form, and messages then name
   * the plan line. The file may itself hold colons, so the numbers are read from the right.
   */
  static SourcePos notesPos(String value) {
    if (value == null) {
      return null;
    }
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(.+?):(\\d+)(?::(\\d+))?")
        .matcher(value.strip());
    if (!m.matches()) {
      return null;
    }
    try {
      int line = Integer.parseInt(m.group(2));
      int column = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
      return line >= 1 && column >= 1 ? new SourcePos(m.group(1), line, column) : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static int accent(String value, Function<String, SourcePos> attributePos,
      Diagnostics diagnostics) {
    if (value == null) {
      return 0;
    }
    try {
      int accent = Integer.parseInt(value.strip());
      if (accent >= 1 && accent <= ACCENTS) {
        return accent;
      }
    } catch (NumberFormatException e) {
      // reported below, with the range
    }
    diagnostics.error(attributePos.apply("accent"), "accent '" + value + "' on <slide> is not"
        + " a number from 1 to " + ACCENTS, "a theme has six accent colours; for a category,"
        + " ${((category.number - 1) % 6) + 1} cycles through them");
    return 0;
  }

  private static void unknownRole(String name, SourcePos pos, Diagnostics diagnostics) {
    String hint = Suggestions.closest(name, SlideRole.planNames())
        .map(s -> "did you mean '" + s + "'? ").orElse("")
        + "roles: " + String.join(", ", SlideRole.planNames());
    diagnostics.error(pos, "unknown slide role '" + name + "'", hint);
  }
}
