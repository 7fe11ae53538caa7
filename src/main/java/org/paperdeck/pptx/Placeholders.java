package org.paperdeck.pptx;

import java.awt.geom.Rectangle2D;
import org.apache.poi.sl.usermodel.Placeholder;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSheet;
import org.apache.poi.xslf.usermodel.XSLFSlideLayout;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.openxmlformats.schemas.presentationml.x2006.main.CTShape;
import org.paperdeck.layout.Box;

/**
 * The placeholders of a slide or layout as POI shows them: every one, bare {@code <p:ph/>} ones
 * too, their kinds, and what text set in them looks like by default.
 */
final class Placeholders {
  private Placeholders() {}

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

  /** The kinds of placeholder a layout has. */
  static Set<Placeholder> kinds(XSLFSlideLayout layout) {
    return List.of(layout.getPlaceholders()).stream().map(Placeholders::kind)
        .filter(p -> p != null).collect(Collectors.toCollection(() -> EnumSet.noneOf(Placeholder.class)));
  }

  /** The font family a placeholder sets text in by default, or {@code null} when none is named. */
  static String family(XSLFTextShape shape) {
    // POI resolves a run's font through the placeholder chain and the theme's +mj/+mn fonts,
    // so ask it about a probe run, then take the probe away again.
    XSLFTextParagraph probe = shape.addNewTextParagraph();
    XSLFTextRun run = probe.addNewTextRun();
    run.setText("x");
    String family = run.getFontFamily();
    shape.removeTextParagraph(probe);
    return family;
  }

  /** A box of the layout stage as java.awt's, which POI takes. */
  static Rectangle2D rectangle(Box box) {
    return new Rectangle2D.Double(box.x(), box.y(), box.width(), box.height());
  }
}
