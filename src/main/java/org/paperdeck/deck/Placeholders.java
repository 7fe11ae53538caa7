package org.paperdeck.deck;

import java.awt.geom.Rectangle2D;
import org.apache.poi.sl.usermodel.Insets2D;
import org.apache.poi.sl.usermodel.Placeholder;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSheet;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.openxmlformats.schemas.presentationml.x2006.main.CTShape;

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
    for (XSLFTextShape shape : all(slide)) {
      Placeholder type = kind(shape);
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

  /**
   * Gives one slide's placeholder a new box. POI's setAnchor writes into the box the shape
   * inherits when it has none of its own, which is the layout's or master's: every later slide
   * on that layout would move too. So the shape gets its own box first.
   */
  static void move(XSLFTextShape shape, Rectangle2D box) {
    if (shape.getXmlObject() instanceof CTShape sp && !sp.getSpPr().isSetXfrm()) {
      sp.getSpPr().addNewXfrm();
    }
    shape.setAnchor(box);
  }

  /** Every placeholder of the sheet, bare {@code <p:ph/>} ones too (POI's list leaves them out). */
  static List<XSLFTextShape> all(XSLFSheet sheet) {
    List<XSLFTextShape> all = new ArrayList<>();
    for (XSLFShape shape : sheet.getShapes()) {
      if (shape instanceof XSLFTextShape text && kind(text) != null) {
        all.add(text);
      }
    }
    return all;
  }

  /**
   * The placeholder's kind. A bare {@code <p:ph/>} (LibreOffice writes its content boxes so)
   * means "obj" by the schema's default, but POI reports no kind without a type or an index.
   */
  static Placeholder kind(XSLFTextShape shape) {
    Placeholder type = shape.getPlaceholder();
    if (type == null && shape.getXmlObject() instanceof CTShape sp
        && sp.getNvSpPr().getNvPr().isSetPh()) {
      return Placeholder.CONTENT;
    }
    return type;
  }

  /** The area text may use inside a placeholder: its box minus its insets, in its fonts. */
  static TextFitter.Area area(XSLFTextShape shape) {
    Insets2D insets = shape.getInsets();
    var box = shape.getAnchor();
    return new TextFitter.Area(box.getWidth() - insets.left - insets.right,
        box.getHeight() - insets.top - insets.bottom, MeasureFonts.of(shape));
  }
}
