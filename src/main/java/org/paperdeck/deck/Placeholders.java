package org.paperdeck.deck;

import org.apache.poi.sl.usermodel.Insets2D;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;

/**
 * The text placeholders of a new slide, by role. {@code body} is the first content or body
 * placeholder (on "Section Header" that is its text placeholder); {@code second} is the next
 * one, as on "Two Content". Any of them may be {@code null}.
 */
record Placeholders(
    XSLFTextShape title, XSLFTextShape subtitle, XSLFTextShape body, XSLFTextShape second) {

  static Placeholders of(XSLFSlide slide) {
    XSLFTextShape title = null;
    XSLFTextShape subtitle = null;
    XSLFTextShape body = null;
    XSLFTextShape second = null;
    for (XSLFTextShape shape : slide.getPlaceholders()) {
      Placeholder type = shape.getPlaceholder();
      if ((type == Placeholder.TITLE || type == Placeholder.CENTERED_TITLE) && title == null) {
        title = shape;
      } else if (type == Placeholder.SUBTITLE && subtitle == null) {
        subtitle = shape;
      } else if (type == Placeholder.BODY || type == Placeholder.CONTENT) {
        if (body == null) {
          body = shape;
        } else if (second == null) {
          second = shape;
        }
      }
    }
    return new Placeholders(title, subtitle, body, second);
  }

  /** The area text may use inside a placeholder: its box minus its insets, in its fonts. */
  static TextFitter.Area area(XSLFTextShape shape) {
    Insets2D insets = shape.getInsets();
    var box = shape.getAnchor();
    return new TextFitter.Area(box.getWidth() - insets.left - insets.right,
        box.getHeight() - insets.top - insets.bottom, MeasureFonts.of(shape));
  }
}
