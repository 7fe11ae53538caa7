package org.paperdeck.deck;

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
import org.openxmlformats.schemas.drawingml.x2006.main.STTextAlignType;
import javax.xml.namespace.QName;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.presentationml.x2006.main.CTShape;
import org.openxmlformats.schemas.presentationml.x2006.main.CTSlideMaster;

/**
 * Writes the built-in {@code templates/default/theme.pptx}. Run it by hand after changing the
 * look, render a sample through LibreOffice, look at it, and commit the binary:
 *
 * <pre>mvn -q test-compile &&
 * java -cp target/test-classes:target/classes:$(cat cp.txt) org.paperdeck.deck.DefaultThemeBuilder</pre>
 *
 * <p>It starts from POI's built-in template (the standard Office layouts at 4:3), widens every
 * placeholder to 16:9, keeps only the six layouts the default deck template uses, and sets a
 * calm palette with "Liberation Sans" as both theme fonts — the font LibreOffice ships and the
 * deck writer measures with.
 */
public final class DefaultThemeBuilder {
  static final Set<String> KEEP = Set.of(
      "Title Slide", "Title and Content", "Section Header", "Two Content", "Title Only", "Blank");
  static final Color INK = new Color(0x1F2937);
  static final Color MUTED = new Color(0x4B5563);
  static final Color ACCENT = new Color(0x2563EB);

  private static final String PML = "http://schemas.openxmlformats.org/presentationml/2006/main";
  private static final String REL =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

  private DefaultThemeBuilder() {}

  public static void main(String[] args) throws Exception {
    Path out = Path.of(args.length > 0 ? args[0] : "templates/default/theme.pptx");
    Files.createDirectories(out.getParent());
    try (XMLSlideShow show = build(); OutputStream os = Files.newOutputStream(out)) {
      show.write(os);
    }
    System.out.println("wrote " + out);
  }

  static XMLSlideShow build() throws Exception {
    XMLSlideShow show = new XMLSlideShow();
    Dimension old = show.getPageSize();
    show.setPageSize(new Dimension(960, 540)); // 13.333 in × 7.5 in = 12192000 × 6858000 EMU
    double sx = 960.0 / old.width;
    XSLFSlideMaster master = show.getSlideMasters().get(0);
    styleTheme(master);
    dropLayoutsExcept(master);
    widen(master, sx);
    for (XSLFSlideLayout layout : master.getSlideLayouts()) {
      widen(layout, sx);
    }
    styleMaster(master);
    styleTitleSlide(master.getLayout("Title Slide"));
    styleSectionHeader(master.getLayout("Section Header"));
    master.getLayout("Blank").getXmlObject().setShowMasterSp(false);
    return show;
  }

  private static void styleTheme(XSLFSlideMaster master) {
    var elements = master.getTheme().getXmlObject().getThemeElements();
    master.getTheme().setName("paperdeck");
    CTFontScheme fonts = elements.getFontScheme();
    fonts.setName("paperdeck");
    fonts.getMajorFont().getLatin().setTypeface("Liberation Sans");
    fonts.getMinorFont().getLatin().setTypeface("Liberation Sans");
    CTColorScheme colours = elements.getClrScheme();
    colours.setName("paperdeck");
    rgb(colours.getDk1(), 0x1F2937);
    rgb(colours.getLt1(), 0xFFFFFF);
    rgb(colours.getDk2(), 0x111827);
    rgb(colours.getLt2(), 0xF3F4F6);
    rgb(colours.getAccent1(), 0x2563EB);
    rgb(colours.getAccent2(), 0x0F766E);
    rgb(colours.getAccent3(), 0x9333EA);
    rgb(colours.getAccent4(), 0xD97706);
    rgb(colours.getAccent5(), 0x64748B);
    rgb(colours.getAccent6(), 0xDC2626);
    rgb(colours.getHlink(), 0x2563EB);
    rgb(colours.getFolHlink(), 0x7C3AED);
  }

  private static void rgb(CTColor colour, int value) {
    if (colour.isSetSysClr()) {
      colour.unsetSysClr();
    }
    if (colour.isSetSchemeClr()) {
      colour.unsetSchemeClr();
    }
    var srgb = colour.isSetSrgbClr() ? colour.getSrgbClr() : colour.addNewSrgbClr();
    srgb.setVal(new byte[] {(byte) (value >> 16), (byte) (value >> 8), (byte) value});
  }

  /**
   * POI has no public way to delete a layout; its relation must go from the master's part list
   * and the id from the master's layout list, or PowerPoint reports a broken file.
   */
  private static void dropLayoutsExcept(XSLFSlideMaster master) throws Exception {
    Method removeRelation =
        POIXMLDocumentPart.class.getDeclaredMethod("removeRelation", POIXMLDocumentPart.class);
    removeRelation.setAccessible(true);
    CTSlideMaster xml = master.getXmlObject();
    for (XSLFSlideLayout layout : master.getSlideLayouts()) {
      if (KEEP.contains(layout.getName())) {
        continue;
      }
      String id = master.getRelationId(layout);
      // poi-ooxml-lite lacks the typed CTSlideLayoutIdList (and XPath predicates would need
      // Saxon), so walk the XML with a cursor.
      try (XmlCursor cursor = xml.newCursor()) {
        if (cursor.toChild(PML, "sldLayoutIdLst") && cursor.toFirstChild()) {
          do {
            if (id.equals(cursor.getAttributeText(new QName(REL, "id")))) {
              cursor.removeXml();
              break;
            }
          } while (cursor.toNextSibling());
        }
      }
      removeRelation.invoke(master, layout);
    }
  }

  /** Scales x and width of every shape, and drops the date, footer and slide-number boxes. */
  private static void widen(XSLFSheet sheet, double sx) {
    for (XSLFShape shape : new ArrayList<>(sheet.getShapes())) {
      if (shape instanceof XSLFSimpleShape simple) {
        Placeholder ph = simple.getPlaceholder();
        if (ph == Placeholder.DATETIME || ph == Placeholder.FOOTER
            || ph == Placeholder.SLIDE_NUMBER) {
          sheet.removeShape(shape);
          continue;
        }
        Rectangle2D a = simple.getAnchor();
        simple.setAnchor(new Rectangle2D.Double(a.getX() * sx, a.getY(), a.getWidth() * sx,
            a.getHeight()));
      }
    }
  }

  private static void styleMaster(XSLFSlideMaster master) {
    CTSlideMaster xml = master.getXmlObject();
    var titleStyle = xml.getTxStyles().getTitleStyle().getLvl1PPr();
    titleStyle.setAlgn(STTextAlignType.L);
    titleStyle.getDefRPr().setSz(3600);
    titleStyle.getDefRPr().setB(true);
    var body = xml.getTxStyles().getBodyStyle();
    int[] sizes = {2400, 2000, 1800, 1600, 1600};
    CTTextParagraphProperties[] levels = {body.getLvl1PPr(), body.getLvl2PPr(),
        body.getLvl3PPr(), body.getLvl4PPr(), body.getLvl5PPr()};
    for (int i = 0; i < levels.length; i++) {
      levels[i].getDefRPr().setSz(sizes[i]);
    }
    Rectangle2D bodyBox = null;
    for (XSLFShape shape : master.getShapes()) {
      if (shape instanceof XSLFTextShape text && text.getPlaceholder() == Placeholder.TITLE) {
        text.setAnchor(new Rectangle2D.Double(48, 24, 864, 84));
        text.setVerticalAlignment(VerticalAlignment.BOTTOM);
      } else if (shape instanceof XSLFTextShape text && text.getPlaceholder() == Placeholder.BODY) {
        bodyBox = new Rectangle2D.Double(48, 132, 864, 366);
        text.setAnchor(bodyBox);
      }
    }
    // The bar starts where the title's text starts: the box's left edge plus its 7.2 pt inset.
    bar(master, new Rectangle2D.Double(55.2, 114, 72, 4));
    // Layouts keep the 4:3 master's body box scaled; line them up with the new master box.
    for (XSLFSlideLayout layout : master.getSlideLayouts()) {
      for (XSLFShape shape : layout.getShapes()) {
        if (shape instanceof XSLFTextShape text && text.getPlaceholder() == Placeholder.TITLE) {
          text.setAnchor(new Rectangle2D.Double(48, 24, 864, 84));
        } else if (shape instanceof XSLFTextShape text && text.getPlaceholder() == Placeholder.CONTENT
            && bodyBox != null) {
          Rectangle2D a = text.getAnchor();
          boolean right = a.getX() > 300;
          boolean half = a.getWidth() < 600;
          text.setAnchor(half
              ? new Rectangle2D.Double(right ? 492 : 48, 132, 420, 366)
              : bodyBox);
        }
      }
    }
  }

  private static void styleTitleSlide(XSLFSlideLayout layout) {
    layout.getXmlObject().setShowMasterSp(false);
    bar(layout, new Rectangle2D.Double(0, 0, 24, 540));
    bar(layout, new Rectangle2D.Double(79.2, 316, 96, 5));
    for (XSLFShape shape : layout.getShapes()) {
      if (shape instanceof XSLFTextShape text && text.getPlaceholder() == Placeholder.CENTERED_TITLE) {
        text.setAnchor(new Rectangle2D.Double(72, 120, 816, 180));
        text.setVerticalAlignment(VerticalAlignment.BOTTOM);
        level1(text, 4400, true, INK);
      } else if (shape instanceof XSLFTextShape text && text.getPlaceholder() == Placeholder.SUBTITLE) {
        text.setAnchor(new Rectangle2D.Double(72, 336, 816, 150));
        text.setVerticalAlignment(VerticalAlignment.TOP);
        level1(text, 2400, false, MUTED);
      }
    }
  }

  private static void styleSectionHeader(XSLFSlideLayout layout) {
    layout.getXmlObject().setShowMasterSp(false);
    bar(layout, new Rectangle2D.Double(0, 0, 24, 540));
    bar(layout, new Rectangle2D.Double(79.2, 316, 96, 5));
    for (XSLFShape shape : layout.getShapes()) {
      if (shape instanceof XSLFTextShape text && text.getPlaceholder() == Placeholder.TITLE) {
        text.setAnchor(new Rectangle2D.Double(72, 140, 816, 160));
        text.setVerticalAlignment(VerticalAlignment.BOTTOM);
        level1(text, 4000, true, INK);
      } else if (shape instanceof XSLFTextShape text && text.getPlaceholder() == Placeholder.BODY) {
        text.setAnchor(new Rectangle2D.Double(72, 336, 816, 150));
        text.setVerticalAlignment(VerticalAlignment.TOP);
        level1(text, 2000, false, MUTED);
      }
    }
  }

  /** Sets a placeholder's own first-level style, which beats the master's. */
  private static void level1(XSLFTextShape text, int size, boolean bold, Color colour) {
    CTTextBody body = ((CTShape) text.getXmlObject()).getTxBody();
    var list = body.isSetLstStyle() ? body.getLstStyle() : body.addNewLstStyle();
    CTTextParagraphProperties lvl1 = list.isSetLvl1PPr() ? list.getLvl1PPr() : list.addNewLvl1PPr();
    lvl1.setAlgn(STTextAlignType.L);
    lvl1.setIndent(0);
    lvl1.setMarL(0);
    if (!lvl1.isSetBuNone()) {
      lvl1.addNewBuNone();
    }
    CTTextCharacterProperties rpr = lvl1.isSetDefRPr() ? lvl1.getDefRPr() : lvl1.addNewDefRPr();
    rpr.setSz(size);
    rpr.setB(bold);
    // POI's template spells its section title in capitals and tints the subtitle; neither fits.
    if (rpr.isSetCap()) {
      rpr.unsetCap();
    }
    if (rpr.isSetSolidFill()) {
      rpr.unsetSolidFill();
    }
    rpr.addNewSolidFill().addNewSrgbClr().setVal(
        new byte[] {(byte) colour.getRed(), (byte) colour.getGreen(), (byte) colour.getBlue()});
  }

  private static void bar(XSLFSheet sheet, Rectangle2D box) {
    XSLFAutoShape bar = sheet.createAutoShape();
    bar.setShapeType(ShapeType.RECT);
    bar.setAnchor(box);
    bar.setFillColor(ACCENT);
    bar.setLineColor(null);
  }
}
