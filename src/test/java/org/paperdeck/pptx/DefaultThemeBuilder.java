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
import org.openxmlformats.schemas.presentationml.x2006.main.CTShape;
import org.openxmlformats.schemas.presentationml.x2006.main.CTSlideMaster;

/**
 * Writes the built-in {@code templates/default/theme.pptx}. Run it by hand after changing the
 * look, render a sample through LibreOffice, look at it, and commit the binary:
 *
 * <pre>mvn -q test-compile &&
 * java -cp target/test-classes:target/classes:$(cat cp.txt) org.paperdeck.pptx.DefaultThemeBuilder</pre>
 *
 * <p>It starts from POI's built-in template (the standard Office layouts at 4:3), widens every
 * placeholder to 16:9, keeps the six layouts the default deck template uses, and gives them the
 * look docs/theme.md describes: one type scale, six category accents, a running footer and a
 * live slide number on content slides, a dark title slide and a full-colour section slide.
 * "Liberation Sans" is both theme fonts — the font LibreOffice ships and the deck writer
 * measures with. Shapes named "Accent …" take the slide's category colour (see SlideDecor).
 */
public final class DefaultThemeBuilder {
  static final Set<String> KEEP = Set.of(
      "Title Slide", "Title and Content", "Section Header", "Two Content", "Title Only", "Blank");
  static final Color INK = new Color(0x1F2937);
  static final Color MUTED = new Color(0x4B5563);
  static final Color NAVY = new Color(0x0F172A);
  static final Color MIST = new Color(0xCBD5E1);
  /** Blue, teal, violet, amber, rose, olive: apart in hue, all dark enough for white text. */
  static final int[] ACCENTS = {0x2563EB, 0x0F766E, 0x7C3AED, 0xB45309, 0xBE123C, 0x4D7C0F};
  /** Type scale in points: title slide, section, slide title, body levels, footer. */
  static final int TITLE_SLIDE = 44, SECTION = 40, TITLE = 32, FOOTER = 12;
  static final int[] BODY = {24, 20, 18, 16, 16};
  static final Set<String> NUMBERED = Set.of("Title and Content", "Two Content", "Title Only");

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
    rgb(colours.getDk2(), 0x0F172A);
    rgb(colours.getLt2(), 0xF1F5F9);
    CTColor[] accents = {colours.getAccent1(), colours.getAccent2(), colours.getAccent3(),
        colours.getAccent4(), colours.getAccent5(), colours.getAccent6()};
    for (int i = 0; i < accents.length; i++) {
      rgb(accents[i], ACCENTS[i]);
    }
    rgb(colours.getHlink(), 0x2563EB);
    rgb(colours.getFolHlink(), 0x7C3AED);
  }

  static void rgb(CTColor colour, int value) {
    if (colour.isSetSysClr()) {
      colour.unsetSysClr();
    }
    if (colour.isSetSchemeClr()) {
      colour.unsetSchemeClr();
    }
    var srgb = colour.isSetSrgbClr() ? colour.getSrgbClr() : colour.addNewSrgbClr();
    srgb.setVal(new byte[] {(byte) (value >> 16), (byte) (value >> 8), (byte) value});
  }

  private static void dropLayoutsExcept(XSLFSlideMaster master) throws Exception {
    for (XSLFSlideLayout layout : master.getSlideLayouts()) {
      if (!KEEP.contains(layout.getName())) {
        dropLayout(master, layout);
      }
    }
  }

  /**
   * POI has no public way to delete a layout; its relation must go from the master's part list
   * and the id from the master's layout list, or PowerPoint reports a broken file.
   */
  static void dropLayout(XSLFSlideMaster master, XSLFSlideLayout layout)
      throws ReflectiveOperationException {
    Method removeRelation =
        POIXMLDocumentPart.class.getDeclaredMethod("removeRelation", POIXMLDocumentPart.class);
    removeRelation.setAccessible(true);
    CTSlideMaster xml = master.getXmlObject();
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

  /**
   * Scales x and width of every shape; drops the date box everywhere, and the footer and number
   * boxes where the slide should not show them (title, section and blank slides).
   */
  private static void widen(XSLFSheet sheet, double sx) {
    boolean numbered = !(sheet instanceof XSLFSlideLayout layout)
        || NUMBERED.contains(layout.getName());
    for (XSLFShape shape : new ArrayList<>(sheet.getShapes())) {
      if (shape instanceof XSLFSimpleShape simple) {
        Placeholder ph = simple.getPlaceholder();
        if (ph == Placeholder.DATETIME || (!numbered
            && (ph == Placeholder.FOOTER || ph == Placeholder.SLIDE_NUMBER))) {
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
    titleStyle.getDefRPr().setSz(TITLE * 100);
    titleStyle.getDefRPr().setB(true);
    var body = xml.getTxStyles().getBodyStyle();
    CTTextParagraphProperties[] levels = {body.getLvl1PPr(), body.getLvl2PPr(),
        body.getLvl3PPr(), body.getLvl4PPr(), body.getLvl5PPr()};
    for (int i = 0; i < levels.length; i++) {
      levels[i].getDefRPr().setSz(BODY[i] * 100);
    }
    Rectangle2D title = new Rectangle2D.Double(48, 26, 864, 76);
    Rectangle2D bodyBox = new Rectangle2D.Double(48, 126, 864, 366);
    for (XSLFSheet sheet : sheets(master)) {
      for (XSLFShape shape : sheet.getShapes()) {
        if (!(shape instanceof XSLFTextShape text)) {
          continue;
        }
        Placeholder ph = text.getPlaceholder();
        if (ph == Placeholder.TITLE) {
          text.setAnchor(title);
          text.setVerticalAlignment(VerticalAlignment.BOTTOM);
        } else if (ph == Placeholder.BODY && sheet == master) {
          text.setAnchor(bodyBox);
        } else if (ph == Placeholder.CONTENT) {
          // Two Content keeps its halves; one content box takes the master's whole body box.
          Rectangle2D a = text.getAnchor();
          text.setAnchor(a.getWidth() > 600 ? bodyBox
              : new Rectangle2D.Double(a.getX() > 300 ? 492 : 48, 126, 420, 366));
        } else if (ph == Placeholder.FOOTER) {
          text.setAnchor(new Rectangle2D.Double(48, 504, 720, 24));
          DefaultThemeShapes.small(text, STTextAlignType.L);
        } else if (ph == Placeholder.SLIDE_NUMBER) {
          text.setAnchor(new Rectangle2D.Double(792, 504, 120, 24));
          DefaultThemeShapes.small(text, STTextAlignType.R);
        }
      }
    }
    // A thin band down the left edge and a short bar under the title carry the category colour.
    DefaultThemeShapes.accent(master, "Accent Band", new Rectangle2D.Double(0, 0, 10, 540));
    DefaultThemeShapes.accent(master, "Accent Bar", new Rectangle2D.Double(55.2, 108, 64, 4));
  }

  private static List<XSLFSheet> sheets(XSLFSlideMaster master) {
    List<XSLFSheet> sheets = new ArrayList<>(List.of(master));
    sheets.addAll(List.of(master.getSlideLayouts()));
    return sheets;
  }

  /** The title slide is dark: white title, a wide accent band, the subtitle in a light grey. */
  private static void styleTitleSlide(XSLFSlideLayout layout) {
    layout.getXmlObject().setShowMasterSp(false);
    DefaultThemeShapes.rectangle(layout, "Background", new Rectangle2D.Double(0, 0, 960, 540))
        .setFillColor(NAVY);
    DefaultThemeShapes.accent(layout, "Accent Band", new Rectangle2D.Double(0, 0, 24, 540));
    DefaultThemeShapes.accent(layout, "Accent Bar", new Rectangle2D.Double(79.2, 316, 96, 5));
    for (XSLFShape shape : layout.getShapes()) {
      if (shape instanceof XSLFTextShape text && text.getPlaceholder() == Placeholder.CENTERED_TITLE) {
        text.setAnchor(new Rectangle2D.Double(72, 96, 816, 204));
        text.setVerticalAlignment(VerticalAlignment.BOTTOM);
        DefaultThemeShapes.level1(text, TITLE_SLIDE, true, Color.WHITE);
      } else if (shape instanceof XSLFTextShape text && text.getPlaceholder() == Placeholder.SUBTITLE) {
        text.setAnchor(new Rectangle2D.Double(72, 336, 816, 150));
        text.setVerticalAlignment(VerticalAlignment.TOP);
        DefaultThemeShapes.level1(text, BODY[0], false, MIST);
      }
    }
    DefaultThemeShapes.toBack(layout);
  }

  /** The section slide is the category's colour, edge to edge, with the title in white. */
  private static void styleSectionHeader(XSLFSlideLayout layout) {
    layout.getXmlObject().setShowMasterSp(false);
    DefaultThemeShapes.accent(layout, "Accent Background",
        new Rectangle2D.Double(0, 0, 960, 540));
    DefaultThemeShapes.rectangle(layout, "Rule", new Rectangle2D.Double(79.2, 316, 96, 5))
        .setFillColor(Color.WHITE);
    for (XSLFShape shape : layout.getShapes()) {
      if (shape instanceof XSLFTextShape text && text.getPlaceholder() == Placeholder.TITLE) {
        text.setAnchor(new Rectangle2D.Double(72, 116, 816, 184));
        text.setVerticalAlignment(VerticalAlignment.BOTTOM);
        DefaultThemeShapes.level1(text, SECTION, true, Color.WHITE);
      } else if (shape instanceof XSLFTextShape text && text.getPlaceholder() == Placeholder.BODY) {
        text.setAnchor(new Rectangle2D.Double(72, 336, 816, 150));
        text.setVerticalAlignment(VerticalAlignment.TOP);
        DefaultThemeShapes.level1(text, BODY[1], false, Color.WHITE);
      }
    }
    DefaultThemeShapes.toBack(layout);
  }
}
