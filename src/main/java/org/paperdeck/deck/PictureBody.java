package org.paperdeck.deck;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.apache.poi.sl.usermodel.Insets2D;
import org.apache.poi.sl.usermodel.PaintStyle;
import org.apache.poi.sl.usermodel.PictureData.PictureType;
import org.apache.poi.sl.usermodel.TextParagraph.TextAlign;
import org.apache.poi.sl.usermodel.VerticalAlignment;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.openxmlformats.schemas.drawingml.x2006.main.CTRegularTextRun;
import org.paperdeck.math.MathPicture;

/**
 * Lays out a body that holds pictures (display math, figures) in reading order. A text box
 * cannot hold a picture, so the body's box is cut into a stack: text, picture, text … The text
 * between pictures goes into text boxes (the first into the placeholder itself) with the
 * placeholder's width and side insets; one type size for the whole stack is chosen by
 * measurement, as for plain bodies, so that nothing overlaps and nothing leaves the box. Figures
 * then share the height left over, never beyond their own pixels at 96 dpi.
 */
final class PictureBody {
  /** A figure gets at least this share of the body's height (or its own height if smaller). */
  private static final double FIGURE_MIN_SHARE = 0.3;

  private final XSLFTextShape placeholder;
  private final Rectangle2D inner;
  private final Insets2D insets;
  private final Style style;
  private final StackItems items;
  private final Pictures pictures;

  private PictureBody(Pictures pictures, XSLFTextShape placeholder) {
    this.pictures = pictures;
    this.placeholder = placeholder;
    this.style = Style.of(placeholder);
    Rectangle2D box = placeholder.getAnchor();
    this.insets = placeholder.getInsets();
    this.inner = new Rectangle2D.Double(box.getX() + insets.left, box.getY() + insets.top,
        box.getWidth() - insets.left - insets.right,
        box.getHeight() - insets.top - insets.bottom);
    this.items = new StackItems(inner.getWidth(), style.ink());
  }

  /** Whether the body has a picture in it, and so needs this layout. */
  static boolean applies(List<Flow.Unit> units) {
    return units.stream().anyMatch(u -> u.block() instanceof PlanBlock.DisplayMath
        || u.block() instanceof PlanBlock.Figure);
  }

  /**
   * What writing left over.
   *
   * @param rest the trailing units that do not fit even at the floor, for the speaker notes
   * @param problems pictures that could not be read (their captions stay as text)
   */
  record Result(List<Flow.Unit> rest, List<String> problems) {}

  /**
   * Writes {@code units} into the placeholder's box at the largest size from {@code start} down
   * to {@code floor} at which they fit.
   */
  static Result write(Pictures pictures, XSLFTextShape placeholder, List<Flow.Unit> units,
      double start, double floor) {
    PictureBody body = new PictureBody(pictures, placeholder);
    List<Flow.Unit> rest = body.layOut(units, start, floor);
    return new Result(rest, body.items.problems());
  }

  private List<Flow.Unit> layOut(List<Flow.Unit> units, double start, double floor) {
    double minFigure = FIGURE_MIN_SHARE * inner.getHeight();
    for (int kept = units.size(); kept > 0; kept--) {
      List<StackItems.Item> stack = items.stack(units.subList(0, kept));
      for (double size = Math.floor(start); size >= floor; size -= 1) {
        double height = items.height(stack, size, minFigure);
        if (height <= inner.getHeight()) {
          place(stack, size, inner.getHeight() - height);
          return List.copyOf(units.subList(kept, units.size()));
        }
      }
    }
    placeholder.clearText();
    return List.copyOf(units);
  }

  /** Writes the stack top-down; {@code spare} height goes to figures that can grow. */
  private void place(List<StackItems.Item> stack, double size, double spare) {
    // A body placeholder is always a slide's: notes pages hold no pictures.
    XSLFSlide slide = (XSLFSlide) placeholder.getSheet();
    double minFigure = FIGURE_MIN_SHARE * inner.getHeight();
    double y = inner.getY();
    boolean placeholderUsed = false;
    for (int i = 0; i < stack.size(); i++) {
      StackItems.Item item = stack.get(i);
      y += i == 0 ? 0 : StackItems.gap(size);
      if (item instanceof StackItems.Text text) {
        double h = items.textHeight(text.paras(), size);
        XSLFTextShape shape = placeholderUsed ? slide.createTextBox() : placeholder;
        placeholderUsed = true;
        box(shape, new Rectangle2D.Double(inner.getX() - insets.left, y,
            inner.getWidth() + insets.left + insets.right, h));
        TextWriter.write(shape, text.paras(), size, true);
        style.apply(shape);
        y += h;
      } else if (item instanceof StackItems.Formula formula) {
        MathPicture pic = items.picture(formula.math(), size);
        double scale = Math.min(1, inner.getWidth() / (pic.width() * size));
        double w = pic.width() * size * scale;
        double h = pic.height() * size * scale;
        pictures.add(slide, pic.png(), PictureType.PNG,
            new Rectangle2D.Double(inner.getCenterX() - w / 2, y, w, h), "Formula", pic.latex());
        y += h;
      } else if (item instanceof StackItems.Figure figure) {
        double least = figure.height(minFigure);
        double grow = Math.max(0, Math.min(spare, figure.maxHeight() - least));
        spare -= grow;
        double h = least + grow;
        double w = h * figure.aspect();
        pictures.add(slide, figure.bytes(), figure.type(),
            new Rectangle2D.Double(inner.getCenterX() - w / 2, y, w, h), "Picture",
            figure.block().alt());
        y += h;
        if (!figure.caption().isEmpty()) {
          double ch = items.textHeight(figure.caption(), size);
          XSLFTextBox caption = slide.createTextBox();
          box(caption, new Rectangle2D.Double(inner.getX() - insets.left, y,
              inner.getWidth() + insets.left + insets.right, ch));
          TextWriter.write(caption, figure.caption(), size, true);
          caption.getTextParagraphs().forEach(p -> p.setTextAlign(TextAlign.CENTER));
          style.apply(caption);
          y += ch;
        }
      }
    }
    if (!placeholderUsed) {
      placeholder.clearText(); // left empty, so the slide writer removes it
    }
  }

  /** A text box of the stack: the placeholder's side insets, none above or below. */
  private void box(XSLFTextShape shape, Rectangle2D anchor) {
    shape.setAnchor(anchor);
    shape.setLeftInset(insets.left);
    shape.setRightInset(insets.right);
    shape.setTopInset(0);
    shape.setBottomInset(0);
    shape.setVerticalAlignment(VerticalAlignment.TOP);
  }

  /**
   * The face and colour the placeholder gives its text. Text boxes take the master's "other"
   * style instead, which may differ, so their runs are given the placeholder's explicitly.
   */
  private record Style(String family, PaintStyle color, Color ink) {
    static Style of(XSLFTextShape shape) {
      shape.clearText();
      XSLFTextRun probe = shape.addNewTextParagraph().addNewTextRun();
      probe.setText("x");
      String family = probe.getFontFamily();
      PaintStyle color = probe.getFontColor();
      shape.clearText();
      Color ink = color instanceof PaintStyle.SolidPaint solid
          ? solid.getSolidColor().getColor() : Color.BLACK;
      return new Style(family, color, ink == null ? Color.BLACK : ink);
    }

    void apply(XSLFTextShape shape) {
      for (XSLFTextParagraph p : shape.getTextParagraphs()) {
        for (XSLFTextRun run : p.getTextRuns()) {
          if (family != null && !TextMeasure.MONO_FAMILY.equals(run.getFontFamily())) {
            run.setFontFamily(family);
          }
          if (color != null && run.getXmlObject() instanceof CTRegularTextRun r
              && r.getRPr() != null && !r.getRPr().isSetSolidFill()) {
            run.setFontColor(color);
          }
        }
      }
    }
  }
}
