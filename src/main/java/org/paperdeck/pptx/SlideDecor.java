package org.paperdeck.pptx;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSheet;
import org.apache.poi.xslf.usermodel.XSLFSimpleShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFSlideLayout;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.openxmlformats.schemas.drawingml.x2006.main.CTShapeProperties;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextBody;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextCharacterProperties;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextField;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextParagraph;
import org.openxmlformats.schemas.drawingml.x2006.main.STSchemeColorVal;
import org.openxmlformats.schemas.presentationml.x2006.main.CTGroupShape;
import org.openxmlformats.schemas.presentationml.x2006.main.CTShape;

/**
 * The parts of a slide that come from the deck's design rather than its text: the footer, the
 * live slide number, the accent colour of the layout's accent shapes, and the layout's bare
 * content placeholders.
 *
 * <p>PowerPoint shows a layout's footer and slide-number placeholders only where the slide has
 * its own copy (POI's {@code createSlide} copies neither), so they are copied here; the number
 * stays a {@code slidenum} field, which PowerPoint and LibreOffice renumber when slides move.
 * A layout whose artwork prints the number itself gets no copy of its number placeholder.
 * Accent shapes are the layout's (or its master's) shapes whose name starts with "Accent": a
 * slide asking for accent N gets a copy of each, filled with the theme's accent N, drawn behind
 * everything else. All of this edits the slide's XML, so it must run before POI first reads the
 * slide's shapes (it builds its shape list from the XML then).
 */
final class SlideDecor {
  static final String ACCENT_PREFIX = "accent";

  private SlideDecor() {}

  /**
   * @param number the slide's number, shown until a viewer recomputes the field
   * @param footer the footer text, or {@code null}/blank for none
   * @param numbered whether the slide shows a footer and number at all
   * @param footerSize the footer's type size, or 0 for the theme's
   */
  static void apply(XSLFSlide slide, XSLFSlideLayout layout, int accent, String footer,
      boolean numbered, int number, int footerSize) {
    apply(slide, FromLayout.of(layout), accent, footer, numbered, number, footerSize);
  }

  /**
   * What a slide's decor takes from its layout and master, found once per layout: finding it
   * walks their shapes and asks POI each one's placeholder type, and a thousand slides on one
   * layout found the same every time, a tenth of making them. The layouts and masters are not
   * changed while a deck is written.
   *
   * @param untyped the layout's content placeholders with no type, which POI does not copy
   * @param accents the accent shapes the slide shows, front to back
   * @param numberBox the layout's number placeholder, or {@code null} if it has none or its
   *     artwork prints the number itself
   * @param numberLook the master's look for the number, for a copy whose layout sets none
   * @param footerBox the layout's footer placeholder, or {@code null}
   * @param footerLook the master's look for the footer, likewise
   */
  record FromLayout(List<XSLFTextShape> untyped, List<XSLFSimpleShape> accents,
      XSLFTextShape numberBox, CTTextCharacterProperties numberLook, XSLFTextShape footerBox,
      CTTextCharacterProperties footerLook) {
    static FromLayout of(XSLFSlideLayout layout) {
      List<XSLFTextShape> untyped = new ArrayList<>();
      for (XSLFTextShape shape : Placeholders.all(layout)) {
        if (shape.getPlaceholder() == null) {
          untyped.add(shape);
        }
      }
      XSLFTextShape numberBox = placeholder(layout, Placeholder.SLIDE_NUMBER);
      if (numberBox != null && numbersItsSlides(layout)) {
        numberBox = null;
      }
      XSLFTextShape footerBox = placeholder(layout, Placeholder.FOOTER);
      return new FromLayout(List.copyOf(untyped), List.copyOf(accentShapes(layout)), numberBox,
          masterLook(layout, Placeholder.SLIDE_NUMBER), footerBox,
          masterLook(layout, Placeholder.FOOTER));
    }
  }

  static void apply(XSLFSlide slide, FromLayout layout, int accent, String footer,
      boolean numbered, int number, int footerSize) {
    CTGroupShape tree = slide.getXmlObject().getCSld().getSpTree();
    long[] nextId = {maxId(tree) + 1};
    // POI's createSlide copies only placeholders with a type; LibreOffice writes its content
    // boxes as a bare <p:ph/> (type "obj" by default), which would leave the slide without one.
    for (XSLFTextShape shape : layout.untyped()) {
      copyInto(tree, shape, -1, nextId);
    }
    // The copies carry the layout's prompt text ("Click to edit Master text styles"), which
    // would show wherever the plan leaves a placeholder unused; they start empty instead.
    for (CTShape shape : tree.getSpArray()) {
      if (shape.getNvSpPr().getNvPr().isSetPh() && shape.isSetTxBody()) {
        keepPromptLook(shape.getTxBody());
        firstEmptied(shape.getTxBody());
      }
    }
    if (accent > 0) {
      List<XSLFSimpleShape> shapes = layout.accents();
      // Inserted front to back so the first found ends up first, and all behind the text.
      for (int i = shapes.size() - 1; i >= 0; i--) {
        CTShape copy = copyInto(tree, shapes.get(i), 0, nextId);
        fill(copy.getSpPr(), accent);
      }
    }
    if (!numbered) {
      return;
    }
    if (layout.numberBox() != null) {
      CTShape copy = copyInto(tree, layout.numberBox(), -1, nextId);
      withLook(copy, layout.numberLook());
      slideNumber(copy.getTxBody(), number);
    }
    if (layout.footerBox() != null && footer != null && !footer.isBlank()) {
      CTShape copy = copyInto(tree, layout.footerBox(), -1, nextId);
      withLook(copy, layout.footerLook());
      text(copy, footer.strip(), footerSize);
    }
  }

  /**
   * Whether the layout, or its master where the layout shows the master's shapes, draws the
   * slide's number itself: a text box of its artwork, not a placeholder, holding a number field.
   * PowerPoint and LibreOffice show it on every slide, so a copy of the number placeholder
   * would print the number twice.
   */
  static boolean numbersItsSlides(XSLFSlideLayout layout) {
    List<XSLFShape> shown = new ArrayList<>(layout.getShapes());
    if (layout.getFollowMasterGraphics()) {
      shown.addAll(layout.getSlideMaster().getShapes());
    }
    return shown.stream().anyMatch(shape -> shape instanceof XSLFTextShape text
        && Placeholders.kind(text) == null && holdsField(text, "slidenum"));
  }

  /** Whether {@code text} holds a field whose type starts with {@code type} ("" for any). */
  static boolean holdsField(XSLFTextShape text, String type) {
    for (XSLFTextParagraph paragraph : text.getTextParagraphs()) {
      for (var field : paragraph.getXmlObject().getFldList()) {
        if (field.getType() != null && field.getType().startsWith(type)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The accent shapes the slide shows: its layout's, and its master's when it shows those. */
  static List<XSLFSimpleShape> accentShapes(XSLFSlideLayout layout) {
    List<XSLFSimpleShape> found = new ArrayList<>();
    if (layout.getFollowMasterGraphics()) {
      addAccents(layout.getSlideMaster(), found);
    }
    addAccents(layout, found);
    return found;
  }

  private static void addAccents(XSLFSheet sheet, List<XSLFSimpleShape> into) {
    for (XSLFShape shape : sheet.getShapes()) {
      if (shape instanceof XSLFSimpleShape simple && !(shape instanceof XSLFTextShape text
          && text.getPlaceholder() != null) && shape.getShapeName() != null
          && shape.getShapeName().toLowerCase(Locale.ROOT).startsWith(ACCENT_PREFIX)
          && simple.getXmlObject() instanceof CTShape) {
        into.add(simple);
      }
    }
  }

  private static XSLFTextShape placeholder(XSLFSlideLayout layout, Placeholder type) {
    for (XSLFTextShape shape : layout.getPlaceholders()) {
      if (shape.getPlaceholder() == type) {
        return shape;
      }
    }
    return null;
  }

  /** Copies a layout shape onto the slide at {@code index} among its shapes (-1: at the end). */
  private static CTShape copyInto(CTGroupShape tree, XSLFSimpleShape shape, int index,
      long[] nextId) {
    CTShape copy = index < 0 ? tree.addNewSp() : tree.insertNewSp(index);
    copy.set(shape.getXmlObject().copy());
    copy.getNvSpPr().getCNvPr().setId(nextId[0]++);
    return copy;
  }

  private static void fill(CTShapeProperties properties, int accent) {
    if (properties.isSetNoFill()) {
      properties.unsetNoFill();
    }
    if (properties.isSetGradFill()) {
      properties.unsetGradFill();
    }
    if (properties.isSetPattFill()) {
      properties.unsetPattFill();
    }
    if (properties.isSetSolidFill()) {
      properties.unsetSolidFill();
    }
    // A scheme colour, not RGB: choosing another palette in PowerPoint recolours the slide.
    properties.addNewSolidFill().addNewSchemeClr()
        .setVal(STSchemeColorVal.Enum.forString(ACCENT_PREFIX + accent));
  }

  private static void slideNumber(CTTextBody body, int number) {
    for (CTTextParagraph paragraph : body.getPArray()) {
      for (CTTextField field : paragraph.getFldArray()) {
        if ("slidenum".equals(field.getType())) {
          field.setT(Integer.toString(number));
          return;
        }
      }
    }
    // The layout's box holds no field (some themes leave it empty): write one.
    CTTextParagraph paragraph = firstEmptied(body);
    CTTextField field = paragraph.addNewFld();
    field.setId("{" + UUID.randomUUID().toString().toUpperCase(Locale.ROOT) + "}");
    field.setType("slidenum");
    field.setT(Integer.toString(number));
  }

  /** Writes the footer, at {@code size} points when that is not 0 (the layout stage fits it). */
  private static void text(CTShape shape, String text, int size) {
    var run = firstEmptied(shape.getTxBody()).addNewR();
    run.setT(text);
    if (size > 0) {
      run.addNewRPr().setSz(size * 100);
    }
  }

  /**
   * Makes the look of the prompt text the placeholder's default. LibreOffice's exports set a
   * placeholder's colour, font and size on its sample paragraph rather than in its list style,
   * so text written in place of the prompt would lose them (black titles on a black band).
   */
  private static void keepPromptLook(CTTextBody body) {
    if (body.sizeOfPArray() == 0) {
      return;
    }
    CTTextParagraph prompt = body.getPArray(0);
    var look = prompt.sizeOfRArray() > 0 && prompt.getRArray(0).isSetRPr()
        ? prompt.getRArray(0).getRPr() : prompt.isSetEndParaRPr() ? prompt.getEndParaRPr() : null;
    var list = body.isSetLstStyle() ? body.getLstStyle() : body.addNewLstStyle();
    var level = list.isSetLvl1PPr() ? list.getLvl1PPr() : list.addNewLvl1PPr();
    if (look != null && !level.isSetDefRPr()) {
      level.setDefRPr(look);
    }
    if (prompt.isSetPPr() && prompt.getPPr().isSetAlgn() && !level.isSetAlgn()) {
      level.setAlgn(prompt.getPPr().getAlgn());
    }
  }

  /**
   * The master's look for a footer or number, to be written into the slide's copy when neither
   * the copy nor its layout sets one ({@link #withLook}). PowerPoint finds a layout's footer on
   * the master by its type; LibreOffice does not always, and would show the text in its own
   * default colour (grey on a theme's dark footer band).
   */
  private static CTTextCharacterProperties masterLook(XSLFSlideLayout layout, Placeholder type) {
    for (XSLFShape shape : layout.getSlideMaster().getShapes()) {
      if (shape instanceof XSLFTextShape master && master.getPlaceholder() == type
          && master.getXmlObject() instanceof CTShape sp && sp.isSetTxBody()
          && sp.getTxBody().isSetLstStyle() && sp.getTxBody().getLstStyle().isSetLvl1PPr()
          && sp.getTxBody().getLstStyle().getLvl1PPr().isSetDefRPr()) {
        return sp.getTxBody().getLstStyle().getLvl1PPr().getDefRPr();
      }
    }
    return null;
  }

  /** Gives the copy the master's {@code look} when the copy sets none of its own. */
  private static void withLook(CTShape copy, CTTextCharacterProperties look) {
    if (!copy.isSetTxBody()) {
      return;
    }
    var list = copy.getTxBody().isSetLstStyle() ? copy.getTxBody().getLstStyle()
        : copy.getTxBody().addNewLstStyle();
    if (look == null || list.isSetLvl1PPr() && list.getLvl1PPr().isSetDefRPr()) {
      return;
    }
    var level = list.isSetLvl1PPr() ? list.getLvl1PPr() : list.addNewLvl1PPr();
    level.setDefRPr(look);
  }

  /** The body's first paragraph (keeping its alignment) with its text removed, alone. */
  private static CTTextParagraph firstEmptied(CTTextBody body) {
    while (body.sizeOfPArray() > 1) {
      body.removeP(body.sizeOfPArray() - 1);
    }
    CTTextParagraph paragraph = body.sizeOfPArray() == 1 ? body.getPArray(0) : body.addNewP();
    paragraph.setRArray(null);
    paragraph.setFldArray(null);
    paragraph.setBrArray(null);
    return paragraph;
  }

  /** The highest shape id on the slide so far; a new shape needs one no other shape has. */
  private static long maxId(CTGroupShape tree) {
    long max = tree.getNvGrpSpPr().getCNvPr().getId();
    for (CTShape shape : tree.getSpArray()) {
      max = Math.max(max, shape.getNvSpPr().getCNvPr().getId());
    }
    for (var picture : tree.getPicArray()) {
      max = Math.max(max, picture.getNvPicPr().getCNvPr().getId());
    }
    return max;
  }
}
