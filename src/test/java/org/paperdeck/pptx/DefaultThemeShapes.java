package org.paperdeck.pptx;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.sl.usermodel.ShapeType;
import org.apache.poi.sl.usermodel.VerticalAlignment;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFAutoShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSheet;
import org.apache.poi.xslf.usermodel.XSLFSimpleShape;
import org.apache.poi.xslf.usermodel.XSLFSlideLayout;
import org.apache.poi.xslf.usermodel.XSLFSlideMaster;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.openxmlformats.schemas.drawingml.x2006.main.CTColorScheme;
import org.openxmlformats.schemas.drawingml.x2006.main.CTColor;
import org.openxmlformats.schemas.drawingml.x2006.main.CTFontScheme;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextCharacterProperties;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextParagraphProperties;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextBody;
import org.openxmlformats.schemas.drawingml.x2006.main.STSchemeColorVal;
import org.openxmlformats.schemas.drawingml.x2006.main.STTextAlignType;
import javax.xml.namespace.QName;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.presentationml.x2006.main.CTGroupShape;
import org.openxmlformats.schemas.presentationml.x2006.main.CTShape;
import org.openxmlformats.schemas.presentationml.x2006.main.CTSlideMaster;

/** Shapes and placeholder styles for {@link DefaultThemeBuilder}, through POI and its XML. */
final class DefaultThemeShapes {
  private DefaultThemeShapes() {}

  /** Sets a placeholder's own first-level style, which beats the master's. */
  static void level1(XSLFTextShape text, int size, boolean bold, Color colour) {
    CTTextParagraphProperties lvl1 = lvl1(text, STTextAlignType.L);
    CTTextCharacterProperties rpr = lvl1.isSetDefRPr() ? lvl1.getDefRPr() : lvl1.addNewDefRPr();
    rpr.setSz(size * 100);
    rpr.setB(bold);
    // POI's template spells its section title in capitals and tints the subtitle; neither fits.
    if (rpr.isSetCap()) {
      rpr.unsetCap();
    }
    colour(rpr, colour);
  }

  /** Footer and slide number: small, muted, on the baseline grid's last row. */
  static void small(XSLFTextShape text, STTextAlignType.Enum align) {
    text.setVerticalAlignment(VerticalAlignment.MIDDLE);
    CTTextParagraphProperties lvl1 = lvl1(text, align);
    CTTextCharacterProperties rpr = lvl1.isSetDefRPr() ? lvl1.getDefRPr() : lvl1.addNewDefRPr();
    rpr.setSz(DefaultThemeBuilder.FOOTER * 100);
    colour(rpr, DefaultThemeBuilder.MUTED);
  }

  static void colour(CTTextCharacterProperties rpr, Color colour) {
    if (rpr.isSetSolidFill()) {
      rpr.unsetSolidFill();
    }
    rpr.addNewSolidFill().addNewSrgbClr().setVal(
        new byte[] {(byte) colour.getRed(), (byte) colour.getGreen(), (byte) colour.getBlue()});
  }

  static CTTextParagraphProperties lvl1(XSLFTextShape text, STTextAlignType.Enum align) {
    CTTextBody body = ((CTShape) text.getXmlObject()).getTxBody();
    var list = body.isSetLstStyle() ? body.getLstStyle() : body.addNewLstStyle();
    CTTextParagraphProperties lvl1 = list.isSetLvl1PPr() ? list.getLvl1PPr() : list.addNewLvl1PPr();
    if (align != null) {
      lvl1.setAlgn(align);
    }
    lvl1.setIndent(0);
    lvl1.setMarL(0);
    if (!lvl1.isSetBuNone()) {
      lvl1.addNewBuNone();
    }
    return lvl1;
  }

  /** A rectangle in the theme's first accent; the deck writer recolours it per slide. */
  static void accent(XSLFSheet sheet, String name, Rectangle2D box) {
    var properties = ((CTShape) rectangle(sheet, name, box).getXmlObject()).getSpPr();
    properties.addNewSolidFill().addNewSchemeClr().setVal(STSchemeColorVal.ACCENT_1);
  }

  static XSLFAutoShape rectangle(XSLFSheet sheet, String name, Rectangle2D box) {
    XSLFAutoShape shape = sheet.createAutoShape();
    ((CTShape) shape.getXmlObject()).getNvSpPr().getCNvPr().setName(name);
    shape.setShapeType(ShapeType.RECT);
    shape.setAnchor(box);
    shape.setLineColor(null);
    return shape;
  }

  /** Moves the layout's own shapes behind its placeholders (POI appends new shapes on top). */
  static void toBack(XSLFSlideLayout layout) {
    toBack(layout.getXmlObject().getCSld().getSpTree());
  }

  /** Moves the master's own shapes behind its placeholders. */
  static void toBack(XSLFSlideMaster master) {
    toBack(master.getXmlObject().getCSld().getSpTree());
  }

  private static void toBack(CTGroupShape tree) {
    List<CTShape> decor = new ArrayList<>();
    for (CTShape sp : tree.getSpArray()) {
      if (!sp.getNvSpPr().getNvPr().isSetPh()) {
        decor.add((CTShape) sp.copy());
      }
    }
    for (int i = tree.sizeOfSpArray() - 1; i >= 0; i--) {
      if (!tree.getSpArray(i).getNvSpPr().getNvPr().isSetPh()) {
        tree.removeSp(i);
      }
    }
    for (int i = decor.size() - 1; i >= 0; i--) {
      tree.insertNewSp(0).set(decor.get(i));
    }
  }

}
